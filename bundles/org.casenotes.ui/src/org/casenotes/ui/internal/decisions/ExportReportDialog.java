/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal.decisions;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.casenotes.core.decisions.DecisionReports;
import org.casenotes.model.Client;
import org.casenotes.ui.CasenotesUi;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Asks what goes into a consultation log report: the period, one client or all, the format and the file. */
public class ExportReportDialog extends TitleAreaDialog {

	public static final String TITLE = "Export Consultation Log Report";

	private final List<Client> clients;
	private DateTime from;
	private DateTime to;
	private Combo client;
	private Combo format;
	private Button names;
	private Text file;
	private DecisionReports.Scope scope;
	private String chosenFormat;
	private Path chosenFile;

	public ExportReportDialog(Shell parent, List<Client> clients) {
		super(parent);
		this.clients = clients;
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
		setTitle("Report on boundary decisions");
		setMessage("Clients are shown by code. Include names only for a report that stays inside the practice.");
		Composite form = new Composite(area, SWT.NONE);
		form.setLayout(GridLayoutFactory.swtDefaults().numColumns(3).margins(10, 10).create());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		LocalDate today = LocalDate.now();
		from = date(form, "From:", "report.from", today.minusYears(1));
		to = date(form, "To:", "report.to", today);
		label(form, "Client:");
		client = new Combo(form, SWT.READ_ONLY);
		client.setData(CasenotesUi.WIDGET_ID, "report.client");
		client.add("All clients");
		clients.forEach(c -> client.add(c.getCode()));
		client.select(0);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(client);
		label(form, "Format:");
		format = new Combo(form, SWT.READ_ONLY);
		format.setData(CasenotesUi.WIDGET_ID, "report.format");
		format.setItems("CSV (spreadsheet)", "HTML (to read or print)");
		format.select(0);
		format.addListener(SWT.Selection, e -> fixExtension());
		GridDataFactory.swtDefaults().span(2, 1).applyTo(format);
		label(form, "");
		names = new Button(form, SWT.CHECK);
		names.setText("&Include client names (the report then identifies clients)");
		names.setData(CasenotesUi.WIDGET_ID, "report.includeNames");
		names.setSelection(false);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(names);
		label(form, "File:");
		file = new Text(form, SWT.SINGLE | SWT.BORDER);
		file.setData(CasenotesUi.WIDGET_ID, "report.file");
		file.setText(Path.of(System.getProperty("user.home"), "consultation-log.csv").toString());
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(file);
		Button browse = new Button(form, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
			dialog.setOverwrite(true);
			dialog.setFilterExtensions(new String[] { html() ? "*.html" : "*.csv" });
			String chosen = dialog.open();
			if (chosen != null) {
				file.setText(chosen);
				fixExtension();
			}
		});
		return area;
	}

	private boolean html() {
		return format.getSelectionIndex() == 1;
	}

	private void fixExtension() {
		String path = file.getText().strip();
		String extension = html() ? ".html" : ".csv";
		if (!path.isEmpty() && !path.endsWith(extension)) {
			file.setText(path.replaceFirst("\\.(csv|html?)$", "") + extension);
		}
	}

	private static DateTime date(Composite form, String label, String id, LocalDate value) {
		label(form, label);
		DateTime date = new DateTime(form, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		date.setData(CasenotesUi.WIDGET_ID, id);
		date.setDate(value.getYear(), value.getMonthValue() - 1, value.getDayOfMonth());
		GridDataFactory.swtDefaults().span(2, 1).applyTo(date);
		return date;
	}

	private static void label(Composite form, String text) {
		new Label(form, SWT.NONE).setText(text);
	}

	private static LocalDate dateOf(DateTime date) {
		return LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
	}

	@Override
	protected void okPressed() {
		LocalDate start = dateOf(from);
		LocalDate end = dateOf(to);
		if (end.isBefore(start)) {
			setErrorMessage("The period ends before it starts.");
			return;
		}
		String path = file.getText().strip();
		if (path.isEmpty()) {
			setErrorMessage("Choose the file to write.");
			return;
		}
		chosenFile = Path.of(path).toAbsolutePath();
		if (chosenFile.getParent() == null || !java.nio.file.Files.isDirectory(chosenFile.getParent())) {
			setErrorMessage("The folder " + chosenFile.getParent() + " does not exist.");
			return;
		}
		Client one = client.getSelectionIndex() <= 0 ? null : clients.get(client.getSelectionIndex() - 1);
		scope = new DecisionReports.Scope(start, end, one, names.getSelection());
		chosenFormat = html() ? "html" : "csv";
		super.okPressed();
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, "Export", true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	public DecisionReports.Scope scope() {
		return scope;
	}

	public String format() {
		return chosenFormat;
	}

	public Path file() {
		return chosenFile;
	}
}
