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
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks for a reviewer's comment on a passage of a shared note. */
public final class CommentDialog extends TitleAreaDialog {

	public static final String TITLE = "Comment";

	private final String passage;
	private Text text;
	private String comment = "";

	public CommentDialog(Shell parent, String passage) {
		super(parent);
		this.passage = passage;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Comment on a passage");
		setMessage("\u201C" + Labels.firstLine(passage, 90) + "\u201D");
		Composite body = new Composite(area, SWT.NONE);
		body.setLayout(GridLayoutFactory.swtDefaults().create());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		text = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
		text.setData(CasenotesUi.WIDGET_ID, "comment.text");
		GridDataFactory.fillDefaults().grab(true, true).hint(460, 120).applyTo(text);
		text.addModifyListener(e -> getButton(IDialogConstants.OK_ID).setEnabled(!text.getText().isBlank()));
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Add comment", true).setEnabled(false);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		comment = text.getText().strip();
		super.okPressed();
	}

	public String comment() {
		return comment;
	}
}
