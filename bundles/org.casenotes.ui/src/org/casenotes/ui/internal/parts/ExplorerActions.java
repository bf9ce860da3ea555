/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal.parts;

import java.time.LocalDate;
import java.util.function.Consumer;

import org.casenotes.core.Practices;
import org.casenotes.core.StoreException;
import org.casenotes.model.CaseFile;
import org.casenotes.model.Client;
import org.casenotes.model.Note;
import org.casenotes.model.NoteKind;
import org.casenotes.ui.internal.IdentitySheetDialog;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/**
 * The case explorer's context menu: new clients, case files and notes, renaming, archiving. The rules (what a
 * code is, what a template holds) live in {@link Practices}; this class only asks and reports.
 */
final class ExplorerActions {

	/** Titles of the dialogs, so tests can answer them. */
	static final String NEW_CLIENT = "New client";
	static final String NEW_CASE_FILE = "New case file";
	static final String RENAME = "Rename";

	private final Practices practices;
	private final Shell shell;
	private final Consumer<Note> openNote;

	ExplorerActions(Practices practices, Shell shell, Consumer<Note> openNote) {
		this.practices = practices;
		this.shell = shell;
		this.openNote = openNote;
	}

	/** Fills the menu for what is selected. */
	void fill(IMenuManager menu, Object selected, boolean showArchived, Runnable toggleArchived) {
		menu.add(action("New &Client...", this::newClient));
		if (selected instanceof Client client) {
			menu.add(action("&Identity Sheet...", () -> identitySheet(client)));
			menu.add(action("New Case &File...", () -> newCaseFile(client)));
			menu.add(new Separator());
			menu.add(action("&Rename...", () -> rename(client)));
			menu.add(action(client.isArchived() ? "Restore from &Archive" : "&Archive Client",
					() -> run(() -> practices.setArchived(client, !client.isArchived()))));
		} else if (selected instanceof CaseFile caseFile) {
			MenuManager newNote = new MenuManager("New &Note");
			for (NoteKind kind : NoteKind.VALUES) {
				newNote.add(action(kind.getLiteral(), () -> newNote(caseFile, kind)));
			}
			menu.add(newNote);
			menu.add(new Separator());
			menu.add(action("&Rename...", () -> rename(caseFile)));
			if (caseFile.getClosedOn() == null) {
				menu.add(action("&Close Case File", () -> run(() -> practices.closeCaseFile(caseFile))));
			}
		} else if (selected instanceof Note note) {
			menu.add(action("&Open", () -> openNote.accept(note)));
		}
		menu.add(new Separator());
		Action archived = new Action("Show Archived Clients", org.eclipse.jface.action.IAction.AS_CHECK_BOX) {
			@Override
			public void run() {
				toggleArchived.run();
			}
		};
		archived.setChecked(showArchived);
		menu.add(archived);
	}

	private void newClient() {
		String suggested;
		try {
			suggested = practices.nextClientCode();
		} catch (StoreException e) {
			error(e.getMessage());
			return;
		}
		String code = ask(NEW_CLIENT, "The client's pseudonymous code (their names go on the identity sheet):", suggested);
		if (code != null) {
			run(() -> practices.createClient(code));
		}
	}

	private void identitySheet(Client client) {
		IdentitySheetDialog dialog = new IdentitySheetDialog(shell, client.getCode(), client.getIdentitySheet());
		if (dialog.open() == Window.OK) {
			run(() -> practices.updateIdentitySheet(client, dialog.sheet()));
		}
	}

	private void newCaseFile(Client client) {
		String title = ask(NEW_CASE_FILE, "Title of the new case file for " + client.getCode() + ":", "Individual therapy");
		if (title != null) {
			run(() -> practices.createCaseFile(client, title));
		}
	}

	private void newNote(CaseFile caseFile, NoteKind kind) {
		try {
			openNote.accept(practices.createNote(caseFile, kind, LocalDate.now()));
		} catch (StoreException | IllegalArgumentException e) {
			error(e.getMessage());
		}
	}

	private void rename(Client client) {
		String code = ask(RENAME, "New code for " + client.getCode() + ":", client.getCode());
		if (code != null) {
			run(() -> practices.renameClient(client, code));
		}
	}

	private void rename(CaseFile caseFile) {
		String title = ask(RENAME, "New title of the case file:", caseFile.getTitle());
		if (title != null) {
			run(() -> practices.renameCaseFile(caseFile, title));
		}
	}

	private String ask(String title, String message, String initial) {
		InputDialog dialog = new InputDialog(shell, title, message, initial, null);
		return dialog.open() == Window.OK ? dialog.getValue() : null;
	}

	private interface Change {
		void apply() throws StoreException;
	}

	private void run(Change change) {
		try {
			change.apply();
		} catch (StoreException | IllegalArgumentException e) {
			error(e.getMessage());
		}
	}

	private void error(String message) {
		MessageDialog.openError(shell, "Case explorer", message);
	}

	private static Action action(String text, Runnable run) {
		return new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
	}
}
