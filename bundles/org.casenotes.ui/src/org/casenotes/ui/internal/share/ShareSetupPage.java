/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal.share;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.casenotes.model.Note;
import org.casenotes.model.RecipientKind;
import org.casenotes.ui.CasenotesUi;
import org.casenotes.ui.internal.Labels;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/** The first page: which notes, for whom, why, and where the packet goes. */
public final class ShareSetupPage extends WizardPage {

	private final List<Note> candidates;
	private final List<Note> initiallySelected;
	private Table notes;
	private Text recipient;
	private Combo kind;
	private Text purpose;
	private Text output;

	ShareSetupPage(List<Note> candidates, List<Note> selected) {
		super("setup", "Notes and recipient", null);
		setDescription("Choose the notes to take to consultation and who receives them. Only a de-identified copy leaves.");
		this.candidates = List.copyOf(candidates);
		this.initiallySelected = List.copyOf(selected);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(GridLayoutFactory.swtDefaults().numColumns(3).create());

		label(page, "Notes:");
		notes = new Table(page, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION);
		notes.setData(CasenotesUi.WIDGET_ID, "share.notes");
		for (Note note : candidates) {
			TableItem item = new TableItem(notes, SWT.NONE);
			item.setText(Labels.location(note) + " \u203a " + Labels.of(note));
			item.setData(note);
			item.setChecked(initiallySelected.contains(note));
		}
		notes.addListener(SWT.Selection, e -> validate());
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(520, 160).applyTo(notes);

		label(page, "Recipient:");
		recipient = new Text(page, SWT.BORDER);
		recipient.setData(CasenotesUi.WIDGET_ID, "share.recipient");
		recipient.setMessage("e.g. Dr Lee (supervisor) or Tuesday peer group");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(recipient);

		label(page, "Kind:");
		kind = new Combo(page, SWT.READ_ONLY);
		kind.setData(CasenotesUi.WIDGET_ID, "share.kind");
		for (RecipientKind k : RecipientKind.VALUES) {
			kind.add(k.getLiteral());
		}
		kind.select(0);
		GridDataFactory.fillDefaults().span(2, 1).applyTo(kind);

		label(page, "Purpose:");
		purpose = new Text(page, SWT.BORDER | SWT.MULTI | SWT.WRAP);
		purpose.setData(CasenotesUi.WIDGET_ID, "share.purpose");
		purpose.setMessage("What you would like help with");
		GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(SWT.DEFAULT, 50).applyTo(purpose);

		label(page, "Save as:");
		output = new Text(page, SWT.BORDER);
		output.setData(CasenotesUi.WIDGET_ID, "share.output");
		output.setText(Path.of(System.getProperty("user.home"), "consultation-" + LocalDate.now() + ".cnshare").toString());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(output);
		Button browse = new Button(page, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, e -> browse());

		recipient.addModifyListener(e -> validate());
		output.addModifyListener(e -> validate());
		setControl(page);
		validate();
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
		dialog.setFilterExtensions(new String[] { "*.cnshare" });
		dialog.setOverwrite(true);
		String chosen = dialog.open();
		if (chosen != null) {
			output.setText(chosen.endsWith(".cnshare") ? chosen : chosen + ".cnshare");
		}
	}

	private void validate() {
		String problem = null;
		if (selectedNotes().isEmpty()) {
			problem = "Tick at least one note.";
		} else if (recipient.getText().isBlank()) {
			problem = "Say who receives the packet.";
		} else if (output.getText().isBlank()) {
			problem = "Choose where to save the packet.";
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	public List<Note> selectedNotes() {
		List<Note> selected = new ArrayList<>();
		if (notes != null) {
			for (TableItem item : notes.getItems()) {
				if (item.getChecked()) {
					selected.add((Note) item.getData());
				}
			}
		}
		return selected;
	}

	String recipient() {
		return recipient.getText().strip();
	}

	RecipientKind recipientKind() {
		return RecipientKind.VALUES.get(Math.max(0, kind.getSelectionIndex()));
	}

	String purpose() {
		return purpose.getText().strip();
	}

	Path output() {
		return Path.of(output.getText().strip());
	}

	private static void label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(label);
	}
}
