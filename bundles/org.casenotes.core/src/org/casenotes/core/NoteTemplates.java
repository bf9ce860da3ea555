/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core;

import java.util.List;
import java.util.Map;

import org.casenotes.model.NoteKind;

/** The sections each kind of note starts with, as the common record formats name them. */
public final class NoteTemplates {

	private static final Map<NoteKind, List<String>> SECTIONS = Map.of(
			NoteKind.SOAP, List.of("Subjective", "Objective", "Assessment", "Plan"),
			NoteKind.DAP, List.of("Data", "Assessment", "Plan"),
			NoteKind.BIRP, List.of("Behaviour", "Intervention", "Response", "Plan"),
			NoteKind.INTAKE, List.of("Presenting concern", "History", "Risk", "Plan"),
			NoteKind.SUPERVISION_PREPARATION, List.of("Question", "What I have tried", "What I need"),
			NoteKind.CONTACT_LOG, List.of("Contact"),
			NoteKind.FREE, List.of("Note"));

	private NoteTemplates() {
	}

	/** The section titles of a new note of {@code kind}. */
	public static List<String> sections(NoteKind kind) {
		return SECTIONS.get(kind);
	}
}
