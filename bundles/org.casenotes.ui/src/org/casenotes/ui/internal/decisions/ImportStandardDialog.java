/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal.decisions;

import java.nio.file.Path;

import org.casenotes.core.StoreException;
import org.casenotes.core.decisions.StandardException;
import org.casenotes.model.PracticeStandard;
import org.casenotes.ui.CasenotesUi;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for the practice standard file to import, typed or chosen with Browse..., and imports it on Import. A
 * file the core refuses is said here in its one sentence, and the dialog stays open for another file.
 */
public class ImportStandardDialog extends TitleAreaDialog {

	public static final String TITLE = "Import Practice Standard";

	/** What Import does with the chosen file: the core's import, which refuses a file that is not a standard. */
	@FunctionalInterface
	public interface Importer {
		PracticeStandard importFrom(Path file) throws StandardException, StoreException;
	}

	private final Importer importer;
	private Text file;
	private PracticeStandard imported;

	public ImportStandardDialog(Shell parent, Importer importer) {
		super(parent);
		this.importer = importer;
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
		setTitle("Record decisions to your practice's standard");
		setMessage("A standard (*.cnstandard) says which fields every record must have; it replaces the one in use.");
		Composite form = new Composite(area, SWT.NONE);
		form.setLayout(GridLayoutFactory.swtDefaults().numColumns(3).margins(10, 10).create());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		new Label(form, SWT.NONE).setText("&File:");
		file = new Text(form, SWT.SINGLE | SWT.BORDER);
		file.setData(CasenotesUi.WIDGET_ID, "importStandard.file");
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(file);
		Button browse = new Button(form, SWT.PUSH);
		browse.setText("&Browse...");
		browse.setData(CasenotesUi.WIDGET_ID, "importStandard.browse");
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setText(TITLE);
			dialog.setFilterExtensions(new String[] { "*.cnstandard", "*.*" });
			dialog.setFilterNames(new String[] { "Practice standards (*.cnstandard)", "All files" });
			String chosen = dialog.open();
			if (chosen != null) {
				file.setText(chosen);
			}
		});
		file.setFocus();
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "&Import", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		String path = file.getText().strip();
		if (path.isEmpty()) {
			setErrorMessage("Choose the practice standard file to import.");
			return;
		}
		try {
			imported = importer.importFrom(Path.of(path).toAbsolutePath());
		} catch (StandardException | StoreException e) {
			setErrorMessage(e.getMessage());
			return;
		} catch (java.nio.file.InvalidPathException e) {
			setErrorMessage("\u201C" + path + "\u201D is not a file name.");
			return;
		}
		super.okPressed();
	}

	/** The standard imported, or null when cancelled. */
	public PracticeStandard imported() {
		return imported;
	}
}
