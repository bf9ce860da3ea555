/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.tests;

import static org.casenotes.ui.tests.LogRobot.button;
import static org.casenotes.ui.tests.LogRobot.choose;
import static org.casenotes.ui.tests.LogRobot.chooseRow;
import static org.casenotes.ui.tests.LogRobot.click;
import static org.casenotes.ui.tests.LogRobot.log;
import static org.casenotes.ui.tests.LogRobot.text;
import static org.casenotes.ui.tests.UiRobot.widget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.casenotes.core.StoreException;
import org.casenotes.core.decisions.DecisionRecords;
import org.casenotes.core.internal.XmiPracticeStore;
import org.casenotes.model.BoundaryCategory;
import org.casenotes.model.BoundaryDecision;
import org.casenotes.model.CasenotesFactory;
import org.casenotes.model.ConsultantRole;
import org.casenotes.model.Consultation;
import org.casenotes.model.ConsultationMode;
import org.casenotes.model.DecisionOption;
import org.casenotes.model.NoteStatus;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An option or a consultation of a draft decision corrected in place in the consultation log: the row chosen in
 * its table fills the fields below it, Update changes what was changed there as one command (one Undo takes it
 * all back), and a signed decision shows its rows in full but offers nothing to change them.
 */
class DecisionInPlaceEditTest {

	private static final String UNDO = "org.eclipse.ui.edit.undo";
	private static final String REDO = "org.eclipse.ui.edit.redo";
	private static final String CONSEQUENCES = "The client may read acceptance as a friendship outside therapy; the tickets are worth more "
			+ "than a token gift, and the concert is one the therapist would be seen at.";

	private BoundaryDecision draft;

	/** A draft of the therapist's own with typos to fix, so the demo's decisions stay as other tests expect them. */
	@BeforeEach
	void recordADraftWithTypos() throws StoreException {
		draft = new DecisionRecords(LogRobot.store()).createDraft(LogRobot.client("C-0057"), BoundaryCategory.GIFT, LocalDate.of(2025, 5, 6));
		draft.setSubcategory("Concert tickets");
		draft.getOptions().add(option("Acept the tickets", CONSEQUENCES));
		draft.getOptions().add(option("Decline with thanks", "Keeps the frame; needs explaining."));
		Consultation consultation = CasenotesFactory.eINSTANCE.createConsultation();
		consultation.setConsultantRole(ConsultantRole.PEER);
		consultation.setConsultantName("Tuesday grop");
		consultation.setDate(LocalDate.of(2025, 5, 7));
		consultation.setMode(ConsultationMode.WRITTEN);
		consultation.setDisclosed("The gift and its value.");
		consultation.setDeidentified(true);
		consultation.setAdvice("Declin");
		draft.getConsultations().add(consultation);
		LogRobot.store().save();
		LogRobot.activateLog();
		LogRobot.chooseInLog(draft);
	}

	@AfterEach
	void deleteTheDraft() throws StoreException {
		if (draft.getStatus() != NoteStatus.SIGNED) {
			new DecisionRecords(LogRobot.store()).deleteDraft(draft);
		}
		// the log's stack must not keep commands on a decision that is gone
		log().recorded(null);
		UiRobot.resetWindow();
	}

	private static DecisionOption option(String description, String consequences) {
		DecisionOption option = CasenotesFactory.eINSTANCE.createDecisionOption();
		option.setDescription(description);
		option.setConsequences(consequences);
		return option;
	}

	/** A screenshot of the log with its detail widened and scrolled to {@code control}; the pane is put back after. */
	private static void screenshot(Control detail, Control control, String name) throws Exception {
		ScrolledComposite scroller = (ScrolledComposite) detail.getParent();
		SashForm sash = (SashForm) scroller.getParent();
		int[] weights = sash.getWeights();
		sash.setWeights(30, 70);
		UiRobot.flush();
		try {
			Point at = detail.getDisplay().map(control.getParent(), detail, control.getLocation());
			scroller.setOrigin(0, Math.max(0, at.y - 40));
			UiRobot.screenshot(UiRobot.mainShell(), name, "org.casenotes.app.stack.bottom");
		} finally {
			sash.setWeights(weights);
			UiRobot.flush();
		}
	}

	@Test
	void anOptionIsCorrectedInPlaceAndOneUndoTakesTheWholeCorrectionBack() throws Exception {
		Control detail = log().getDetail();
		Button update = button(detail, "decision.option.update");
		assertFalse(update.getEnabled(), "nothing to update before an option is chosen");

		chooseRow(detail, "decision.options", 0);
		Text description = text(detail, "decision.option.description");
		Text consequences = text(detail, "decision.option.consequences");
		assertEquals("Acept the tickets", description.getText(), "choosing the row fills the fields");
		assertEquals(CONSEQUENCES, consequences.getText(), "in full, where the table has room for the first 100 characters");
		assertTrue(description.getEditable());
		assertTrue(update.getEnabled());
		description.setText("Accept the tickets");
		consequences.setText("The client may read acceptance as friendship outside therapy.");
		screenshot(detail, widget(detail, "decision.options", Table.class), "consultation-log-edit-option");
		click(detail, "decision.option.update");
		DecisionOption option = draft.getOptions().get(0);
		assertEquals("Accept the tickets", option.getDescription());
		assertEquals("The client may read acceptance as friendship outside therapy.", option.getConsequences());
		assertEquals(2, draft.getOptions().size(), "corrected, not added");
		assertEquals("Decline with thanks", draft.getOptions().get(1).getDescription(), "the other option is untouched");
		Table options = widget(detail, "decision.options", Table.class);
		assertEquals("Accept the tickets", options.getItem(0).getText(1));
		assertEquals(0, options.getSelectionIndex(), "the corrected option stays chosen");
		BoundaryDecision onDisk = XmiPracticeStore.readOnly(LogRobot.store().location()).practice().getConsultationLog().getDecisions().stream()
				.filter(d -> "Concert tickets".equals(d.getSubcategory())).findFirst().orElseThrow();
		assertEquals("Accept the tickets", onDisk.getOptions().get(0).getDescription(), "saved at once, like every edit in the log");

		UiRobot.executeCommand(UNDO);
		UiRobot.flush();
		assertEquals("Acept the tickets", option.getDescription(), "one Undo takes back the description...");
		assertEquals(CONSEQUENCES, option.getConsequences(), "...and the consequences changed with it");
		assertEquals("Acept the tickets", description.getText(), "the fields show the option as it is again");
		assertEquals(CONSEQUENCES, consequences.getText());
		assertEquals("Acept the tickets", options.getItem(0).getText(1));
		assertEquals(0, options.getSelectionIndex());

		UiRobot.executeCommand(REDO);
		UiRobot.flush();
		assertEquals("Accept the tickets", option.getDescription());
		assertEquals("The client may read acceptance as friendship outside therapy.", option.getConsequences());
		assertEquals("Accept the tickets", description.getText());

		// an option that says nothing is refused with the core's sentence, and nothing changes
		description.setText("  ");
		click(detail, "decision.option.update");
		assertEquals(DecisionRecords.optionProblem(null).orElseThrow(), LogRobot.label(detail, "decision.option.problem"));
		assertEquals("Accept the tickets", option.getDescription());
		UiRobot.executeCommand(UNDO);
		UiRobot.flush();
		assertEquals("Acept the tickets", option.getDescription(), "the refused update put nothing on the stack: Undo takes back the correction");
		assertEquals("Acept the tickets", description.getText());
	}

	@Test
	void aConsultationIsCorrectedInPlaceInEveryFieldAndOneUndoTakesItBack() {
		Control detail = log().getDetail();
		assertFalse(button(detail, "decision.consultation.update").getEnabled(), "nothing to update before a consultation is chosen");
		chooseRow(detail, "decision.consultations", 0);
		Combo role = widget(detail, "decision.consultation.role", Combo.class);
		Combo mode = widget(detail, "decision.consultation.mode", Combo.class);
		DateTime date = widget(detail, "decision.consultation.date", DateTime.class);
		Button deidentified = button(detail, "decision.consultation.deidentified");
		Button followed = button(detail, "decision.consultation.followed");
		assertEquals(ConsultantRole.PEER.getLiteral(), role.getText(), "choosing the row fills every field");
		assertEquals("Tuesday grop", text(detail, "decision.consultation.name").getText());
		assertEquals(LocalDate.of(2025, 5, 7), LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay()));
		assertEquals(ConsultationMode.WRITTEN.getLiteral(), mode.getText());
		assertEquals("The gift and its value.", text(detail, "decision.consultation.disclosed").getText());
		assertTrue(deidentified.getSelection());
		assertEquals("Declin", text(detail, "decision.consultation.advice").getText());
		assertFalse(followed.getSelection());
		assertTrue(button(detail, "decision.consultation.update").getEnabled());

		choose(role, ConsultantRole.SUPERVISOR.getLiteral());
		text(detail, "decision.consultation.name").setText("Dr. Priya Natarajan");
		date.setDate(2025, 4, 8);
		choose(mode, ConsultationMode.PHONE.getLiteral());
		text(detail, "decision.consultation.disclosed").setText("Only the kind of gift and that therapy has ended.");
		deidentified.setSelection(false);
		text(detail, "decision.consultation.advice").setText("Decline with thanks and explain the gift policy.");
		followed.setSelection(true);
		click(detail, "decision.consultation.update");

		Consultation consultation = draft.getConsultations().get(0);
		assertEquals(1, draft.getConsultations().size(), "corrected, not added");
		assertEquals(ConsultantRole.SUPERVISOR, consultation.getConsultantRole());
		assertEquals("Dr. Priya Natarajan", consultation.getConsultantName());
		assertEquals(LocalDate.of(2025, 5, 8), consultation.getDate());
		assertEquals(ConsultationMode.PHONE, consultation.getMode());
		assertEquals("Only the kind of gift and that therapy has ended.", consultation.getDisclosed());
		assertFalse(consultation.isDeidentified());
		assertEquals("Decline with thanks and explain the gift policy.", consultation.getAdvice());
		assertTrue(consultation.isAdviceFollowed());
		Table table = widget(detail, "decision.consultations", Table.class);
		assertEquals(List.of(ConsultantRole.SUPERVISOR.getLiteral(), "Dr. Priya Natarajan", "No", "Yes"),
				List.of(table.getItem(0).getText(0), table.getItem(0).getText(1), table.getItem(0).getText(4), table.getItem(0).getText(6)));

		UiRobot.executeCommand(UNDO);
		UiRobot.flush();
		assertEquals(ConsultantRole.PEER, consultation.getConsultantRole(), "one Undo takes back every field");
		assertEquals("Tuesday grop", consultation.getConsultantName());
		assertEquals(LocalDate.of(2025, 5, 7), consultation.getDate());
		assertEquals(ConsultationMode.WRITTEN, consultation.getMode());
		assertEquals("The gift and its value.", consultation.getDisclosed());
		assertTrue(consultation.isDeidentified());
		assertEquals("Declin", consultation.getAdvice());
		assertFalse(consultation.isAdviceFollowed());
		assertEquals(ConsultantRole.PEER.getLiteral(), role.getText(), "and the fields show it again");
		assertEquals("Declin", text(detail, "decision.consultation.advice").getText());
		assertTrue(deidentified.getSelection());
		assertEquals(LocalDate.of(2025, 5, 7), LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay()));

		UiRobot.executeCommand(REDO);
		UiRobot.flush();
		assertEquals(ConsultantRole.SUPERVISOR, consultation.getConsultantRole());
		assertEquals("Decline with thanks and explain the gift policy.", consultation.getAdvice());
		assertFalse(consultation.isDeidentified());
		assertEquals("Decline with thanks and explain the gift policy.", text(detail, "decision.consultation.advice").getText());
	}

	@Test
	void aSignedDecisionShowsItsOptionsAndConsultationsInFullButRefusesToChangeThem() {
		BoundaryDecision signed = LogRobot.demoDecision("Follow request");
		assertEquals(NoteStatus.SIGNED, signed.getStatus());
		LogRobot.chooseInLog(signed);
		Control detail = log().getDetail();
		assertNull(widget(detail, "decision.option.update", Button.class), "no Update Option on a signed decision");
		assertNull(widget(detail, "decision.consultation.update", Button.class), "no Update Consultation either");

		Text description = text(detail, "decision.option.description");
		assertEquals(signed.getOptions().get(0).getDescription(), description.getText(),
				"the first option is shown until another is chosen: empty fields would read like the record");
		assertEquals(signed.getConsultations().get(0).getAdvice(), text(detail, "decision.consultation.advice").getText());

		chooseRow(detail, "decision.options", 2);
		assertEquals("Decline, and raise it in the next session", description.getText(), "a signed option is still read in full");
		assertFalse(description.getEditable(), "but read-only");
		assertFalse(text(detail, "decision.option.consequences").getEditable());
		chooseRow(detail, "decision.consultations", 0);
		Text advice = text(detail, "decision.consultation.advice");
		assertEquals(signed.getConsultations().get(0).getAdvice(), advice.getText());
		assertTrue(advice.getText().length() > 80, "longer than the table shows");
		assertFalse(advice.getEditable());
		assertFalse(widget(detail, "decision.consultation.role", Combo.class).getEnabled());
		assertFalse(widget(detail, "decision.consultation.date", DateTime.class).getEnabled());
		assertFalse(button(detail, "decision.consultation.followed").getEnabled());

		// text forced into a read-only field goes nowhere
		description.setText("Accept the request");
		description.notifyListeners(org.eclipse.swt.SWT.FocusOut, new org.eclipse.swt.widgets.Event());
		UiRobot.flush();
		assertEquals("Decline, and raise it in the next session", signed.getOptions().get(2).getDescription());
		assertFalse(log().canUndo(), "nothing was done that Undo could take back");
	}
}
