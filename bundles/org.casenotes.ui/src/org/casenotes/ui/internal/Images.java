/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal;

import org.casenotes.model.BoundaryDecision;
import org.casenotes.model.CaseFile;
import org.casenotes.model.Client;
import org.casenotes.model.Note;
import org.casenotes.model.NoteStatus;
import org.casenotes.ui.CasenotesUi;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;

/** The icons of model objects; images are created and disposed through each part's resource manager. */
public final class Images {

	public static final ImageDescriptor CLIENT = icon("client");
	public static final ImageDescriptor CASE_FILE = icon("casefile");
	public static final ImageDescriptor NOTE = icon("note");
	public static final ImageDescriptor NOTE_SIGNED = icon("note_signed");
	public static final ImageDescriptor DECISION = icon("decision");

	private Images() {
	}

	public static ImageDescriptor of(Object element) {
		if (element instanceof Client) {
			return CLIENT;
		}
		if (element instanceof CaseFile) {
			return CASE_FILE;
		}
		if (element instanceof Note note) {
			return note.getStatus() == NoteStatus.SIGNED ? NOTE_SIGNED : NOTE;
		}
		if (element instanceof BoundaryDecision) {
			return DECISION;
		}
		return null;
	}

	private static ImageDescriptor icon(String name) {
		// the @2x variant next to each PNG is picked up by JFace on HiDPI screens
		return ResourceLocator.imageDescriptorFromBundle(CasenotesUi.BUNDLE_ID, "icons/" + name + ".png")
				.orElseGet(ImageDescriptor::getMissingImageDescriptor);
	}
}
