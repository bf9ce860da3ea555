/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.tests.child;

import java.nio.file.Path;

import org.casenotes.core.internal.XmiPracticeStore;
import org.casenotes.model.CaseFile;
import org.casenotes.model.CasenotesFactory;
import org.casenotes.model.Client;
import org.casenotes.model.Note;
import org.casenotes.model.Practice;
import org.casenotes.model.Section;

/**
 * A Casenotes process outside OSGi that the kill tests end with SIGKILL. {@code save WORKSPACE} adds notes with
 * known text and saves after each, printing "saved N" once note N's save returned; {@code hold WORKSPACE} opens
 * the store, prints "holding" and waits to be killed with the workspace lock held.
 */
public final class StoreChild {

	public static final String CLIENT = "C-KILL";

	private StoreChild() {
	}

	/** The synthetic text of note n, which the test checks word for word. */
	public static String text(int n) {
		return "Synthetic note " + n + ": the client described a week of routine appointments. ".repeat(20);
	}

	public static void main(String[] args) throws Exception {
		XmiPracticeStore store = new XmiPracticeStore(Path.of(args[1]));
		Practice practice = store.practice();
		if (args[0].equals("hold")) {
			System.out.println("holding");
			System.out.flush();
			Thread.sleep(120_000);
			return;
		}
		CaseFile caseFile = caseFile(practice);
		for (int n = caseFile.getNotes().size() + 1;; n++) {
			Note note = CasenotesFactory.eINSTANCE.createNote();
			note.setTitle("Note " + n);
			Section section = CasenotesFactory.eINSTANCE.createSection();
			section.setTitle("Session");
			section.setText(text(n));
			note.getSections().add(section);
			caseFile.getNotes().add(note);
			store.save();
			System.out.println("saved " + n);
			System.out.flush();
		}
	}

	private static CaseFile caseFile(Practice practice) {
		for (Client client : practice.getClients()) {
			if (CLIENT.equals(client.getCode())) {
				return client.getCaseFiles().get(0);
			}
		}
		Client client = CasenotesFactory.eINSTANCE.createClient();
		client.setCode(CLIENT);
		CaseFile caseFile = CasenotesFactory.eINSTANCE.createCaseFile();
		caseFile.setTitle("Kill test");
		client.getCaseFiles().add(caseFile);
		practice.getClients().add(client);
		return caseFile;
	}
}
