/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Named;

import org.casenotes.core.PracticeStore;
import org.casenotes.core.StoreException;
import org.casenotes.core.share.PacketException;
import org.casenotes.core.share.ShareService;
import org.casenotes.model.CaseFile;
import org.casenotes.model.Client;
import org.casenotes.model.Note;
import org.casenotes.model.ReceivedPacket;
import org.casenotes.ui.CasenotesUi;
import org.casenotes.ui.internal.parts.NoteEditorPart;
import org.casenotes.ui.internal.parts.SharedWithMePart;
import org.casenotes.ui.internal.share.ShareWizard;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

/** File > Share for Consultation and File > Import Packet. */
public final class ShareHandlers {

	/** Where the import handler reads from instead of asking, for tests of the running application. */
	public static final String IMPORT_FILE_PROPERTY = "org.casenotes.ui.importFile";

	private ShareHandlers() {
	}

	public static class Share {
		@CanExecute
		public boolean canExecute(PracticeStore store) {
			try {
				return !candidates(store).isEmpty();
			} catch (StoreException e) {
				return false;
			}
		}

		@Execute
		public void execute(PracticeStore store, @Optional @Named(IServiceConstants.ACTIVE_PART) MPart part,
				@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell,
				EPartService parts, @Optional IEventBroker events) {
			List<Note> selected = new ArrayList<>();
			if (part != null && part.getObject() instanceof NoteEditorPart editor && editor.getDraft() != null) {
				// the packet is made from the saved note: what the therapist sees is what is shared
				if (part.isDirty() && !MessageDialog.openQuestion(shell, ShareWizard.TITLE, "Save the note first? Only saved text is shared.")
						|| part.isDirty() && !parts.savePart(part, false)) {
					return;
				}
				selected.add(editor.getDraft().original());
			} else if (selection instanceof Note note) {
				selected.add(note);
			}
			try {
				if (new WizardDialog(shell, new ShareWizard(store, candidates(store), selected)).open() == Window.OK && events != null) {
					events.post(CasenotesUi.TOPIC_AUDIT, Boolean.TRUE);
				}
			} catch (StoreException e) {
				MessageDialog.openError(shell, ShareWizard.TITLE, e.getMessage());
			}
		}

		private static List<Note> candidates(PracticeStore store) throws StoreException {
			List<Note> notes = new ArrayList<>();
			for (Client client : store.practice().getClients()) {
				if (!client.isArchived()) {
					for (CaseFile caseFile : client.getCaseFiles()) {
						notes.addAll(caseFile.getNotes());
					}
				}
			}
			return notes;
		}
	}

	public static class ImportPacket {
		@Execute
		public void execute(PracticeStore store, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, EPartService parts, EModelService models,
				MApplication application, @Optional IEventBroker events) {
			String chosen = System.getProperty(IMPORT_FILE_PROPERTY);
			if (chosen == null) {
				FileDialog dialog = new FileDialog(shell, SWT.OPEN);
				dialog.setFilterExtensions(new String[] { "*.cnshare;*.cnfeedback", "*.*" });
				dialog.setFilterNames(new String[] { "Casenotes packets", "All files" });
				chosen = dialog.open();
			}
			if (chosen == null) {
				return;
			}
			Path file = Path.of(chosen);
			// run from the application's context (no window active), the injected part service cannot show parts
			parts = windowParts(application, parts);
			ShareService service = new ShareService(store);
			try {
				if (ShareService.kindOf(file) == ShareService.PacketKind.SHARE) {
					ReceivedPacket received = service.importPacket(file);
					audited(events);
					parts.showPart(CasenotesUi.PART_SHARED_WITH_ME, PartState.VISIBLE);
					SharedWithMePart.open(received, parts, models, application);
				} else {
					ShareService.FeedbackImport imported = service.importFeedback(file);
					audited(events);
					for (Note note : imported.notes()) {
						reloadIfOpen(note, parts);
					}
					MessageDialog.openInformation(shell, "Feedback imported",
							(imported.feedback().getAssessment() == null ? "Feedback" : imported.feedback().getAssessment().getLiteral()) + " from "
									+ imported.feedback().getReviewer() + ": " + imported.comments() + (imported.comments() == 1 ? " comment" : " comments")
									+ " on " + imported.notes().size() + (imported.notes().size() == 1 ? " note" : " notes")
									+ ". They are shown under each note.");
				}
			} catch (PacketException e) {
				MessageDialog.openError(shell, "Cannot import " + file.getFileName(), e.getMessage() + "\n\nNothing was imported.");
			} catch (StoreException e) {
				MessageDialog.openError(shell, "Cannot import " + file.getFileName(), e.getMessage());
			}
		}

		private static EPartService windowParts(MApplication application, EPartService parts) {
			MWindow window = application.getSelectedElement();
			if (window == null && !application.getChildren().isEmpty()) {
				window = application.getChildren().get(0);
			}
			EPartService windowParts = window == null || window.getContext() == null ? null : window.getContext().get(EPartService.class);
			return windowParts != null ? windowParts : parts;
		}

		private static void audited(IEventBroker events) {
			if (events != null) {
				events.post(CasenotesUi.TOPIC_AUDIT, Boolean.TRUE);
			}
		}

		private static void reloadIfOpen(Note note, EPartService parts) {
			for (MPart part : parts.getParts()) {
				if (part.getObject() instanceof NoteEditorPart editor && editor.getDraft() != null && editor.getDraft().original() == note
						&& !part.isDirty()) {
					editor.reload();
				}
			}
		}
	}
}
