/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal.handlers;

import jakarta.inject.Named;

import org.casenotes.core.NoteRecords;
import org.casenotes.core.PracticeStore;
import org.casenotes.core.StoreException;
import org.casenotes.model.Note;
import org.casenotes.ui.CasenotesUi;
import org.casenotes.ui.internal.AddendumDialog;
import org.casenotes.ui.internal.parts.NoteEditorPart;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;

/** Note > Sign and Note > Add Addendum, for the active note editor. */
public final class RecordHandlers {

	/** The question asked before signing, so tests can answer it. */
	public static final String SIGN_TITLE = "Sign note";

	private RecordHandlers() {
	}

	private static NoteEditorPart editor(MPart part) {
		return part != null && part.getObject() instanceof NoteEditorPart editor && editor.getDraft() != null ? editor : null;
	}

	public static class Sign {
		@CanExecute
		public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
			NoteEditorPart editor = editor(part);
			return editor != null && !editor.getDraft().isSigned();
		}

		@Execute
		public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part, EPartService parts, PracticeStore store,
				IEventBroker events, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
			NoteEditorPart editor = editor(part);
			Note note = editor.getDraft().original();
			if (!MessageDialog.openQuestion(shell, SIGN_TITLE, "Sign \u201C" + note.getTitle() + "\u201D? A signed note can no longer be "
					+ "edited; later changes are added as addenda." + (part.isDirty() ? "\n\nYour unsaved changes are saved first." : ""))) {
				return;
			}
			if (part.isDirty() && !parts.savePart(part, false) || part.isDirty()) {
				return;
			}
			NoteRecords records = new NoteRecords(store);
			try {
				records.sign(note, records.signer());
			} catch (StoreException | IllegalStateException | IllegalArgumentException e) {
				MessageDialog.openError(shell, "Cannot sign the note", e.getMessage());
				return;
			}
			events.post(CasenotesUi.TOPIC_AUDIT, Boolean.TRUE);
			editor.reload();
		}
	}

	public static class AddAddendum {
		@CanExecute
		public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
			NoteEditorPart editor = editor(part);
			return editor != null && editor.getDraft().isSigned();
		}

		@Execute
		public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part, PracticeStore store, IEventBroker events,
				@Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
			NoteEditorPart editor = editor(part);
			Note note = editor.getDraft().original();
			NoteRecords records = new NoteRecords(store);
			String signer;
			try {
				signer = records.signer();
			} catch (StoreException e) {
				MessageDialog.openError(shell, "Cannot add an addendum", e.getMessage());
				return;
			}
			AddendumDialog dialog = new AddendumDialog(shell, note.getTitle(), signer);
			if (dialog.open() != Window.OK) {
				return;
			}
			try {
				records.addAddendum(note, dialog.author(), dialog.reason(), dialog.text());
			} catch (StoreException | IllegalStateException | IllegalArgumentException e) {
				MessageDialog.openError(shell, "Cannot add the addendum", e.getMessage());
				return;
			}
			events.post(CasenotesUi.TOPIC_AUDIT, Boolean.TRUE);
			editor.reload();
		}
	}
}
