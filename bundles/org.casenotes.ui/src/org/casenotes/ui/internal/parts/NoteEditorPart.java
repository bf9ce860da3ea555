/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal.parts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

import org.casenotes.core.FindingDecisions;
import org.casenotes.core.IdentityContexts;
import org.casenotes.core.NoteDraft;
import org.casenotes.core.NoteScan;
import org.casenotes.core.PracticeStore;
import org.casenotes.core.RecoveryCopies;
import org.casenotes.core.StoreException;
import org.casenotes.deid.DetectionContext;
import org.casenotes.deid.Finding;
import org.casenotes.deid.PseudonymMap;
import org.casenotes.deid.Redaction;
import org.casenotes.deid.Redactor;
import org.casenotes.deid.ReplacementPolicy;
import org.casenotes.model.Addendum;
import org.casenotes.model.BoundaryDecision;
import org.casenotes.model.CasenotesPackage;
import org.casenotes.model.Feedback;
import org.casenotes.model.Note;
import org.casenotes.model.ReviewComment;
import org.casenotes.model.Section;
import org.casenotes.ui.CasenotesUi;
import org.casenotes.ui.internal.FindingStyles;
import org.casenotes.ui.internal.Labels;
import org.casenotes.ui.internal.NoteEditors;
import org.casenotes.ui.internal.Undoable;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;

/**
 * One open note. The therapist writes in its sections; every edit goes through the draft's command stack
 * (undo, redo, dirty marker, save), and the identifiers in the text are marked as they are typed.
 * <p>
 * Typing is gathered into one undoable edit per pause, as text editors do, rather than one per keystroke.
 */
public class NoteEditorPart implements Undoable {

	/** A pause this long ends an undoable edit. */
	static final int EDIT_PAUSE_MS = 600;
	/** The title of the question asked when a crash left unsaved changes. */
	public static final String RESTORE_TITLE = "Restore unsaved changes";
	/** A pause this long re-reads the text for identifiers. */
	static final int SCAN_PAUSE_MS = 150;
	/** How often an unsaved draft is copied to disk: a crash loses at most this much work. */
	static final int RECOVERY_INTERVAL_MS = 5000;

	@Inject
	private MPart part;
	@Inject
	private PracticeStore store;
	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	private IEventBroker events;

	private ScrolledComposite scroller;
	private DateTime sessionDate;
	private Composite body;
	private Group decisions;
	private final Map<Section, StyledText> sectionTexts = new LinkedHashMap<>();
	private final Map<StyledText, List<Finding>> findings = new LinkedHashMap<>();
	private NoteDraft draft;
	private DetectionContext context = DetectionContext.EMPTY;
	/** Placeholders as they would be planned for this note, for the hover; kept only in memory. */
	private final PseudonymMap plannedPseudonyms = PseudonymMap.create();
	private boolean updatingWidgets;
	private boolean editPending;
	private final Runnable commitEdits = this::commitEdits;
	private final Runnable scan = this::scan;
	private final Runnable recover = this::writeRecoveryCopy;
	private RecoveryCopies recovery;
	private String noteId;
	private final CommandStackListener onCommand = event -> Display.getDefault().asyncExec(this::modelChanged);

	@PostConstruct
	public void createControls(Composite parent) {
		parent.setLayout(GridLayoutFactory.fillDefaults().create());
		scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
		body = new Composite(scroller, SWT.NONE);
		body.setLayout(GridLayoutFactory.swtDefaults().margins(16, 12).spacing(6, 6).create());
		scroller.setContent(body);
		scroller.addListener(SWT.Resize, e -> relayout());

		Note note;
		try {
			note = NoteEditors.resolve(store.practice(), part.getPersistedState().get(CasenotesUi.NOTE_ID));
		} catch (StoreException e) {
			label(body, e.getMessage(), SWT.WRAP);
			return;
		}
		if (note == null) {
			label(body, "This note is no longer in the practice.", SWT.WRAP);
			return;
		}
		context = IdentityContexts.of(note);
		noteId = NoteEditors.idOf(note);
		recovery = new RecoveryCopies(store.location());
		show(note);
		body.getDisplay().asyncExec(this::offerRecovery);
		body.getDisplay().timerExec(RECOVERY_INTERVAL_MS, recover);
	}

	/** A copy left by a crash, newer than the saved note: offered back, never applied silently. */
	private void offerRecovery() {
		if (body.isDisposed() || draft.isSigned()) {
			return;
		}
		recovery.read(noteId).ifPresent(copy -> {
			if (!draft.differsFrom(copy.note())) {
				recovery.delete(noteId);
				return;
			}
			String when = Labels.instant(copy.writtenAt());
			if (MessageDialog.openQuestion(body.getShell(), RESTORE_TITLE, "This note has changes from " + when
					+ " that were never saved (Casenotes did not close normally). Restore them? You can undo the restore.")) {
				draft.restoreFrom(copy.note());
				modelChanged();
			} else {
				recovery.delete(noteId);
			}
		});
	}

	/** Copies the unsaved draft to disk; runs every few seconds while the editor is open. */
	public void writeRecoveryCopy() {
		if (body == null || body.isDisposed() || draft == null) {
			return;
		}
		if (part.isDirty()) {
			commitEdits();
			try {
				recovery.write(noteId, draft.note());
			} catch (StoreException e) {
				// the next attempt may succeed; the editor still holds every word
			}
		}
		body.getDisplay().timerExec(RECOVERY_INTERVAL_MS, recover);
	}

	/** Builds the editor for {@code note}, on a fresh draft. */
	private void show(Note note) {
		if (draft != null) {
			draft.removeListener(onCommand);
		}
		draft = NoteDraft.open(store, note);
		draft.addListener(onCommand);
		part.setLabel(Labels.title(note));
		part.setTooltip(Labels.location(note));
		createHeader();
		for (Section section : draft.note().getSections()) {
			createSection(section);
		}
		if (!note.getAddenda().isEmpty()) {
			createAddenda();
		}
		if (!note.getFeedback().isEmpty()) {
			createFeedback();
		}
		createDecisions();
		relayout();
		scan();
	}

	/**
	 * Shows the note again as the practice has it: after it was signed or amended, which happens outside the
	 * draft. Unsaved edits are committed and saved first by the callers.
	 */
	public void reload() {
		for (Control child : body.getChildren()) {
			child.dispose();
		}
		sectionTexts.clear();
		findings.clear();
		show(draft.original());
		part.setDirty(false);
	}

	private void createHeader() {
		Note note = draft.original();
		Label location = label(body, Labels.location(note), SWT.NONE);
		location.setData(CasenotesUi.WIDGET_ID, "noteEditor.location");
		Label title = label(body, Labels.title(note), SWT.NONE);
		title.setFont(JFaceResources.getHeaderFont());
		title.setData(CasenotesUi.WIDGET_ID, "noteEditor.title");
		Label summary = label(body, Labels.summary(note), SWT.WRAP);
		summary.setData(CasenotesUi.WIDGET_ID, "noteEditor.summary");
		GridDataFactory.fillDefaults().grab(true, false).indent(0, 0).applyTo(summary);

		Composite row = new Composite(body, SWT.NONE);
		row.setLayout(GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 0).create());
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(label(row, "Session date:", SWT.NONE));
		sessionDate = new DateTime(row, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		sessionDate.setData(CasenotesUi.WIDGET_ID, "noteEditor.sessionDate");
		sessionDate.setEnabled(!draft.isSigned());
		showSessionDate();
		sessionDate.addListener(SWT.Selection, e -> sessionDateChosen());
	}

	private void showSessionDate() {
		LocalDate date = draft.note().getSessionDate();
		if (date != null) {
			sessionDate.setDate(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
		}
	}

	/** A new session date is one undoable edit, after the words typed before it. */
	private void sessionDateChosen() {
		if (updatingWidgets) {
			return;
		}
		commitEdits();
		LocalDate chosen = LocalDate.of(sessionDate.getYear(), sessionDate.getMonth() + 1, sessionDate.getDay());
		draft.set(draft.note(), CasenotesPackage.Literals.NOTE__SESSION_DATE, chosen);
		part.setDirty(draft.isDirty());
	}

	private void createSection(Section section) {
		Label heading = label(body, section.getTitle(), SWT.NONE);
		heading.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().indent(0, 10).applyTo(heading);
		int style = SWT.MULTI | SWT.WRAP | SWT.BORDER | (draft.isSigned() ? SWT.READ_ONLY : 0);
		StyledText text = new StyledText(body, style);
		text.setData(CasenotesUi.WIDGET_ID, "noteEditor.section." + section.getTitle());
		text.setText(section.getText() == null ? "" : section.getText());
		text.setMargins(4, 4, 4, 4);
		text.addModifyListener(e -> typed());
		text.addListener(SWT.FocusOut, e -> commitEdits());
		text.addListener(SWT.MouseHover, e -> hover(text, e.x, e.y));
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(text);
		sectionTexts.put(section, text);
	}

	private void createAddenda() {
		Group group = new Group(body, SWT.NONE);
		group.setText("Addenda");
		group.setLayout(GridLayoutFactory.swtDefaults().create());
		GridDataFactory.fillDefaults().grab(true, false).indent(0, 12).applyTo(group);
		for (Addendum addendum : draft.original().getAddenda()) {
			Label meta = label(group, Labels.instant(addendum.getCreatedAt()) + ", " + addendum.getAuthor() + ": " + addendum.getReason(),
					SWT.WRAP);
			meta.setFont(JFaceResources.getBannerFont());
			StyledText text = new StyledText(group, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY);
			text.setText(addendum.getText());
			GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(text);
		}
	}

	/** The boundary decisions recorded about this note, as the consultation log lists them. */
	private void createDecisions() {
		decisions = null;
		if (draft.original().getDecisions().isEmpty()) {
			return;
		}
		decisions = new Group(body, SWT.NONE);
		decisions.setText("Boundary decisions");
		decisions.setData(CasenotesUi.WIDGET_ID, "noteEditor.decisions");
		decisions.setLayout(GridLayoutFactory.swtDefaults().create());
		GridDataFactory.fillDefaults().grab(true, false).indent(0, 12).applyTo(decisions);
		for (BoundaryDecision decision : draft.original().getDecisions()) {
			label(decisions, decision.getCategory().getLiteral()
					+ (decision.getSubcategory() == null || decision.getSubcategory().isBlank() ? "" : " (" + decision.getSubcategory() + ")") + ", "
					+ Labels.date(decision.getDate()) + ", " + decision.getStatus().getLiteral().toLowerCase(java.util.Locale.ROOT)
					+ ": " + Labels.firstLine(decision.getDecision(), 120), SWT.WRAP);
		}
	}

	/** Shows the linked decisions again, after one was recorded from this note; the text being edited stays. */
	public void showDecisions() {
		if (body == null || body.isDisposed() || draft == null) {
			return;
		}
		if (decisions != null && !decisions.isDisposed()) {
			decisions.dispose();
		}
		createDecisions();
		relayout();
	}

	/** Feedback from supervisors and peers, newest first, each comment under the passage it is about. */
	private void createFeedback() {
		Group group = new Group(body, SWT.NONE);
		group.setText("Feedback");
		group.setData(CasenotesUi.WIDGET_ID, "noteEditor.feedback");
		group.setLayout(GridLayoutFactory.swtDefaults().create());
		GridDataFactory.fillDefaults().grab(true, false).indent(0, 12).applyTo(group);
		List<Feedback> all = new ArrayList<>(draft.original().getFeedback());
		java.util.Collections.reverse(all);
		for (Feedback feedback : all) {
			Label meta = label(group, Labels.feedbackHeading(feedback), SWT.WRAP);
			meta.setFont(JFaceResources.getBannerFont());
			if (feedback.getSummary() != null && !feedback.getSummary().isBlank()) {
				label(group, feedback.getSummary(), SWT.WRAP);
			}
			for (ReviewComment comment : feedback.getComments()) {
				String section = comment.getSection() >= 0 && comment.getSection() < draft.original().getSections().size()
						? draft.original().getSections().get(comment.getSection()).getTitle() + ": "
						: "";
				Label quote = label(group, section + "\u201C" + comment.getQuote() + "\u201D", SWT.WRAP);
				quote.setFont(JFaceResources.getFontRegistry().getItalic(JFaceResources.DEFAULT_FONT));
				GridDataFactory.fillDefaults().grab(true, false).indent(12, 4).hint(200, SWT.DEFAULT).applyTo(quote);
				Label text = label(group, comment.getText(), SWT.WRAP);
				GridDataFactory.fillDefaults().grab(true, false).indent(12, 0).hint(200, SWT.DEFAULT).applyTo(text);
			}
		}
	}

	// ---- editing

	private void typed() {
		if (updatingWidgets) {
			return;
		}
		editPending = true;
		part.setDirty(true);
		Display display = body.getDisplay();
		display.timerExec(EDIT_PAUSE_MS, commitEdits);
		display.timerExec(SCAN_PAUSE_MS, scan);
		relayout();
	}

	/** Turns what was typed since the last pause into one undoable edit per changed section. */
	void commitEdits() {
		if (draft == null || body.isDisposed()) {
			return;
		}
		body.getDisplay().timerExec(-1, commitEdits);
		editPending = false;
		for (Map.Entry<Section, StyledText> entry : sectionTexts.entrySet()) {
			String typed = entry.getValue().getText();
			String model = entry.getKey().getText() == null ? "" : entry.getKey().getText();
			if (!typed.equals(model)) {
				draft.setSectionText(entry.getKey(), typed);
			}
		}
		part.setDirty(draft.isDirty());
	}

	/** After an undo, a redo or a save: the widgets show the draft again, the dirty marker follows. */
	private void modelChanged() {
		if (body == null || body.isDisposed()) {
			return;
		}
		updatingWidgets = true;
		try {
			for (Map.Entry<Section, StyledText> entry : sectionTexts.entrySet()) {
				String model = entry.getKey().getText() == null ? "" : entry.getKey().getText();
				StyledText text = entry.getValue();
				if (!text.getText().equals(model)) {
					int caret = Math.min(text.getCaretOffset(), model.length());
					text.setText(model);
					text.setCaretOffset(caret);
				}
			}
			showSessionDate();
		} finally {
			updatingWidgets = false;
		}
		part.setDirty(draft.isDirty() || editPending);
		scan();
		relayout();
	}

	@Override
	public boolean canUndo() {
		return draft != null && (editPending || draft.canUndo());
	}

	@Override
	public boolean canRedo() {
		return draft != null && !editPending && draft.canRedo();
	}

	@Override
	public void undo() {
		commitEdits();
		if (draft.canUndo()) {
			draft.undo();
			modelChanged();
		}
	}

	@Override
	public void redo() {
		commitEdits();
		if (draft.canRedo()) {
			draft.redo();
			modelChanged();
		}
	}

	@Persist
	public void save() {
		if (draft == null || draft.isSigned()) {
			return;
		}
		commitEdits();
		try {
			draft.save();
			part.setDirty(false);
			recovery.delete(noteId);
		} catch (StoreException e) {
			// the words stay in the editor and the note stays dirty: nothing is lost, the user can retry
			MessageDialog.openError(body.getShell(), "Cannot save the note", e.getMessage() + "\n\nYour text is still in the editor.");
		}
	}

	// ---- identifiers

	/** Re-reads every section for identifiers and marks them. */
	void scan() {
		if (draft == null || body.isDisposed()) {
			return;
		}
		body.getDisplay().timerExec(-1, scan);
		List<StyledText> texts = List.copyOf(sectionTexts.values());
		NoteScan result = NoteScan.of(draft.original(), texts.stream().map(StyledText::getText).toList());
		context = result.context();
		Display display = body.getDisplay();
		for (int i = 0; i < texts.size(); i++) {
			StyledText text = texts.get(i);
			List<Finding> found = result.section(i);
			findings.put(text, found);
			StyleRange[] styles = new StyleRange[found.size()];
			for (int k = 0; k < styles.length; k++) {
				styles[k] = FindingStyles.style(display, found.get(k));
			}
			text.setStyleRanges(styles);
		}
		if (events != null) {
			events.post(CasenotesUi.TOPIC_FINDINGS, this);
		}
	}

	/** One finding as the Findings view lists it. */
	public record FindingRow(String section, Finding finding, String text, String sharedAs, boolean confirmed) {
	}

	/** Whether the editor is still open: a view may hear of it after it was closed. */
	public boolean isOpen() {
		return scroller != null && !scroller.isDisposed();
	}

	/** The findings of every section, with the text found and what it would be shared as; none once closed. */
	public List<FindingRow> findingRows() {
		List<FindingRow> rows = new ArrayList<>();
		if (!isOpen()) {
			return rows;
		}
		for (Map.Entry<Section, StyledText> entry : sectionTexts.entrySet()) {
			String text = entry.getValue().getText();
			List<Finding> found = findings.getOrDefault(entry.getValue(), List.of());
			// one redaction of the section, not one per finding: linear in the text, and full names are known first
			Redaction planned = Redactor.apply(text, found, ReplacementPolicy.standard(), plannedPseudonyms, context);
			for (int i = 0; i < found.size(); i++) {
				Finding f = found.get(i);
				Redaction.Replacement r = planned.replacements().get(i);
				rows.add(new FindingRow(entry.getKey().getTitle(), f, f.text(text), planned.text().substring(r.start(), r.end()),
						FindingDecisions.isConfirmed(draft.original(), f.text(text))));
			}
		}
		return rows;
	}

	private String planned(String text, Finding f) {
		Redaction planned = Redactor.apply(text, List.of(f), ReplacementPolicy.standard(), plannedPseudonyms, context);
		Redaction.Replacement r = planned.replacements().get(0);
		return planned.text().substring(r.start(), r.end());
	}

	/** Dismisses a false positive for the whole case and re-reads the note. */
	public void dismiss(String text) throws StoreException {
		new FindingDecisions(store).dismiss(draft.original(), text);
		scan();
	}

	/** Confirms a finding as identifying for the whole case. */
	public void confirm(String text) throws StoreException {
		new FindingDecisions(store).confirm(draft.original(), text);
		scan();
	}

	/** Adds a text the engine missed to the client's identity sheet and re-reads the note. */
	public void markIdentifying(String text) throws StoreException {
		new FindingDecisions(store).markIdentifying(draft.original(), text);
		scan();
	}

	/** The text selected in the section that last had the focus, or "". */
	public String selectedText() {
		for (StyledText text : sectionTexts.values()) {
			if (text.getSelectionCount() > 0) {
				return text.getSelectionText();
			}
		}
		return "";
	}

	private void hover(StyledText text, int x, int y) {
		int offset = text.getOffsetAtPoint(new Point(x, y));
		String tip = null;
		if (offset >= 0) {
			for (Finding f : findings.getOrDefault(text, List.of())) {
				if (offset >= f.start() && offset < f.end()) {
					tip = FindingStyles.describe(f.type()) + " \u2014 shared as " + planned(text.getText(), f);
					break;
				}
			}
		}
		text.setToolTipText(tip);
	}

	/** The findings of each section, in order (for the Findings view and the tests). */
	public List<List<Finding>> getFindings() {
		List<List<Finding>> all = new ArrayList<>();
		for (StyledText text : sectionTexts.values()) {
			all.add(findings.getOrDefault(text, List.of()));
		}
		return all;
	}

	// ---- layout and life cycle

	private static Label label(Composite parent, String text, int style) {
		Label label = new Label(parent, style);
		label.setText(text == null ? "" : text);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
		return label;
	}

	/** Wrapped text needs the width to know its height: recompute the scrolled size on every resize. */
	private void relayout() {
		int width = scroller.getClientArea().width;
		if (width <= 0) {
			return;
		}
		Point size = body.computeSize(width, SWT.DEFAULT);
		scroller.setMinSize(width, size.y);
		body.layout(true, true);
	}

	@Focus
	public void setFocus() {
		Control target = sectionTexts.isEmpty() ? scroller : sectionTexts.values().iterator().next();
		target.setFocus();
	}

	@PreDestroy
	public void dispose() {
		if (draft != null) {
			draft.removeListener(onCommand);
			// closed normally: the user saved or chose to discard, so the copy has served its purpose
			recovery.delete(noteId);
		}
	}

	/** The note shown: the draft being edited. */
	public Note getNote() {
		return draft == null ? null : draft.note();
	}

	public NoteDraft getDraft() {
		return draft;
	}

	/** The text widgets of the sections, in order, for tests of the running application. */
	public List<StyledText> getSectionTexts() {
		return new ArrayList<>(sectionTexts.values());
	}
}
