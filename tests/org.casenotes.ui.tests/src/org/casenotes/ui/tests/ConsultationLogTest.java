/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.tests;

import static org.casenotes.ui.tests.UiRobot.widget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

import org.casenotes.model.BoundaryCategory;
import org.casenotes.core.decisions.FollowUps;
import org.casenotes.core.decisions.PracticeStandards;
import org.casenotes.model.BoundaryDecision;
import org.casenotes.model.Consultation;
import org.casenotes.model.ConsultantRole;
import org.casenotes.model.Note;
import org.casenotes.model.NoteStatus;
import org.casenotes.model.Principle;
import org.casenotes.ui.CasenotesUi;
import org.casenotes.ui.internal.AddendumDialog;
import org.casenotes.ui.internal.decisions.DecisionActions;
import org.casenotes.ui.internal.decisions.NewDecisionWizard;
import org.casenotes.ui.internal.parts.ConsultationLogPart;
import org.casenotes.ui.internal.parts.NoteEditorPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The consultation log in the running application: a boundary decision recorded from a note through the guided
 * wizard, edited and undone in the log, signed, amended; and the log's filters, sorting and overdue flags.
 */
class ConsultationLogTest {

	/** An assertion failing inside a modal dialog must close it, or the run would hang. */
	private Throwable failure;

	@AfterEach
	void closeEverything() {
		ConsultationLogPart log = log();
		widget(logControl(), "consultationLog.search", Text.class).setText("");
		for (String id : List.of("consultationLog.category", "consultationLog.status")) {
			choose(widget(logControl(), id, Combo.class), ConsultationLogPart.ALL);
		}
		Button overdue = widget(logControl(), "consultationLog.overdueOnly", Button.class);
		overdue.setSelection(false);
		overdue.notifyListeners(SWT.Selection, new Event());
		// back to newest first, as the window opens
		while (log.getViewer().getTable().getSortColumn() != log.getViewer().getTable().getColumn(0)
				|| log.getViewer().getTable().getSortDirection() != SWT.DOWN) {
			log.sortBy(0);
		}
		MPartStack editors = (MPartStack) UiRobot.context().get(EModelService.class).find(CasenotesUi.STACK_EDITORS, UiRobot.application());
		for (MPart editor : List.copyOf(editors.getChildren().stream().filter(MPart.class::isInstance).map(MPart.class::cast).toList())) {
			editor.setDirty(false);
			editor.setToBeRendered(false);
			editors.getChildren().remove(editor);
		}
		UiRobot.mainShell().forceActive();
		UiRobot.flush();
	}

	private static ConsultationLogPart log() {
		return (ConsultationLogPart) UiRobot.part(CasenotesUi.PART_CONSULTATION_LOG).getObject();
	}

	private static Control logControl() {
		return (Control) UiRobot.part(CasenotesUi.PART_CONSULTATION_LOG).getWidget();
	}

	private void answer(String title, Consumer<Shell> steps) {
		UiRobot.whenShellOpens(title, shell -> {
			try {
				steps.accept(shell);
			} catch (Throwable t) {
				failure = t;
				shell.close();
			}
		});
	}

	private void noFailureInDialogs() {
		if (failure != null) {
			throw new AssertionError("in a dialog: " + failure.getMessage(), failure);
		}
	}

	private static void type(Control root, String id, String text) {
		Text field = widget(root, id, Text.class);
		assertNotNull(field, id);
		field.setText(text);
		field.notifyListeners(SWT.FocusOut, new Event());
	}

	private static void choose(Combo combo, String item) {
		int index = Arrays.asList(combo.getItems()).indexOf(item);
		assertTrue(index >= 0, item + " among " + Arrays.toString(combo.getItems()));
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
	}

	private static void tick(Control root, String id) {
		Button check = widget(root, id, Button.class);
		assertNotNull(check, id);
		check.setSelection(true);
		check.notifyListeners(SWT.Selection, new Event());
	}

	private static void click(Control root, String id) {
		Button button = widget(root, id, Button.class);
		assertNotNull(button, id);
		button.notifyListeners(SWT.Selection, new Event());
	}

	@Test
	void aDecisionIsRecordedFromANoteThroughTheWizardThenSignedAndAmended() throws Exception {
		UiRobot.mainShell().forceActive();
		MPart editorPart = UiRobot.openNote("C-0042", "Individual therapy", "Intake");
		EPartService parts = UiRobot.context().get(EPartService.class);
		parts.activate(editorPart);
		Note note = ((NoteEditorPart) editorPart.getObject()).getDraft().original();
		LocalDate review = LocalDate.now().plusWeeks(6);

		answer(NewDecisionWizard.TITLE, shell -> {
			assertEquals("C-0042", widget(shell, "decision.client", Combo.class).getText(), "the note's client is preselected");
			assertFalse(widget(shell, "decision.client", Combo.class).getText().contains("Mara"));
			choose(widget(shell, "decision.category", Combo.class), "Social media");
			type(shell, "decision.subcategory", "Follow request");
			choose(widget(shell, "decision.initiatedBy", Combo.class), "Client");
			type(shell, "decision.facts", "The client sent a follow request to my personal Instagram account after the session.");
			type(shell, "decision.interpretation", "A wish for closeness after a session on loneliness.");
			try {
				UiRobot.screenshot(shell, "new-decision");
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
			UiRobot.press(shell, "Next >");
			type(shell, "decision.standards", "ACA H.6.b\n");
			tick(shell, "decision.principle." + Principle.NON_MALEFICENCE.getName());
			tick(shell, "decision.principle." + Principle.FIDELITY.getName());
			type(shell, "decision.risks", "Accepting blurs the frame; declining silently may feel like rejection.");
			UiRobot.press(shell, "Next >");
			type(shell, "decision.option.description", "Accept the request");
			type(shell, "decision.option.consequences", "Exposes my private life; dual relationship online.");
			click(shell, "decision.option.add");
			type(shell, "decision.option.description", "Decline and discuss it in session");
			type(shell, "decision.option.consequences", "Keeps the frame; the client may feel rejected, so it is talked through.");
			click(shell, "decision.option.add");
			Table options = widget(shell, "decision.options", Table.class);
			assertEquals(2, options.getItemCount());
			options.setSelection(1);
			click(shell, "decision.option.chosen");
			UiRobot.press(shell, "Next >");
			choose(widget(shell, "decision.consultation.role", Combo.class), ConsultantRole.SUPERVISOR.getLiteral());
			type(shell, "decision.consultation.disclosed", "The situation without the client's name.");
			type(shell, "decision.consultation.advice", "Decline, restate the social media policy, explore the meaning in session.");
			tick(shell, "decision.consultation.followed");
			click(shell, "decision.consultation.add");
			UiRobot.press(shell, "Next >");
			type(shell, "decision.decision", "Do not accept; discuss the request at the next session.");
			type(shell, "decision.rationale", "Protects the therapeutic frame (ACA H.6.b) while honouring the wish for connection.");
			tick(shell, "decision.documentedBeforeActing");
			UiRobot.press(shell, "Next >");
			tick(shell, "decision.followUp.set");
			DateTime followUp = widget(shell, "decision.followUp", DateTime.class);
			followUp.setDate(review.getYear(), review.getMonthValue() - 1, review.getDayOfMonth());
			followUp.notifyListeners(SWT.Selection, new Event());
			UiRobot.press(shell, "Finish");
		});
		UiRobot.executeCommand(CasenotesUi.COMMAND_NEW_DECISION);
		noFailureInDialogs();

		ConsultationLogPart log = log();
		BoundaryDecision d = log.selected().orElse(null);
		assertNotNull(d, "the new draft is selected in the log");
		assertEquals(NoteStatus.DRAFT, d.getStatus());
		assertEquals(BoundaryCategory.SOCIAL_MEDIA, d.getCategory());
		assertEquals("Follow request", d.getSubcategory());
		assertEquals("C-0042", d.getClient().getCode());
		assertEquals(List.of("ACA H.6.b"), d.getStandardsCited());
		assertEquals(List.of(Principle.NON_MALEFICENCE, Principle.FIDELITY), d.getPrinciples());
		assertEquals(2, d.getOptions().size());
		assertTrue(d.getOptions().get(1).isChosen() && !d.getOptions().get(0).isChosen());
		Consultation consultation = d.getConsultations().get(0);
		assertEquals(ConsultantRole.SUPERVISOR, consultation.getConsultantRole());
		assertTrue(consultation.isAdviceFollowed() && consultation.isDeidentified());
		assertEquals(review, d.getFollowUpDate());
		assertNull(d.getConfidentialityException(), "no exception page for social media");
		assertTrue(d.isSetInitiatedBy(), "choosing the first initiator (Client) is a choice, recorded like any other");
		assertEquals("Client", widget(logControl(), "decision.initiatedBy", Combo.class).getText(), "and shown in the log");
		assertTrue(d.getNotes().contains(note) && note.getDecisions().contains(d), "decision and note are linked both ways");
		Group linked = widget((Control) editorPart.getWidget(), "noteEditor.decisions", Group.class);
		assertNotNull(linked, "the note shows its boundary decisions");
		assertEquals(1, UiRobot.widgets(linked, Label.class, l -> l.getText().startsWith("Social media (Follow request)")).size());
		assertEquals(1, UiRobot.widgets(logControl(), org.eclipse.swt.widgets.Link.class, l -> l.getText().contains("Intake")).size(),
				"the log's detail shows the linked note");
		TableItem row = Arrays.stream(log.getViewer().getTable().getItems()).filter(i -> i.getData() == d).findFirst().orElseThrow();
		assertEquals("Draft", row.getText(3));
		PracticeStandards.Completeness completeness = PracticeStandards.completeness(d, null);
		assertTrue(completeness.complete(), completeness.missing().toString());
		assertEquals(completeness.filled() + "/" + completeness.required(), row.getText(5));

		// an edit in the log is a command: Edit > Undo takes it back
		parts.activate(UiRobot.part(CasenotesUi.PART_CONSULTATION_LOG));
		type(logControl(), "decision.precautions", "No contact on social media; policy restated in writing.");
		assertEquals("No contact on social media; policy restated in writing.", d.getPrecautions());
		UiRobot.executeCommand("org.eclipse.ui.edit.undo");
		assertNull(d.getPrecautions(), "undone");
		UiRobot.executeCommand("org.eclipse.ui.edit.redo");
		assertEquals("No contact on social media; policy restated in writing.", d.getPrecautions());
		UiRobot.screenshot(UiRobot.mainShell(), "consultation-log", "org.casenotes.app.stack.bottom");

		answer(DecisionActions.SIGN_TITLE, shell -> UiRobot.press(shell, "Yes"));
		UiRobot.executeCommand(CasenotesUi.COMMAND_SIGN_DECISION);
		noFailureInDialogs();
		assertEquals(NoteStatus.SIGNED, d.getStatus());
		assertEquals("demo-therapist", d.getSignedBy());
		assertNotNull(d.getSignedAt());
		assertEquals(d, log.selected().orElse(null));
		List<Control> inputs = log.getForm().inputs();
		assertFalse(inputs.isEmpty());
		for (Control input : inputs) {
			assertTrue(input instanceof Text text ? !text.getEditable() : !input.getEnabled(), "read-only once signed: " + input.getData(CasenotesUi.WIDGET_ID));
		}
		assertNull(widget(log.getDetail(), "decision.option.add", Button.class), "no adding options to a signed decision");
		assertTrue(widget(logControl(), "consultationLog.state", Label.class).getText().startsWith("Signed by demo-therapist"));
		assertFalse(widget(logControl(), "consultationLog.sign", Button.class).getEnabled());

		answer(AddendumDialog.TITLE, shell -> {
			widget(shell, "addendum.reason", Text.class).setText("Follow-up in session");
			widget(shell, "addendum.text", Text.class).setText("Discussed in session 3; the client understood the policy.");
			UiRobot.press(shell, "Add addendum");
		});
		UiRobot.executeCommand(CasenotesUi.COMMAND_DECISION_ADDENDUM);
		noFailureInDialogs();
		assertEquals(1, d.getAddenda().size());
		assertEquals("Follow-up in session", d.getAddenda().get(0).getReason());
		Group addenda = widget(log.getDetail(), "consultationLog.addenda", Group.class);
		assertNotNull(addenda);
		assertEquals(1, UiRobot.widgets(addenda, Label.class, l -> l.getText().contains("the client understood")).size());
	}

	@Test
	void theLogFiltersSortsAndFlagsOverdueFollowUps() {
		ConsultationLogPart log = log();
		Table table = log.getViewer().getTable();
		UiRobot.waitUntil("the decisions are listed", () -> table.getItemCount() >= 3);
		TableItem gift = Arrays.stream(table.getItems()).filter(i -> i.getText(1).equals("Gifts")).findFirst().orElseThrow();
		BoundaryDecision giftDecision = (BoundaryDecision) gift.getData();
		TableItem overdueRow = Arrays.stream(table.getItems()).filter(i -> FollowUps.isOverdue((BoundaryDecision) i.getData(), LocalDate.now()))
				.findFirst().orElseThrow(() -> new AssertionError("the demo has a decision whose follow-up is overdue"));
		assertTrue(overdueRow.getText(4).endsWith(ConsultationLogPart.OVERDUE), "marked in words, not colour alone: " + overdueRow.getText(4));
		assertNotNull(overdueRow.getImage(4), "and with a warning icon");
		assertEquals("C-0063", gift.getText(2));
		assertTrue(gift.getText(5).matches("\\d+/\\d+"), gift.getText(5));

		Control root = logControl();
		widget(root, "consultationLog.search", Text.class).setText("scarf");
		assertEquals(List.of("Gifts"), categories(table));
		widget(root, "consultationLog.search", Text.class).setText("c-0057");
		assertEquals(List.of("Dual or multiple relationship"), categories(table), "client codes are searched");
		widget(root, "consultationLog.search", Text.class).setText("");

		choose(widget(root, "consultationLog.category", Combo.class), "Social media");
		assertFalse(categories(table).isEmpty());
		assertTrue(categories(table).stream().allMatch("Social media"::equals), categories(table).toString());
		choose(widget(root, "consultationLog.category", Combo.class), ConsultationLogPart.ALL);

		choose(widget(root, "consultationLog.status", Combo.class), "Signed");
		assertTrue(Arrays.stream(table.getItems()).allMatch(i -> i.getText(3).equals("Signed")));
		choose(widget(root, "consultationLog.status", Combo.class), "Draft");
		assertTrue(Arrays.stream(table.getItems()).anyMatch(i -> i.getData() == giftDecision), "the demo's gift decision is a draft");
		choose(widget(root, "consultationLog.status", Combo.class), ConsultationLogPart.ALL);

		tick(root, "consultationLog.overdueOnly");
		assertTrue(table.getItemCount() >= 1);
		assertTrue(Arrays.stream(table.getItems()).allMatch(i -> i.getText(4).endsWith(ConsultationLogPart.OVERDUE)));
		Button overdue = widget(root, "consultationLog.overdueOnly", Button.class);
		overdue.setSelection(false);
		overdue.notifyListeners(SWT.Selection, new Event());

		// clicking a header sorts by it, clicking again reverses
		table.getColumn(2).notifyListeners(SWT.Selection, new Event());
		List<String> codes = Arrays.stream(table.getItems()).map(i -> i.getText(2)).toList();
		assertEquals(codes.stream().sorted().toList(), codes);
		assertEquals(SWT.UP, table.getSortDirection());
		table.getColumn(2).notifyListeners(SWT.Selection, new Event());
		codes = Arrays.stream(table.getItems()).map(i -> i.getText(2)).toList();
		assertEquals(codes.stream().sorted(java.util.Comparator.reverseOrder()).toList(), codes);

		// choosing a row shows it step by step; the demo decision is a draft, so it is editable
		// rows are reused as the table sorts: find the gift's row again
		TableItem giftRow = Arrays.stream(table.getItems()).filter(i -> i.getData() == giftDecision).findFirst().orElseThrow();
		table.setSelection(giftRow);
		Event select = new Event();
		select.item = giftRow;
		table.notifyListeners(SWT.Selection, select);
		UiRobot.flush();
		assertEquals(giftDecision, log.selected().orElse(null));
		Text facts = widget(log.getDetail(), "decision.facts", Text.class);
		assertTrue(facts.getText().contains("scarf"));
		assertTrue(facts.getEditable());
		assertTrue(widget(root, "consultationLog.state", Label.class).getText().startsWith("Draft."));
	}

	private static List<String> categories(Table table) {
		return Arrays.stream(table.getItems()).map(i -> i.getText(1)).toList();
	}
}
