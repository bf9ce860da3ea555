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
 * known text and saves after each, printing "saved N" once note N's save returned; every third note opens a new
 * case file, so that saves of one file and saves of several (the new case file and the practice listing it)
 * are both interrupted; {@code hold WORKSPACE} opens
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
		Client client = (Client) caseFile.eContainer();
		int saved = client.getCaseFiles().stream().mapToInt(c -> c.getNotes().size()).sum();
		for (int n = saved + 1;; n++) {
			if (n % 3 == 0) {
				caseFile = CasenotesFactory.eINSTANCE.createCaseFile();
				caseFile.setTitle("Kill test " + n);
				client.getCaseFiles().add(caseFile);
			}
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
				return client.getCaseFiles().get(client.getCaseFiles().size() - 1);
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
