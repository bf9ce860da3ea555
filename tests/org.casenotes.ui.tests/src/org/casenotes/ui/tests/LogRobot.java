/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.tests;

import static org.casenotes.ui.tests.UiRobot.widget;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.function.Consumer;

import org.casenotes.core.PracticeStore;
import org.casenotes.core.StoreException;
import org.casenotes.model.BoundaryDecision;
import org.casenotes.model.Client;
import org.casenotes.model.Practice;
import org.casenotes.ui.CasenotesUi;
import org.casenotes.ui.internal.parts.ConsultationLogPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * What the tests of the consultation log's dialogs and detail form do with its widgets, as a user does: choose a
 * row, type and leave a field, pick from a combo, press a button, answer a dialog.
 */
final class LogRobot {

	/** An assertion failing inside a modal dialog must close it, or the run would hang; it is thrown afterwards. */
	private Throwable failure;

	static ConsultationLogPart log() {
		return (ConsultationLogPart) UiRobot.part(CasenotesUi.PART_CONSULTATION_LOG).getObject();
	}

	static Control logControl() {
		return (Control) UiRobot.part(CasenotesUi.PART_CONSULTATION_LOG).getWidget();
	}

	static PracticeStore store() {
		return UiRobot.context().get(PracticeStore.class);
	}

	static Practice practice() {
		try {
			return store().practice();
		} catch (StoreException e) {
			throw new AssertionError(e.getMessage(), e);
		}
	}

	static Client client(String code) {
		return practice().getClients().stream().filter(c -> code.equals(c.getCode())).findFirst()
				.orElseThrow(() -> new AssertionError("the demo has client " + code));
	}

	static BoundaryDecision demoDecision(String subcategory) {
		return practice().getConsultationLog().getDecisions().stream().filter(d -> subcategory.equals(d.getSubcategory())).findFirst()
				.orElseThrow(() -> new AssertionError("the demo has the decision " + subcategory));
	}

	/** The log in front and active, so Edit > Undo and Redo act on its stack. */
	static void activateLog() {
		// the window's part service: the application's needs an active window, which a closed dialog may leave none of
		EPartService parts = UiRobot.application().getChildren().get(0).getContext().get(EPartService.class);
		parts.activate(UiRobot.part(CasenotesUi.PART_CONSULTATION_LOG));
		UiRobot.flush();
	}

	/** Chooses the decision's row in the log's table, as a click does; the detail then shows it. */
	static void chooseInLog(BoundaryDecision decision) {
		Table table = log().getViewer().getTable();
		UiRobot.waitUntil("the decision is listed", () -> row(table, decision) != null);
		TableItem row = row(table, decision);
		table.setSelection(row);
		Event select = new Event();
		select.item = row;
		table.notifyListeners(SWT.Selection, select);
		UiRobot.flush();
		assertTrue(log().selected().orElse(null) == decision, "the decision is chosen in the log");
	}

	static TableItem row(Table table, Object data) {
		return Arrays.stream(table.getItems()).filter(i -> i.getData() == data).findFirst().orElse(null);
	}

	/** Chooses a row of a table in the detail form (options, consultations), as a click or an arrow key does. */
	static void chooseRow(Control root, String tableId, int index) {
		Table table = widget(root, tableId, Table.class);
		assertNotNull(table, tableId);
		table.setSelection(index);
		Event select = new Event();
		select.item = table.getItem(index);
		table.notifyListeners(SWT.Selection, select);
		UiRobot.flush();
	}

	static Text text(Control root, String id) {
		Text text = widget(root, id, Text.class);
		assertNotNull(text, id);
		return text;
	}

	/** Types into a field and leaves it. */
	static void type(Control root, String id, String value) {
		Text field = text(root, id);
		field.setText(value);
		field.notifyListeners(SWT.FocusOut, new Event());
	}

	static void choose(Combo combo, String item) {
		int index = Arrays.asList(combo.getItems()).indexOf(item);
		assertTrue(index >= 0, item + " among " + Arrays.toString(combo.getItems()));
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
	}

	static void choose(Control root, String id, String item) {
		Combo combo = widget(root, id, Combo.class);
		assertNotNull(combo, id);
		choose(combo, item);
	}

	static void check(Control root, String id, boolean selected) {
		Button check = widget(root, id, Button.class);
		assertNotNull(check, id);
		check.setSelection(selected);
		check.notifyListeners(SWT.Selection, new Event());
	}

	static Button button(Control root, String id) {
		Button button = widget(root, id, Button.class);
		assertNotNull(button, id);
		return button;
	}

	/** Presses a button, enabled or not, as the keyboard cannot: the application must refuse what it should refuse. */
	static void click(Control root, String id) {
		button(root, id).notifyListeners(SWT.Selection, new Event());
		UiRobot.flush();
	}

	static String label(Control root, String id) {
		Label label = widget(root, id, Label.class);
		assertNotNull(label, id);
		return label.getText();
	}

	/** Whether some label of the shell (a message dialog's message) contains the text. */
	static boolean says(Shell shell, String text) {
		return !UiRobot.widgets(shell, Label.class, l -> l.getText().contains(text)).isEmpty();
	}

	/** Answers the dialog titled {@code title} the next action opens; see {@link UiRobot#whenShellOpens}. */
	void answer(String title, Consumer<Shell> steps) {
		UiRobot.whenShellOpens(title, shell -> {
			try {
				steps.accept(shell);
			} catch (Throwable t) {
				if (failure == null) {
					failure = t;
				}
				shell.close();
			}
		});
	}

	/** Throws what failed inside a dialog. */
	void noFailureInDialogs() {
		Throwable found = failure;
		failure = null;
		if (found != null) {
			throw new AssertionError("in a dialog: " + found.getMessage(), found);
		}
	}
}
