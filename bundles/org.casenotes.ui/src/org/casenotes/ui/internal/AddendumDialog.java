/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal;

import org.casenotes.ui.CasenotesUi;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for an addendum to a signed note: who writes it, why, and what it says. All three are required. */
public class AddendumDialog extends TitleAreaDialog {

	public static final String TITLE = "Add an addendum";

	private final String noteTitle;
	private String author;
	private String reason = "";
	private String text = "";
	private Text authorField;
	private Text reasonField;
	private Text textField;

	public AddendumDialog(Shell parent, String noteTitle, String author) {
		super(parent);
		this.noteTitle = noteTitle;
		this.author = author;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Addendum to \u201C" + noteTitle + "\u201D");
		setMessage("The signed note stays as it was; the addendum is kept beside it with its author, time and reason.");
		Composite form = new Composite(area, SWT.NONE);
		form.setLayout(GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).create());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		authorField = field(form, "Author:", author, SWT.SINGLE | SWT.BORDER, "addendum.author");
		reasonField = field(form, "Reason:", "", SWT.SINGLE | SWT.BORDER, "addendum.reason");
		textField = field(form, "Text:", "", SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL, "addendum.text");
		GridDataFactory.fillDefaults().grab(true, true).hint(420, 140).applyTo(textField);
		reasonField.setFocus();
		return area;
	}

	private static Text field(Composite form, String label, String value, int style, String id) {
		Label l = new Label(form, SWT.NONE);
		l.setText(label);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(l);
		Text field = new Text(form, style);
		field.setText(value == null ? "" : value);
		field.setData(CasenotesUi.WIDGET_ID, id);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(field);
		return field;
	}

	@Override
	protected void okPressed() {
		author = authorField.getText().strip();
		reason = reasonField.getText().strip();
		text = textField.getText().strip();
		if (author.isEmpty() || reason.isEmpty() || text.isEmpty()) {
			setErrorMessage("Author, reason and text are all required.");
			return;
		}
		super.okPressed();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Add addendum", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	public String author() {
		return author;
	}

	public String reason() {
		return reason;
	}

	public String text() {
		return text;
	}
}
