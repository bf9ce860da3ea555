/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core;

import java.util.ArrayList;
import java.util.List;

import org.casenotes.deid.Deidentifier;
import org.casenotes.deid.DetectionContext;
import org.casenotes.deid.Finding;
import org.casenotes.model.Note;

/**
 * One re-reading of a note being written: the findings of each section's current text, against what the
 * client's identity sheet and case know at this moment. The editor runs it after every pause in typing, so it
 * re-reads the identity sheet each time (it may have been edited beside the note) and must stay far below the
 * time a keystroke can wait; {@code casenotes bench} measures it on a 5,000-word note.
 */
public final class NoteScan {

	private final DetectionContext context;
	private final List<List<Finding>> findings;

	private NoteScan(DetectionContext context, List<List<Finding>> findings) {
		this.context = context;
		this.findings = findings;
	}

	/** Reads {@code sectionTexts} (the texts on screen, which may be ahead of the model) as parts of {@code note}. */
	public static NoteScan of(Note note, List<String> sectionTexts) {
		DetectionContext context = IdentityContexts.of(note);
		Deidentifier engine = Deidentifier.standard();
		List<List<Finding>> findings = new ArrayList<>(sectionTexts.size());
		for (String text : sectionTexts) {
			findings.add(engine.detect(text, context));
		}
		return new NoteScan(context, List.copyOf(findings));
	}

	/** What the engine knew: the planned replacements use it too. */
	public DetectionContext context() {
		return context;
	}

	/** The findings of section {@code index}, in the order of {@code sectionTexts}. */
	public List<Finding> section(int index) {
		return findings.get(index);
	}

	public int count() {
		int n = 0;
		for (List<Finding> f : findings) {
			n += f.size();
		}
		return n;
	}
}
