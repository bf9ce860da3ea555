/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal.handlers;

import jakarta.inject.Named;

import org.casenotes.core.PracticeStore;
import org.casenotes.model.BoundaryDecision;
import org.casenotes.model.CaseFile;
import org.casenotes.model.Client;
import org.casenotes.model.Note;
import org.casenotes.model.NoteStatus;
import org.casenotes.ui.CasenotesUi;
import org.casenotes.ui.internal.decisions.DecisionActions;
import org.casenotes.ui.internal.parts.ConsultationLogPart;
import org.casenotes.ui.internal.parts.NoteEditorPart;
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
import org.eclipse.swt.widgets.Shell;

/**
 * The Decision commands: New Boundary Decision (from an open note it preselects the note's client and links the
 * two), Sign, Add Addendum and Delete Draft on the decision selected in the consultation log, Export Report and
 * Import Practice Standard.
 */
public final class DecisionHandlers {

	private DecisionHandlers() {
	}

	static ConsultationLogPart log(EModelService models, MApplication application) {
		MPart part = (MPart) models.find(CasenotesUi.PART_CONSULTATION_LOG, application);
		return part != null && part.getObject() instanceof ConsultationLogPart log && log.getViewer() != null ? log : null;
	}

	static BoundaryDecision selected(EModelService models, MApplication application) {
		ConsultationLogPart log = log(models, application);
		return log == null ? null : log.selected().orElse(null);
	}

	/** The log in front, so the user sees what the command did. */
	static void showLog(MApplication application, EPartService parts) {
		MWindow window = application.getSelectedElement();
		if (window == null && !application.getChildren().isEmpty()) {
			window = application.getChildren().get(0);
		}
		EPartService windowParts = window == null || window.getContext() == null ? null : window.getContext().get(EPartService.class);
		(windowParts != null ? windowParts : parts).showPart(CasenotesUi.PART_CONSULTATION_LOG, PartState.VISIBLE);
	}

	public static class NewDecision {
		@CanExecute
		public boolean canExecute(EModelService models, MApplication application) {
			return log(models, application) != null;
		}

		@Execute
		public void execute(PracticeStore store, @Optional @Named(IServiceConstants.ACTIVE_PART) MPart part,
				@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, EModelService models, MApplication application, EPartService parts) {
			NoteEditorPart editor = part != null && part.getObject() instanceof NoteEditorPart e && e.getDraft() != null ? e : null;
			Note note = editor == null ? null : editor.getDraft().original();
			Client client = note != null && note.eContainer() instanceof CaseFile file && file.eContainer() instanceof Client c ? c : null;
			ConsultationLogPart log = log(models, application);
			BoundaryDecision created = DecisionActions.newDecision(shell, store, log.getEditingDomain(), client, note);
			if (created == null) {
				return;
			}
			if (editor != null) {
				editor.showDecisions();
			}
			showLog(application, parts);
			log.select(created);
		}
	}

	public static class Sign {
		@CanExecute
		public boolean canExecute(EModelService models, MApplication application) {
			BoundaryDecision d = selected(models, application);
			return d != null && d.getStatus() != NoteStatus.SIGNED;
		}

		@Execute
		public void execute(PracticeStore store, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, EModelService models,
				MApplication application, @Optional IEventBroker events) {
			BoundaryDecision d = selected(models, application);
			if (DecisionActions.sign(shell, store, d)) {
				done(models, application, events, d);
			}
		}
	}

	public static class AddAddendum {
		@CanExecute
		public boolean canExecute(EModelService models, MApplication application) {
			BoundaryDecision d = selected(models, application);
			return d != null && d.getStatus() == NoteStatus.SIGNED;
		}

		@Execute
		public void execute(PracticeStore store, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, EModelService models,
				MApplication application, @Optional IEventBroker events) {
			BoundaryDecision d = selected(models, application);
			if (DecisionActions.addAddendum(shell, store, d)) {
				done(models, application, events, d);
			}
		}
	}

	public static class DeleteDraft {
		@CanExecute
		public boolean canExecute(EModelService models, MApplication application) {
			BoundaryDecision d = selected(models, application);
			return d != null && d.getStatus() != NoteStatus.SIGNED;
		}

		@Execute
		public void execute(PracticeStore store, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, EModelService models,
				MApplication application, @Optional IEventBroker events) {
			BoundaryDecision d = selected(models, application);
			if (DecisionActions.deleteDraft(shell, store, d)) {
				done(models, application, events, null);
			}
		}
	}

	public static class ExportReport {
		@Execute
		public void execute(PracticeStore store, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
			DecisionActions.exportReport(shell, store);
		}
	}

	public static class ImportStandard {
		@Execute
		public void execute(PracticeStore store, @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, EModelService models,
				MApplication application) {
			if (DecisionActions.importStandard(shell, store) != null) {
				ConsultationLogPart log = log(models, application);
				if (log != null) {
					log.recorded(log.selected().orElse(null));
				}
			}
		}
	}

	private static void done(EModelService models, MApplication application, IEventBroker events, BoundaryDecision d) {
		ConsultationLogPart log = log(models, application);
		if (log != null) {
			log.recorded(d);
		} else if (events != null) {
			events.post(CasenotesUi.TOPIC_AUDIT, Boolean.TRUE);
		}
	}
}
