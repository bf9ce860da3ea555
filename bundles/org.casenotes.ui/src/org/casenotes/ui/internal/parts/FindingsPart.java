/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal.parts;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.casenotes.core.StoreException;
import org.casenotes.ui.CasenotesUi;
import org.casenotes.ui.internal.FindingStyles;
import org.casenotes.ui.internal.parts.NoteEditorPart.FindingRow;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The identifiers of the note being edited, in a list: where each is, what it is, and what it would be shared
 * as. A finding is confirmed, or dismissed as a false positive, here for the whole case; a missed identifier selected in the note is added
 * to the client's identity sheet.
 */
public class FindingsPart {

	private Table table;
	private Label status;
	private Button confirm;
	private Button dismiss;
	private Button markIdentifying;
	private NoteEditorPart editor;
	private List<FindingRow> rows = List.of();

	@PostConstruct
	public void createControls(Composite parent) {
		parent.setLayout(GridLayoutFactory.fillDefaults().margins(4, 4).numColumns(4).create());
		status = new Label(parent, SWT.NONE);
		status.setData(CasenotesUi.WIDGET_ID, "findings.status");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
		confirm = new Button(parent, SWT.PUSH);
		confirm.setText("&Confirm");
		confirm.setToolTipText("An identifier: keep it marked, reviewed in every note of the case");
		confirm.setData(CasenotesUi.WIDGET_ID, "findings.confirm");
		confirm.addListener(SWT.Selection, e -> confirmSelected());
		dismiss = new Button(parent, SWT.PUSH);
		dismiss.setText("&Dismiss for this case");
		dismiss.setToolTipText("Not an identifier: stop marking this text in every note of the case");
		dismiss.setData(CasenotesUi.WIDGET_ID, "findings.dismiss");
		dismiss.addListener(SWT.Selection, e -> dismissSelected());
		markIdentifying = new Button(parent, SWT.PUSH);
		markIdentifying.setText("&Mark selection as identifying...");
		markIdentifying.setToolTipText("Add the text selected in the note to the client's identity sheet");
		markIdentifying.setData(CasenotesUi.WIDGET_ID, "findings.markIdentifying");
		markIdentifying.addListener(SWT.Selection, e -> markSelection());

		table = new Table(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
		table.setData(CasenotesUi.WIDGET_ID, "findings.table");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String[] column : new String[][] { { "Section", "110" }, { "Type", "150" }, { "Text", "220" }, { "Shared as", "160" }, { "Review", "100" } }) {
			TableColumn c = new TableColumn(table, SWT.LEFT);
			c.setText(column[0]);
			c.setWidth(Integer.parseInt(column[1]));
		}
		table.addListener(SWT.Selection, e -> updateButtons());
		GridDataFactory.fillDefaults().grab(true, true).span(4, 1).applyTo(table);
		refresh();
	}

	@Inject
	@Optional
	void activePart(@Named(IServiceConstants.ACTIVE_PART) MPart part) {
		if (part != null && part.getObject() instanceof NoteEditorPart noteEditor && noteEditor != editor) {
			editor = noteEditor;
			refresh();
		}
	}

	@Inject
	@Optional
	void findingsChanged(@UIEventTopic(CasenotesUi.TOPIC_FINDINGS) NoteEditorPart changed) {
		if (editor == null || !editor.isOpen() || changed == editor) {
			editor = changed;
			refresh();
		}
	}

	private void refresh() {
		if (table == null || table.isDisposed()) {
			return;
		}
		if (editor != null && !editor.isOpen()) {
			editor = null; // closed since it last posted its findings: the event arrived after the editor went
		}
		rows = editor == null || editor.getDraft() == null ? List.of() : editor.findingRows();
		table.setRedraw(false);
		try {
			table.removeAll();
			for (FindingRow row : rows) {
				TableItem item = new TableItem(table, SWT.NONE);
				item.setText(new String[] { row.section(), FindingStyles.describe(row.finding().type()), row.text(), row.sharedAs(),
						row.confirmed() ? "Confirmed" : "To review" });
			}
		} finally {
			table.setRedraw(true);
		}
		long toReview = rows.stream().filter(r -> !r.confirmed()).count();
		status.setText(editor == null ? "Open a note to see what in it would identify the client."
				: rows.size() + (rows.size() == 1 ? " identifier" : " identifiers") + " in \u201C" + editor.getDraft().original().getTitle() + "\u201D, "
						+ (toReview == 0 ? "all reviewed" : toReview + " to review"));
		status.getParent().layout();
		updateButtons();
	}

	private void updateButtons() {
		confirm.setEnabled(editor != null && table.getSelectionCount() > 0);
		dismiss.setEnabled(editor != null && table.getSelectionCount() > 0);
		markIdentifying.setEnabled(editor != null && editor.getDraft() != null);
	}

	private void confirmSelected() {
		int[] selected = table.getSelectionIndices();
		try {
			for (int index : selected) {
				editor.confirm(rows.get(index).text());
			}
		} catch (StoreException e) {
			MessageDialog.openError(table.getShell(), "Cannot confirm", e.getMessage());
		}
	}

	private void dismissSelected() {
		int[] selected = table.getSelectionIndices();
		try {
			for (int index : selected) {
				editor.dismiss(rows.get(index).text());
			}
		} catch (StoreException e) {
			MessageDialog.openError(table.getShell(), "Cannot dismiss", e.getMessage());
		}
	}

	private void markSelection() {
		String text = editor.selectedText().strip();
		if (text.isEmpty()) {
			MessageDialog.openInformation(table.getShell(), "Mark as identifying", "Select the words in the note first.");
			return;
		}
		if (!MessageDialog.openQuestion(table.getShell(), "Mark as identifying", "Add \u201C" + text
				+ "\u201D to the client's identity sheet? It will be found in every note from now on.")) {
			return;
		}
		try {
			editor.markIdentifying(text);
		} catch (StoreException e) {
			MessageDialog.openError(table.getShell(), "Cannot update the identity sheet", e.getMessage());
		}
	}

	@Focus
	public void setFocus() {
		table.setFocus();
	}

	/** The rows shown, for tests of the running application. */
	public List<FindingRow> getRows() {
		return rows;
	}

	public Table getTable() {
		return table;
	}
}
