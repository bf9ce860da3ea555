/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal.share;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.casenotes.model.Note;
import org.casenotes.model.Section;
import org.casenotes.ui.internal.Labels;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * The notes a therapist may share, each with its sections beneath, all ticked for the notes chosen beforehand. A
 * note ticks and unticks all its sections; a section unticked leaves its note grayed (partly shared), and the
 * last one unticked unticks the note. Ticking a grayed note ticks all its sections again. Space toggles the
 * focused row, as in any check tree.
 * <p>
 * A note's sections become rows when it is first expanded: a practice holds thousands of notes, and until then
 * the note's own tick says it all.
 */
final class NoteSectionTree {

	/** Stands for the sections of a note not yet expanded, so that the note shows that it has some. */
	private static final String PENDING = "pending";

	private final Tree tree;
	private final Runnable changed;

	NoteSectionTree(Composite parent, int style, List<Note> candidates, List<Note> selected, Runnable changed) {
		this.changed = changed;
		tree = new Tree(parent, style | SWT.CHECK);
		for (Note note : candidates) {
			TreeItem item = new TreeItem(tree, SWT.NONE);
			item.setText(Labels.location(note) + " \u203a " + Labels.of(note));
			item.setData(note);
			item.setChecked(selected.contains(note));
			if (!note.getSections().isEmpty()) {
				new TreeItem(item, SWT.NONE).setData(PENDING);
			}
		}
		tree.addListener(SWT.Expand, e -> sections((TreeItem) e.item));
		tree.addListener(SWT.Selection, this::toggled);
		// the notes chosen beforehand open on their sections, so that leaving one out is one click away
		for (TreeItem item : tree.getItems()) {
			if (item.getChecked() && item.getItemCount() > 0) {
				sections(item);
				item.setExpanded(true);
			}
		}
		if (tree.getItemCount() > 0) {
			tree.setSelection(first(tree.getItems()));
		}
	}

	private static TreeItem first(TreeItem[] items) {
		for (TreeItem item : items) {
			if (item.getChecked()) {
				return item;
			}
		}
		return items[0];
	}

	Tree control() {
		return tree;
	}

	/** The rows of the note's sections, made when first asked for with the note's tick. */
	private TreeItem[] sections(TreeItem noteItem) {
		TreeItem[] rows = noteItem.getItems();
		if (rows.length == 1 && PENDING.equals(rows[0].getData())) {
			rows[0].dispose();
			Note note = (Note) noteItem.getData();
			boolean all = noteItem.getChecked() && !noteItem.getGrayed();
			for (Section section : note.getSections()) {
				TreeItem row = new TreeItem(noteItem, SWT.NONE);
				row.setText(section.getTitle() == null || section.getTitle().isBlank() ? "(untitled section)" : section.getTitle());
				row.setData(section);
				row.setChecked(all);
			}
			rows = noteItem.getItems();
		}
		return rows;
	}

	private void toggled(Event event) {
		if (event.detail != SWT.CHECK || !(event.item instanceof TreeItem item)) {
			return;
		}
		TreeItem noteItem = item.getParentItem();
		if (noteItem == null) {
			// the toolkit has flipped the tick; a grayed note was partly shared, and a click on it means "all of it"
			boolean all = item.getGrayed() || item.getChecked();
			item.setGrayed(false);
			item.setChecked(all);
			for (TreeItem row : sections(item)) {
				row.setChecked(all);
			}
		} else {
			int ticked = 0;
			TreeItem[] rows = noteItem.getItems();
			for (TreeItem row : rows) {
				ticked += row.getChecked() ? 1 : 0;
			}
			noteItem.setChecked(ticked > 0);
			noteItem.setGrayed(ticked > 0 && ticked < rows.length);
		}
		changed.run();
	}

	/** The notes ticked, wholly or partly, in the order listed. */
	List<Note> notes() {
		List<Note> notes = new ArrayList<>();
		for (TreeItem item : tree.getItems()) {
			if (item.getChecked()) {
				notes.add((Note) item.getData());
			}
		}
		return notes;
	}

	/** The sections ticked, of the notes ticked: all of a note never expanded. */
	Set<Section> sections() {
		Set<Section> sections = Collections.newSetFromMap(new IdentityHashMap<>());
		for (TreeItem item : tree.getItems()) {
			if (!item.getChecked()) {
				continue;
			}
			Note note = (Note) item.getData();
			TreeItem[] rows = item.getItems();
			if (rows.length == 1 && PENDING.equals(rows[0].getData())) {
				sections.addAll(note.getSections());
				continue;
			}
			for (TreeItem row : rows) {
				if (row.getChecked()) {
					sections.add((Section) row.getData());
				}
			}
		}
		return sections;
	}
}
