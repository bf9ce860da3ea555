/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal.handlers;

import jakarta.inject.Named;

import org.casenotes.ui.internal.Undoable;
import org.casenotes.ui.internal.parts.NoteEditorPart;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Save, Save All, Undo and Redo, for the note editor that is active. */
public final class EditorHandlers {

	private EditorHandlers() {
	}

	private static NoteEditorPart editor(MPart part) {
		return part != null && part.getObject() instanceof NoteEditorPart editor ? editor : null;
	}

	public static class Save {
		@CanExecute
		public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
			return editor(part) != null && part.isDirty();
		}

		@Execute
		public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part, EPartService parts) {
			parts.savePart(part, false);
		}
	}

	public static class SaveAll {
		@CanExecute
		public boolean canExecute(EPartService parts) {
			return !parts.getDirtyParts().isEmpty();
		}

		@Execute
		public void execute(EPartService parts) {
			parts.saveAll(false);
		}
	}

	private static Undoable undoable(MPart part) {
		return part != null && part.getObject() instanceof Undoable undoable ? undoable : null;
	}

	public static class Undo {
		@CanExecute
		public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
			Undoable undoable = undoable(part);
			return undoable != null && undoable.canUndo();
		}

		@Execute
		public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part) {
			undoable(part).undo();
		}
	}

	public static class Redo {
		@CanExecute
		public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_PART) MPart part) {
			Undoable undoable = undoable(part);
			return undoable != null && undoable.canRedo();
		}

		@Execute
		public void execute(@Named(IServiceConstants.ACTIVE_PART) MPart part) {
			undoable(part).redo();
		}
	}
}
