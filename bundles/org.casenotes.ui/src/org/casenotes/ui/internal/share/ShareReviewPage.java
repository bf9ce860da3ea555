/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal.share;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.casenotes.core.FindingDecisions;
import org.casenotes.core.PracticeStore;
import org.casenotes.core.StoreException;
import org.casenotes.core.share.SharePreview;
import org.casenotes.core.share.SharePreview.NotePreview;
import org.casenotes.core.share.SharePreview.PendingFinding;
import org.casenotes.core.share.SharePreview.SectionPreview;
import org.casenotes.deid.Finding;
import org.casenotes.deid.Redaction;
import org.casenotes.deid.ReplacementPolicy;
import org.casenotes.model.Note;
import org.casenotes.model.Section;
import org.casenotes.ui.CasenotesUi;
import org.casenotes.ui.internal.FindingStyles;
import org.casenotes.ui.internal.Labels;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The second page: the original and the shared text side by side, every identifier marked on the left and every
 * replacement on the right, and the findings still to review. Only the sections chosen on the first page are
 * shown and reviewed: the others do not leave. Finish is enabled only when none is left: each is confirmed or
 * dismissed (remembered for the case), and words the engine missed can be marked here too.
 */
public final class ShareReviewPage extends WizardPage {

	private final PracticeStore store;
	private final Supplier<List<Note>> notes;
	private final Supplier<Predicate<Section>> sections;
	private SharePreview preview;
	private StyledText original;
	private StyledText shared;
	private Table pending;
	private Label status;
	private List<PendingFinding> rows = List.of();
	/** Which note each stretch of the left-hand text belongs to, and where its sections start. */
	private final List<Segment> segments = new ArrayList<>();

	private record Segment(Note note, int section, int start, int end) {
	}

	ShareReviewPage(PracticeStore store, Supplier<List<Note>> notes, Supplier<Predicate<Section>> sections) {
		super("review", "Review before sharing", null);
		setDescription("Left: your note. Right: what the recipient will read. Confirm or dismiss every finding.");
		this.store = store;
		this.notes = notes;
		this.sections = sections;
		setPageComplete(false);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(GridLayoutFactory.swtDefaults().create());
		status = new Label(page, SWT.WRAP);
		status.setData(CasenotesUi.WIDGET_ID, "share.status");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);

		SashForm sides = new SashForm(page, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).hint(860, 300).applyTo(sides);
		original = side(sides, "Original (stays on this computer)", "share.original");
		shared = side(sides, "Shared copy", "share.shared");

		Composite actions = new Composite(page, SWT.NONE);
		actions.setLayout(GridLayoutFactory.fillDefaults().numColumns(4).create());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(actions);
		Label toReview = new Label(actions, SWT.NONE);
		toReview.setText("To review:");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(toReview);
		button(actions, "&Confirm", "An identifier: replace it", this::confirmSelected);
		button(actions, "&Dismiss for this case", "Not an identifier: share it as written", this::dismissSelected);
		button(actions, "&Mark selection as identifying...", "Add the words selected on the left to the identity sheet",
				this::markSelection);

		pending = new Table(page, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
		pending.setData(CasenotesUi.WIDGET_ID, "share.pending");
		pending.setHeaderVisible(true);
		for (String[] column : new String[][] { { "Note", "220" }, { "Section", "130" }, { "Type", "150" }, { "Text", "220" } }) {
			TableColumn c = new TableColumn(pending, SWT.LEFT);
			c.setText(column[0]);
			c.setWidth(Integer.parseInt(column[1]));
		}
		pending.addListener(SWT.Selection, e -> revealSelected());
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 110).applyTo(pending);
		setControl(page);
	}

	private static StyledText side(Composite parent, String title, String id) {
		Composite column = new Composite(parent, SWT.NONE);
		column.setLayout(GridLayoutFactory.fillDefaults().create());
		Label label = new Label(column, SWT.NONE);
		label.setText(title);
		StyledText text = new StyledText(column, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER | SWT.READ_ONLY);
		text.setData(CasenotesUi.WIDGET_ID, id);
		text.setMargins(4, 4, 4, 4);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(text);
		return text;
	}

	private static void button(Composite parent, String text, String tip, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setToolTipText(tip);
		button.addListener(SWT.Selection, e -> action.run());
	}

	@Override
	public void setVisible(boolean visible) {
		if (visible) {
			refresh();
		}
		super.setVisible(visible);
	}

	/** Reads the chosen notes again, as they will be shared now. */
	public void refresh() {
		preview = SharePreview.of(notes.get(), ReplacementPolicy.standard(), sections.get());
		StringBuilder left = new StringBuilder();
		StringBuilder right = new StringBuilder();
		List<StyleRange> leftStyles = new ArrayList<>();
		List<StyleRange> rightStyles = new ArrayList<>();
		segments.clear();
		int findings = 0;
		for (NotePreview note : preview.notes()) {
			// how much stays home is said on the left only: the shared copy must not tell
			heading(left, leftStyles, Labels.location(note.note()) + " \u203a " + Labels.title(note.note())
					+ (note.partial() ? " (" + note.sections().size() + " of " + note.noteSections() + " sections shared)" : ""));
			heading(right, rightStyles, note.clientLabel() + " \u203a " + note.sharedTitle() + " (" + note.sharedSessionDate() + ")");
			for (SectionPreview section : note.sections()) {
				heading(left, leftStyles, section.title());
				heading(right, rightStyles, section.title());
				int at = left.length();
				left.append(section.original());
				segments.add(new Segment(note.note(), section.index(), at, left.length()));
				for (Finding f : section.findings()) {
					leftStyles.add(FindingStyles.style(getShell().getDisplay(), new Finding(at + f.start(), at + f.end(), f.type(), f.confidence(),
							f.recognizer())));
					findings++;
				}
				Redaction redaction = section.shared();
				int sharedAt = right.length();
				right.append(redaction.text());
				for (Redaction.Replacement r : redaction.replacements()) {
					StyleRange style = FindingStyles.style(getShell().getDisplay(), new Finding(sharedAt + r.start(), sharedAt + r.end(), r.type(), 1, "shared"));
					style.fontStyle = SWT.BOLD;
					rightStyles.add(style);
				}
				left.append("\n\n");
				right.append("\n\n");
			}
		}
		original.setText(left.toString());
		original.setStyleRanges(leftStyles.stream().sorted((a, b) -> Integer.compare(a.start, b.start)).toArray(StyleRange[]::new));
		shared.setText(right.toString());
		shared.setStyleRanges(rightStyles.stream().sorted((a, b) -> Integer.compare(a.start, b.start)).toArray(StyleRange[]::new));

		rows = preview.unreviewed();
		pending.removeAll();
		for (PendingFinding row : rows) {
			TableItem item = new TableItem(pending, SWT.NONE);
			String where = row.section() == SharePreview.TITLE ? "Title" : row.note().getSections().get(row.section()).getTitle();
			item.setText(new String[] { Labels.title(row.note()), where,
					FindingStyles.describe(row.finding().type()), row.text() });
		}
		status.setText(findings + (findings == 1 ? " identifier" : " identifiers") + " found and replaced; "
				+ (rows.isEmpty() ? "all reviewed. Finish writes the packet." : rows.size() + " still to review."));
		status.getParent().layout();
		setPageComplete(rows.isEmpty() && !preview.notes().isEmpty());
		setErrorMessage(null);
	}

	private static void heading(StringBuilder text, List<StyleRange> styles, String heading) {
		StyleRange style = new StyleRange();
		style.start = text.length();
		style.length = heading.length();
		style.fontStyle = SWT.BOLD;
		styles.add(style);
		text.append(heading).append('\n');
	}

	private void revealSelected() {
		int index = pending.getSelectionIndex();
		if (index < 0) {
			return;
		}
		PendingFinding row = rows.get(index);
		for (Segment segment : segments) {
			if (segment.note() == row.note() && segment.section() == row.section()) {
				original.setSelection(segment.start() + row.finding().start(), segment.start() + row.finding().end());
				return;
			}
		}
	}

	private void confirmSelected() {
		decide(true);
	}

	private void dismissSelected() {
		decide(false);
	}

	private void decide(boolean confirm) {
		FindingDecisions decisions = new FindingDecisions(store);
		try {
			for (int index : pending.getSelectionIndices()) {
				PendingFinding row = rows.get(index);
				if (confirm) {
					decisions.confirm(row.note(), row.text());
				} else {
					decisions.dismiss(row.note(), row.text());
				}
			}
		} catch (StoreException e) {
			MessageDialog.openError(getShell(), "Cannot record the review", e.getMessage());
		}
		refresh();
	}

	private void markSelection() {
		String text = original.getSelectionText().strip();
		int at = original.getSelection().x;
		Note note = segments.stream().filter(s -> at >= s.start() && at < s.end()).map(Segment::note).findFirst().orElse(null);
		if (text.isEmpty() || note == null) {
			MessageDialog.openInformation(getShell(), "Mark as identifying", "Select the words in a section of the original first.");
			return;
		}
		if (!MessageDialog.openQuestion(getShell(), "Mark as identifying",
				"Add \u201C" + text + "\u201D to the client's identity sheet? It will be replaced here and found in every note from now on.")) {
			return;
		}
		try {
			new FindingDecisions(store).markIdentifying(note, text);
		} catch (StoreException e) {
			MessageDialog.openError(getShell(), "Cannot update the identity sheet", e.getMessage());
		}
		refresh();
	}

	/** The preview on screen: what Finish shares. */
	SharePreview preview() {
		return preview;
	}

	/** The findings still to review, as listed. */
	public List<PendingFinding> pendingRows() {
		return rows;
	}

	public Table pendingTable() {
		return pending;
	}

	public StyledText sharedText() {
		return shared;
	}
}
