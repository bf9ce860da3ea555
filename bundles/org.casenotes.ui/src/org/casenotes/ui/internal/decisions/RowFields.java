/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal.decisions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Text;

/**
 * The fields under a table of a decision's options or consultations. They show the row chosen in the table in
 * full (the table has room for first lines only) and read back what the user entered, so that Add records them
 * as a new row and Update changes only what the user changed in the chosen one. When the chosen row changes
 * under them (Undo, Redo), the fields it changed show it again; what the user is typing in the others stays.
 */
final class RowFields {

	/** One widget bound to one feature: how it shows a value, how it reads one back, what a new row starts with. */
	private record Field(EStructuralFeature feature, Supplier<Object> read, Consumer<Object> write, Object blank) {
	}

	private final EClass type;
	private final List<Field> fields = new ArrayList<>();
	private EObject row;
	/** What each field showed, as read back from its widget: what the user changed is what differs from it. */
	private final Map<EStructuralFeature, Object> shown = new HashMap<>();
	/** What the row held when it was shown: what Undo changed is what differs from it. */
	private final Map<EStructuralFeature, Object> held = new HashMap<>();

	RowFields(EClass type) {
		this.type = type;
	}

	/** A text; a blank one reads as no value. */
	void text(Text text, EStructuralFeature feature) {
		fields.add(new Field(feature, () -> normal(text.getText().strip()), value -> text.setText(value == null ? "" : (String) value), null));
	}

	<T> void choice(Combo combo, List<T> values, EStructuralFeature feature, T blank) {
		fields.add(new Field(feature, () -> combo.getSelectionIndex() < 0 ? null : values.get(combo.getSelectionIndex()), value -> {
			int index = values.indexOf(value);
			if (index < 0) {
				combo.deselectAll();
			} else {
				combo.select(index);
			}
		}, blank));
	}

	/** A day; a row without one, and a new row, show today. */
	void date(DateTime date, EStructuralFeature feature) {
		fields.add(new Field(feature, () -> LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay()), value -> {
			LocalDate day = value == null ? LocalDate.now() : (LocalDate) value;
			date.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
		}, null));
	}

	void check(Button check, EStructuralFeature feature, boolean blank) {
		fields.add(new Field(feature, check::getSelection, value -> check.setSelection(Boolean.TRUE.equals(value)), blank));
	}

	/** Shows {@code row} in every field, or a new row's values when null. */
	void show(EObject row) {
		this.row = row;
		for (Field field : fields) {
			Object value = row == null ? field.blank() : normal(row.eGet(field.feature()));
			field.write().accept(value);
			shown.put(field.feature(), field.read().get());
			held.put(field.feature(), value);
		}
	}

	/**
	 * Follows the table: another row (or none) is shown anew; the same row again shows only the fields whose value
	 * changed in the model since. With no row, what the user entered for a new one stays.
	 */
	void follow(EObject row) {
		if (row != this.row) {
			show(row);
			return;
		}
		if (row == null) {
			return;
		}
		for (Field field : fields) {
			Object now = normal(row.eGet(field.feature()));
			if (!Objects.equals(now, held.get(field.feature()))) {
				field.write().accept(now);
				shown.put(field.feature(), field.read().get());
				held.put(field.feature(), now);
			}
		}
	}

	/** What a field says now. */
	Object value(EStructuralFeature feature) {
		return fields.stream().filter(f -> f.feature() == feature).findFirst().orElseThrow().read().get();
	}

	/** The values the user changed since the row was shown, by feature. */
	Map<EStructuralFeature, Object> changes() {
		Map<EStructuralFeature, Object> changes = new LinkedHashMap<>();
		for (Field field : fields) {
			Object value = field.read().get();
			if (!Objects.equals(value, shown.get(field.feature()))) {
				changes.put(field.feature(), value);
			}
		}
		return changes;
	}

	/** A new row holding what the fields say. */
	EObject create() {
		EObject created = EcoreUtil.create(type);
		for (Field field : fields) {
			Object value = field.read().get();
			if (value != null) {
				created.eSet(field.feature(), value);
			}
		}
		return created;
	}

	/** An empty text is no text: the model holds null where a field was left empty. */
	private static Object normal(Object value) {
		return value instanceof String s && s.isEmpty() ? null : value;
	}
}
