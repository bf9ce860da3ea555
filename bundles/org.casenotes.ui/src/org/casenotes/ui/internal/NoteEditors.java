/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal;

import java.util.List;

import org.casenotes.core.Practices;
import org.casenotes.model.Note;
import org.casenotes.model.Practice;
import org.casenotes.ui.CasenotesUi;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.emf.ecore.util.EcoreUtil;

/** Opens notes in editor parts: one part per note, brought to front when the note is already open. */
public final class NoteEditors {

	private NoteEditors() {
	}

	public static MPart open(Note note, EPartService partService, EModelService modelService, MApplication application) {
		String id = idOf(note);
		for (MPart part : partService.getParts()) {
			if (id.equals(part.getPersistedState().get(CasenotesUi.NOTE_ID))) {
				partService.showPart(part, PartState.ACTIVATE);
				return part;
			}
		}
		MPart part = partService.createPart(CasenotesUi.PARTDESCRIPTOR_NOTE_EDITOR);
		part.getPersistedState().put(CasenotesUi.NOTE_ID, id);
		part.setLabel(Labels.title(note));
		part.setTooltip(Labels.location(note));
		List<MPartStack> stacks = modelService.findElements(application, CasenotesUi.STACK_EDITORS, MPartStack.class);
		if (!stacks.isEmpty()) {
			stacks.get(0).getChildren().add(part);
		}
		partService.showPart(part, PartState.ACTIVATE);
		return part;
	}

	/** A note's stable id: its UUID in its case file's resource. */
	public static String idOf(Note note) {
		return EcoreUtil.getURI(note).fragment();
	}

	/** The note with that id, or null when it is no longer in the practice. */
	public static Note resolve(Practice practice, String id) {
		return Practices.withId(practice, id) instanceof Note note ? note : null;
	}
}
