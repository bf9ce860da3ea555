/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal.share;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.casenotes.model.Note;
import org.casenotes.model.RecipientKind;
import org.casenotes.model.Section;
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
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;

/** The first page: which notes and which of their sections, for whom, why, and where the packet goes. */
public final class ShareSetupPage extends WizardPage {

	private final List<Note> candidates;
	private final List<Note> initiallySelected;
	private NoteSectionTree notes;
	private Text recipient;
	private Combo kind;
	private Text purpose;
	private Text output;

	ShareSetupPage(List<Note> candidates, List<Note> selected) {
		super("setup", "Notes, sections and recipient", null);
		setDescription("Choose the notes to take to consultation, and which of their sections, and who receives them. "
				+ "Only a de-identified copy leaves.");
		this.candidates = List.copyOf(candidates);
		this.initiallySelected = List.copyOf(selected);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(GridLayoutFactory.swtDefaults().numColumns(3).create());

		label(page, "Notes and &sections:");
		notes = new NoteSectionTree(page, SWT.BORDER | SWT.V_SCROLL | SWT.FULL_SELECTION, candidates, initiallySelected, this::validate);
		Tree tree = notes.control();
		tree.setData(CasenotesUi.WIDGET_ID, "share.notes");
		tree.setToolTipText("Untick the sections that should stay on this computer");
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(520, 200).applyTo(tree);

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
		List<Note> selected = selectedNotes();
		Note empty = selected.stream().filter(n -> n.getSections().isEmpty()).findFirst().orElse(null);
		if (selected.isEmpty()) {
			problem = "Tick at least one note.";
		} else if (empty != null) {
			problem = Labels.of(empty) + " has no sections to share; untick it.";
		} else if (recipient.getText().isBlank()) {
			problem = "Say who receives the packet.";
		} else if (output.getText().isBlank()) {
			problem = "Choose where to save the packet.";
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	/** The notes ticked, wholly or partly. */
	public List<Note> selectedNotes() {
		return notes == null ? List.of() : notes.notes();
	}

	/** The sections ticked now, of the notes ticked. */
	public Predicate<Section> sharedSections() {
		if (notes == null) {
			return section -> false;
		}
		Set<Section> chosen = notes.sections();
		return chosen::contains;
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
