/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal.decisions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ITableLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Table;

/**
 * One list of a decision (its options, its consultations) as a table whose chosen row the {@link RowFields}
 * below it show; made once the fields are all bound. The chosen row stays chosen while the list changes around
 * it (an edit, an Undo).
 */
final class RowTable<T extends EObject> {

	private final TableViewer viewer;
	private final List<T> rows;
	private final RowFields fields;
	private final boolean readOnly;
	private final List<Runnable> listeners = new ArrayList<>();

	/**
	 * @param readOnly whether the fields only show rows (a signed decision): then the first row is chosen until
	 *        the user chooses another, since empty fields with a new row's defaults would read like a record
	 */
	RowTable(Table table, List<T> rows, Function<T, String[]> cells, RowFields fields, boolean readOnly) {
		this.rows = rows;
		this.fields = fields;
		this.readOnly = readOnly;
		viewer = new TableViewer(table);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.setLabelProvider(new Cells<>(cells));
		viewer.setInput(rows);
		viewer.addSelectionChangedListener(e -> chosenChanged());
		// the fields start as a new row's, ready for Add (a consultation is de-identified unless said otherwise)
		fields.show(null);
	}

	/** Shows the list again, and the chosen row as it is now. */
	void show() {
		viewer.refresh();
		if (readOnly && chosen().isEmpty() && !rows.isEmpty()) {
			viewer.setSelection(new StructuredSelection(rows.get(0)), true);
		}
		chosenChanged();
	}

	@SuppressWarnings("unchecked")
	Optional<T> chosen() {
		Object first = viewer.getStructuredSelection().getFirstElement();
		return first == null ? Optional.empty() : Optional.of((T) first);
	}

	/** No row chosen, and the fields empty for a new one. */
	void clear() {
		viewer.setSelection(StructuredSelection.EMPTY);
		fields.show(null);
		listeners.forEach(Runnable::run);
	}

	/** Called whenever the chosen row may have changed. */
	void onChoose(Runnable listener) {
		listeners.add(listener);
		listener.run();
	}

	private void chosenChanged() {
		fields.follow(chosen().orElse(null));
		listeners.forEach(Runnable::run);
	}

	private static final class Cells<T> extends LabelProvider implements ITableLabelProvider {
		private final Function<T, String[]> cells;

		Cells(Function<T, String[]> cells) {
			this.cells = cells;
		}

		@Override
		public Image getColumnImage(Object element, int column) {
			return null;
		}

		@Override
		@SuppressWarnings("unchecked")
		public String getColumnText(Object element, int column) {
			String[] texts = cells.apply((T) element);
			return column < texts.length ? texts[column] : "";
		}
	}
}
