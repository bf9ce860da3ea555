/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.cli.internal;

import org.casenotes.model.CaseFile;
import org.casenotes.model.Client;
import org.casenotes.model.Note;
import org.casenotes.model.Practice;

/**
 * How the commands name a note: {@code CLIENT/CASE/NOTE}, the client's code and the 1-based positions of the
 * case file and the note as {@code casenotes list} shows them ("C-0042/1/2"). Stable while no case file or note
 * before it is removed; it holds nothing from the note itself.
 */
final class NoteRefs {

	private NoteRefs() {
	}

	static String ref(Client client, int caseIndex, int noteIndex) {
		return client.getCode() + "/" + (caseIndex + 1) + "/" + (noteIndex + 1);
	}

	/** The note {@code ref} names, or null. */
	static Note find(Practice practice, String ref) {
		int second = ref.lastIndexOf('/');
		int first = second <= 0 ? -1 : ref.lastIndexOf('/', second - 1);
		if (first <= 0) {
			return null;
		}
		String code = ref.substring(0, first);
		int caseIndex;
		int noteIndex;
		try {
			caseIndex = Integer.parseInt(ref.substring(first + 1, second)) - 1;
			noteIndex = Integer.parseInt(ref.substring(second + 1)) - 1;
		} catch (NumberFormatException e) {
			return null;
		}
		for (Client client : practice.getClients()) {
			if (code.equals(client.getCode()) && caseIndex >= 0 && caseIndex < client.getCaseFiles().size()) {
				CaseFile caseFile = client.getCaseFiles().get(caseIndex);
				return noteIndex >= 0 && noteIndex < caseFile.getNotes().size() ? caseFile.getNotes().get(noteIndex) : null;
			}
		}
		return null;
	}
}
