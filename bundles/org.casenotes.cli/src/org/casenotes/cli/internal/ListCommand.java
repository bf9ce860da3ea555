/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.cli.internal;

import java.util.List;

import org.casenotes.core.PracticeStore;
import org.casenotes.core.StoreException;
import org.casenotes.model.CaseFile;
import org.casenotes.model.Client;
import org.casenotes.model.Note;
import org.casenotes.model.Practice;

/**
 * Lists the practice by pseudonymous codes, titles and dates: never a name from an identity sheet. Each note
 * starts with its reference ({@link NoteRefs}), which {@code share --note} takes.
 */
final class ListCommand extends AbstractCommand {

	private final OsgiServices services;

	ListCommand(OsgiServices services) {
		super("list", "", "list the clients (by code), case files and notes of the workspace");
		this.services = services;
	}

	@Override
	public int run(List<String> args, Console console) {
		if (!args.isEmpty()) {
			console.error("list takes no arguments");
			return USAGE;
		}
		PracticeStore store = services.practiceStore(console);
		if (store == null) {
			return FAILED;
		}
		Practice practice;
		try {
			practice = store.practice();
		} catch (StoreException e) {
			console.error(e.getMessage());
			return FAILED;
		}
		console.out().println(practice.getName() + " (" + store.location() + ")");
		if (practice.getClients().isEmpty()) {
			console.out().println("  no clients yet");
		}
		for (Client client : practice.getClients()) {
			console.out().println("  " + client.getCode());
			for (int c = 0; c < client.getCaseFiles().size(); c++) {
				CaseFile caseFile = client.getCaseFiles().get(c);
				if (caseFile.eIsProxy()) {
					console.out().println("    (a case file that could not be read: see below)");
					continue;
				}
				console.out().println("    " + caseFile.getTitle());
				for (int n = 0; n < caseFile.getNotes().size(); n++) {
					Note note = caseFile.getNotes().get(n);
					console.out().printf("      %-12s %s  %-24s %-7s %s%n", NoteRefs.ref(client, c, n), note.getSessionDate(), note.getKind().getLiteral(),
							note.getStatus().getLiteral(), note.getTitle() == null ? "" : note.getTitle());
				}
			}
		}
		int decisions = practice.getConsultationLog() == null ? 0 : practice.getConsultationLog().getDecisions().size();
		console.out().println("  consultation log: " + decisions + (decisions == 1 ? " decision" : " decisions"));
		// what opening needed to recover, and what it could not read: said once, where the user looks
		store.notices().forEach(console::error);
		return OK;
	}
}
