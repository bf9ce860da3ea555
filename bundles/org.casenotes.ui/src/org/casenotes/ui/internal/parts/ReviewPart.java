/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal.parts;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.casenotes.core.EditingDomains;
import org.casenotes.core.NoteRecords;
import org.casenotes.core.PracticeStore;
import org.casenotes.core.StoreException;
import org.casenotes.core.share.ShareService;
import org.casenotes.model.Assessment;
import org.casenotes.model.CasenotesFactory;
import org.casenotes.model.CasenotesPackage;
import org.casenotes.model.Feedback;
import org.casenotes.model.ReceivedPacket;
import org.casenotes.model.ReviewComment;
import org.casenotes.model.Section;
import org.casenotes.model.SharedNote;
import org.casenotes.ui.CasenotesUi;
import org.casenotes.ui.internal.CommentDialog;
import org.casenotes.ui.internal.Labels;
import org.casenotes.ui.internal.Undoable;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

/**
 * A packet shared with this practitioner, read-only, and the feedback being written on it: comments anchored to
 * passages, an overall assessment and summary, exported as a feedback packet. Every change to the feedback is a
 * command on the part's own stack (Edit > Undo), saved at once.
 */
public class ReviewPart implements Undoable {

	/** Persisted state key: the packet id of the received packet shown. */
	public static final String PACKET_ID = "org.casenotes.packetId";

	@Inject
	private MPart part;
	@Inject
	private PracticeStore store;
	@Inject
	@org.eclipse.e4.core.di.annotations.Optional
	private IEventBroker events;

	private ReceivedPacket received;
	private Composite body;
	private final Map<StyledText, SectionRef> sectionTexts = new LinkedHashMap<>();
	private StyledText lastFocused;
	private Table comments;
	private Combo assessment;
	private Text summary;
	private Label exported;
	private final BasicCommandStack commands = new BasicCommandStack();
	private AdapterFactoryEditingDomain domain;
	private boolean updating;

	private record SectionRef(SharedNote note, int section) {
	}

	@PostConstruct
	public void createControls(Composite parent) {
		parent.setLayout(GridLayoutFactory.fillDefaults().create());
		ScrolledComposite scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
		body = new Composite(scroller, SWT.NONE);
		body.setLayout(GridLayoutFactory.swtDefaults().margins(16, 12).spacing(6, 6).create());
		scroller.setContent(body);
		scroller.addListener(SWT.Resize, e -> scroller.setMinSize(body.computeSize(scroller.getClientArea().width, SWT.DEFAULT)));
		try {
			received = find(store, part.getPersistedState().get(PACKET_ID));
		} catch (StoreException e) {
			label(body, e.getMessage(), SWT.WRAP);
			return;
		}
		if (received == null) {
			label(body, "This packet is no longer in Shared with me.", SWT.WRAP);
			return;
		}
		domain = EditingDomains.of(commands, received);
		if (received.getFeedback() == null) {
			received.setFeedback(CasenotesFactory.eINSTANCE.createFeedback());
			received.getFeedback().setPacketId(received.getPacket().getPacketId());
		}
		createHeader();
		for (SharedNote note : received.getPacket().getNotes()) {
			createNote(note);
		}
		createFeedbackControls();
		showFeedback();
		scroller.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
	}

	public static ReceivedPacket find(PracticeStore store, String packetId) throws StoreException {
		for (ReceivedPacket r : store.practice().getReceived()) {
			if (r.getPacket() != null && r.getPacket().getPacketId().equals(packetId)) {
				return r;
			}
		}
		return null;
	}

	private void createHeader() {
		var packet = received.getPacket();
		Label title = label(body, "Shared by " + packet.getSender() + " for " + packet.getRecipient(), SWT.NONE);
		title.setFont(JFaceResources.getHeaderFont());
		label(body, (packet.getRecipientKind() == null ? "" : packet.getRecipientKind().getLiteral() + ". ") + "Sent "
				+ Labels.instant(packet.getCreatedAt()) + ", imported " + Labels.instant(received.getImportedAt())
				+ ". De-identified by the sender; read-only.", SWT.WRAP);
		if (packet.getPurpose() != null && !packet.getPurpose().isBlank()) {
			label(body, "Purpose: " + packet.getPurpose(), SWT.WRAP);
		}
	}

	private void createNote(SharedNote note) {
		Label heading = label(body, note.getClientLabel() + " \u203a " + note.getTitle() + " (" + note.getSessionDate() + ")", SWT.NONE);
		heading.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().indent(0, 12).applyTo(heading);
		for (int i = 0; i < note.getSections().size(); i++) {
			Section section = note.getSections().get(i);
			label(body, section.getTitle(), SWT.NONE).setFont(JFaceResources.getBannerFont());
			StyledText text = new StyledText(body, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.BORDER);
			text.setData(CasenotesUi.WIDGET_ID, "review.section." + note.getSharedId() + "." + i);
			text.setText(section.getText() == null ? "" : section.getText());
			text.setMargins(4, 4, 4, 4);
			text.addListener(SWT.FocusIn, e -> lastFocused = text);
			GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(text);
			sectionTexts.put(text, new SectionRef(note, i));
		}
	}

	private void createFeedbackControls() {
		Label heading = label(body, "Your feedback", SWT.NONE);
		heading.setFont(JFaceResources.getHeaderFont());
		GridDataFactory.fillDefaults().indent(0, 16).applyTo(heading);

		Composite row = new Composite(body, SWT.NONE);
		row.setLayout(GridLayoutFactory.fillDefaults().numColumns(3).create());
		Button add = new Button(row, SWT.PUSH);
		add.setText("&Comment on Selection...");
		add.setData(CasenotesUi.WIDGET_ID, "review.addComment");
		add.addListener(SWT.Selection, e -> addComment());
		Button remove = new Button(row, SWT.PUSH);
		remove.setText("&Remove Comment");
		remove.addListener(SWT.Selection, e -> removeComment());
		exported = new Label(row, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(exported);

		comments = new Table(body, SWT.FULL_SELECTION | SWT.BORDER);
		comments.setData(CasenotesUi.WIDGET_ID, "review.comments");
		comments.setHeaderVisible(true);
		for (String[] column : new String[][] { { "Note", "180" }, { "Passage", "240" }, { "Comment", "360" } }) {
			TableColumn c = new TableColumn(comments, SWT.LEFT);
			c.setText(column[0]);
			c.setWidth(Integer.parseInt(column[1]));
		}
		GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 100).applyTo(comments);

		Composite overall = new Composite(body, SWT.NONE);
		overall.setLayout(GridLayoutFactory.fillDefaults().numColumns(2).create());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(overall);
		new Label(overall, SWT.NONE).setText("Assessment:");
		assessment = new Combo(overall, SWT.READ_ONLY);
		assessment.setData(CasenotesUi.WIDGET_ID, "review.assessment");
		for (Assessment a : Assessment.VALUES) {
			assessment.add(a.getLiteral());
		}
		assessment.addListener(SWT.Selection, e -> {
			if (!updating) {
				execute(SetCommand.create(domain, received.getFeedback(), CasenotesPackage.Literals.FEEDBACK__ASSESSMENT,
						Assessment.VALUES.get(assessment.getSelectionIndex())));
			}
		});
		Label summaryLabel = new Label(overall, SWT.NONE);
		summaryLabel.setText("Summary:");
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(summaryLabel);
		summary = new Text(overall, SWT.BORDER | SWT.MULTI | SWT.WRAP);
		summary.setData(CasenotesUi.WIDGET_ID, "review.summary");
		GridDataFactory.fillDefaults().grab(true, false).hint(200, 60).applyTo(summary);
		summary.addListener(SWT.FocusOut, e -> commitSummary());

		Button export = new Button(body, SWT.PUSH);
		export.setText("&Export Feedback...");
		export.setData(CasenotesUi.WIDGET_ID, "review.export");
		export.addListener(SWT.Selection, e -> exportFeedback(null));
	}

	private void commitSummary() {
		if (!updating && !summary.getText().strip().equals(nullToEmpty(received.getFeedback().getSummary()))) {
			execute(SetCommand.create(domain, received.getFeedback(), CasenotesPackage.Literals.FEEDBACK__SUMMARY, summary.getText().strip()));
		}
	}

	/** Adds a comment on the passage selected in a section; the passage is where the comment will be anchored. */
	public void addComment() {
		StyledText text = lastFocused != null && lastFocused.getSelectionCount() > 0 ? lastFocused
				: sectionTexts.keySet().stream().filter(t -> t.getSelectionCount() > 0).findFirst().orElse(null);
		if (text == null) {
			MessageDialog.openInformation(body.getShell(), CommentDialog.TITLE, "Select the passage you want to comment on first.");
			return;
		}
		SectionRef ref = sectionTexts.get(text);
		int start = text.getSelection().x;
		int end = text.getSelection().y;
		CommentDialog dialog = new CommentDialog(body.getShell(), text.getSelectionText());
		if (dialog.open() != Window.OK) {
			return;
		}
		ReviewComment comment = CasenotesFactory.eINSTANCE.createReviewComment();
		comment.setSharedId(ref.note().getSharedId());
		comment.setSection(ref.section());
		comment.setStart(start);
		comment.setEnd(end);
		comment.setQuote(text.getText().substring(start, end));
		comment.setText(dialog.comment());
		comment.setAuthor(reviewer());
		comment.setCreatedAt(Instant.now());
		execute(AddCommand.create(domain, received.getFeedback(), CasenotesPackage.Literals.FEEDBACK__COMMENTS, comment));
	}

	private void removeComment() {
		int index = comments.getSelectionIndex();
		if (index >= 0) {
			execute(RemoveCommand.create(domain, received.getFeedback(), CasenotesPackage.Literals.FEEDBACK__COMMENTS,
					received.getFeedback().getComments().get(index)));
		}
	}

	/** Writes the feedback packet to {@code file}, or asks where when null. */
	public Path exportFeedback(Path file) {
		commitSummary();
		Path out = file;
		if (out == null) {
			FileDialog dialog = new FileDialog(body.getShell(), SWT.SAVE);
			dialog.setFilterExtensions(new String[] { "*.cnfeedback" });
			dialog.setOverwrite(true);
			String chosen = dialog.open();
			if (chosen == null) {
				return null;
			}
			out = Path.of(chosen.endsWith(".cnfeedback") ? chosen : chosen + ".cnfeedback");
		}
		try {
			Path written = new ShareService(store).exportFeedback(received, out);
			if (events != null) {
				events.post(CasenotesUi.TOPIC_AUDIT, Boolean.TRUE);
			}
			showFeedback();
			return written;
		} catch (StoreException e) {
			MessageDialog.openError(body.getShell(), "Cannot export the feedback", e.getMessage());
			return null;
		}
	}

	private String reviewer() {
		try {
			return new NoteRecords(store).signer();
		} catch (StoreException e) {
			return System.getProperty("user.name", "reviewer");
		}
	}

	private void execute(Command command) {
		if (!command.canExecute()) {
			return;
		}
		commands.execute(command);
		saved();
	}

	/** Feedback is small and precious: every change is written at once, and the screen follows the model. */
	private void saved() {
		try {
			store.save();
		} catch (StoreException e) {
			MessageDialog.openError(body.getShell(), "Cannot save the feedback", e.getMessage() + "\n\nYour change is kept on screen.");
		}
		showFeedback();
	}

	private void showFeedback() {
		Feedback feedback = received.getFeedback();
		updating = true;
		try {
			comments.removeAll();
			for (ReviewComment comment : feedback.getComments()) {
				TableItem item = new TableItem(comments, SWT.NONE);
				String note = received.getPacket().getNotes().stream().filter(n -> n.getSharedId().equals(comment.getSharedId()))
						.map(SharedNote::getTitle).findFirst().orElse("");
				item.setText(new String[] { note, Labels.firstLine(comment.getQuote(), 60), Labels.firstLine(comment.getText(), 90) });
			}
			assessment.select(Assessment.VALUES.indexOf(feedback.getAssessment() == null ? Assessment.REVIEWED : feedback.getAssessment()));
			if (!summary.isFocusControl()) {
				summary.setText(nullToEmpty(feedback.getSummary()));
			}
			exported.setText(received.getExportedAt() == null ? "Not exported yet" : "Last exported " + Labels.instant(received.getExportedAt()));
			for (Map.Entry<StyledText, SectionRef> entry : sectionTexts.entrySet()) {
				List<StyleRange> marks = new ArrayList<>();
				for (ReviewComment comment : feedback.getComments()) {
					if (comment.getSharedId().equals(entry.getValue().note().getSharedId()) && comment.getSection() == entry.getValue().section()
							&& comment.getEnd() <= entry.getKey().getCharCount() && comment.getStart() < comment.getEnd()) {
						StyleRange mark = new StyleRange();
						mark.start = comment.getStart();
						mark.length = comment.getEnd() - comment.getStart();
						mark.underline = true;
						mark.underlineStyle = SWT.UNDERLINE_DOUBLE;
						mark.fontStyle = SWT.ITALIC;
						marks.add(mark);
					}
				}
				marks.sort((a, b) -> Integer.compare(a.start, b.start));
				entry.getKey().setStyleRanges(marks.stream().filter(new java.util.function.Predicate<StyleRange>() {
					int end = -1;

					@Override
					public boolean test(StyleRange r) {
						boolean keep = r.start >= end;
						end = Math.max(end, r.start + r.length);
						return keep;
					}
				}).toArray(StyleRange[]::new));
			}
			body.layout(true, true);
		} finally {
			updating = false;
		}
	}

	@Override
	public boolean canUndo() {
		return commands.canUndo();
	}

	@Override
	public boolean canRedo() {
		return commands.canRedo();
	}

	@Override
	public void undo() {
		commands.undo();
		saved();
	}

	@Override
	public void redo() {
		commands.redo();
		saved();
	}

	@Focus
	public void setFocus() {
		body.setFocus();
	}

	public ReceivedPacket getReceived() {
		return received;
	}

	public List<StyledText> getSectionTexts() {
		return List.copyOf(sectionTexts.keySet());
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

	private static Label label(Composite parent, String text, int style) {
		Label label = new Label(parent, style);
		label.setText(text == null ? "" : text);
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(label);
		return label;
	}
}
