/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal.parts;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.casenotes.core.PracticeStore;
import org.casenotes.core.StoreException;
import org.casenotes.model.Addendum;
import org.casenotes.model.Note;
import org.casenotes.model.Section;
import org.casenotes.ui.CasenotesUi;
import org.casenotes.ui.internal.Labels;
import org.casenotes.ui.internal.NoteEditors;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

/** One open note: its header, its sections in order, and its addenda. Read-only in this version. */
public class NoteEditorPart {

	@Inject
	private MPart part;
	@Inject
	private PracticeStore store;

	private ScrolledComposite scroller;
	private Composite body;
	private final List<StyledText> sectionTexts = new ArrayList<>();
	private Note note;

	@PostConstruct
	public void createControls(Composite parent) {
		parent.setLayout(GridLayoutFactory.fillDefaults().create());
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
		body = new Composite(scroller, SWT.NONE);
		body.setLayout(GridLayoutFactory.swtDefaults().margins(16, 12).spacing(6, 6).create());
		scroller.setContent(body);
		scroller.addListener(SWT.Resize, e -> relayout());

		try {
			note = NoteEditors.resolve(store.practice(), part.getPersistedState().get(CasenotesUi.NOTE_ID));
		} catch (StoreException e) {
			label(body, e.getMessage(), SWT.WRAP);
			return;
		}
		if (note == null) {
			label(body, "This note is no longer in the practice.", SWT.WRAP);
			return;
		}
		part.setLabel(Labels.title(note));
		part.setTooltip(Labels.location(note));
		createHeader();
		for (Section section : note.getSections()) {
			createSection(section);
		}
		if (!note.getAddenda().isEmpty()) {
			createAddenda();
		}
		relayout();
	}

	private void createHeader() {
		Label location = label(body, Labels.location(note), SWT.NONE);
		location.setData(CasenotesUi.WIDGET_ID, "noteEditor.location");
		Label title = label(body, Labels.title(note), SWT.NONE);
		title.setFont(JFaceResources.getHeaderFont());
		title.setData(CasenotesUi.WIDGET_ID, "noteEditor.title");
		Label summary = label(body, Labels.summary(note), SWT.WRAP);
		summary.setData(CasenotesUi.WIDGET_ID, "noteEditor.summary");
		GridDataFactory.fillDefaults().grab(true, false).indent(0, 0).applyTo(summary);
	}

	private void createSection(Section section) {
		Label heading = label(body, section.getTitle(), SWT.NONE);
		heading.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().indent(0, 10).applyTo(heading);
		StyledText text = new StyledText(body, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY);
		text.setData(CasenotesUi.WIDGET_ID, "noteEditor.section." + section.getTitle());
		text.setText(section.getText() == null ? "" : section.getText());
		text.setMargins(4, 4, 4, 4);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(text);
		sectionTexts.add(text);
	}

	private void createAddenda() {
		Group group = new Group(body, SWT.NONE);
		group.setText("Addenda");
		group.setLayout(GridLayoutFactory.swtDefaults().create());
		GridDataFactory.fillDefaults().grab(true, false).indent(0, 12).applyTo(group);
		for (Addendum addendum : note.getAddenda()) {
			Label meta = label(group, Labels.instant(addendum.getCreatedAt()) + ", " + addendum.getAuthor() + ": " + addendum.getReason(),
					SWT.WRAP);
			meta.setFont(JFaceResources.getBannerFont());
			StyledText text = new StyledText(group, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY);
			text.setText(addendum.getText());
			GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(text);
		}
	}

	private static Label label(Composite parent, String text, int style) {
		Label label = new Label(parent, style);
		label.setText(text == null ? "" : text);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
		return label;
	}

	/** Wrapped text needs the width to know its height: recompute the scrolled size on every resize. */
	private void relayout() {
		int width = scroller.getClientArea().width;
		if (width <= 0) {
			return;
		}
		Point size = body.computeSize(width, SWT.DEFAULT);
		scroller.setMinSize(width, size.y);
		body.layout(true, true);
	}

	@Focus
	public void setFocus() {
		Control target = sectionTexts.isEmpty() ? scroller : sectionTexts.get(0);
		target.setFocus();
	}

	/** The note shown, for tests of the running application. */
	public Note getNote() {
		return note;
	}

	/** The text widgets of the sections, in order, for tests of the running application. */
	public List<StyledText> getSectionTexts() {
		return sectionTexts;
	}
}
