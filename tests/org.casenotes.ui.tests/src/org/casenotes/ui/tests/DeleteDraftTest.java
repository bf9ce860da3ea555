/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.tests;

import static org.casenotes.ui.tests.LogRobot.log;
import static org.casenotes.ui.tests.LogRobot.logControl;
import static org.casenotes.ui.tests.LogRobot.practice;
import static org.casenotes.ui.tests.LogRobot.says;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.casenotes.core.StoreException;
import org.casenotes.core.decisions.DecisionRecords;
import org.casenotes.core.internal.XmiPracticeStore;
import org.casenotes.model.BoundaryCategory;
import org.casenotes.model.BoundaryDecision;
import org.casenotes.model.Client;
import org.casenotes.model.Note;
import org.casenotes.model.NoteStatus;
import org.casenotes.model.Practice;
import org.casenotes.ui.CasenotesUi;
import org.casenotes.ui.internal.NoteEditors;
import org.casenotes.ui.internal.decisions.DecisionActions;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Delete Draft in the consultation log: asked first, a draft is then gone from the log, from the notes it was
 * linked to (also from an open note) and from disk, and the log's Undo does not bring it back (the question says
 * it cannot be undone). A signed decision offers no delete at all.
 */
class DeleteDraftTest {

	private static final String SUBCATEGORY = "Tickets to a match";

	private final LogRobot robot = new LogRobot();
	private BoundaryDecision draft;
	private Note note;
	private MPart editor;

	/** A draft linked to a note, the note open: what a therapist has after Note > Record Boundary Decision... */
	@BeforeEach
	void recordADraftLinkedToAnOpenNote() throws StoreException {
		Client devon = LogRobot.client("C-0057");
		note = devon.getCaseFiles().get(0).getNotes().get(0);
		DecisionRecords records = new DecisionRecords(LogRobot.store());
		draft = records.createDraft(devon, BoundaryCategory.GIFT, LocalDate.of(2025, 5, 20));
		draft.setSubcategory(SUBCATEGORY);
		LogRobot.store().save();
		records.link(draft, note);
		// the window's part service: the application's needs an active window, which a closed dialog may leave none of
		IEclipseContext window = UiRobot.application().getChildren().get(0).getContext();
		editor = NoteEditors.open(note, window.get(EPartService.class), window.get(EModelService.class), UiRobot.application());
		UiRobot.waitUntil("the note is open", () -> editor.getWidget() != null);
		LogRobot.activateLog();
		LogRobot.chooseInLog(draft);
	}

	@AfterEach
	void deleteWhatIsLeft() throws StoreException {
		robot.noFailureInDialogs();
		if (draft.eContainer() != null) {
			new DecisionRecords(LogRobot.store()).deleteDraft(draft);
		}
		log().recorded(null);
		UiRobot.resetWindow();
	}

	/** The lines of the open note's "Boundary decisions" about the draft. */
	private List<Label> linesInTheNote() {
		return UiRobot.widgets((Control) editor.getWidget(), Label.class, l -> l.getText().contains("(" + SUBCATEGORY + ")"));
	}

	@Test
	void aDraftIsDeletedAfterAskingFromTheLogItsNotesAndDiskAndUndoDoesNotBringItBack() throws Exception {
		assertEquals(1, linesInTheNote().size(), "the open note lists the draft");
		assertTrue(LogRobot.button(logControl(), "consultationLog.delete").getEnabled());

		robot.answer(DecisionActions.DELETE_TITLE, shell -> UiRobot.press(shell, "No"));
		LogRobot.click(logControl(), "consultationLog.delete");
		robot.noFailureInDialogs();
		assertTrue(practice().getConsultationLog().getDecisions().contains(draft), "No keeps the draft");
		assertTrue(note.getDecisions().contains(draft));

		String[] question = new String[1];
		robot.answer(DecisionActions.DELETE_TITLE, shell -> {
			question[0] = says(shell, "cannot be undone") ? "says so" : "does not say";
			assertTrue(says(shell, "Delete the draft gifts decision of"), "the question names the draft");
			UiRobot.press(shell, "Yes");
		});
		LogRobot.click(logControl(), "consultationLog.delete");
		robot.noFailureInDialogs();
		UiRobot.flush();

		assertFalse(practice().getConsultationLog().getDecisions().contains(draft), "gone from the log");
		assertNull(LogRobot.row(log().getViewer().getTable(), draft), "and from its table");
		assertFalse(note.getDecisions().contains(draft), "and from the note it was linked to");
		assertTrue(linesInTheNote().isEmpty(), "the open note no longer lists it");
		Practice onDisk = XmiPracticeStore.readOnly(LogRobot.store().location()).practice();
		assertTrue(onDisk.getConsultationLog().getDecisions().stream().noneMatch(d -> SUBCATEGORY.equals(d.getSubcategory())), "deleted on disk");
		Note noteOnDisk = NoteEditors.resolve(onDisk, NoteEditors.idOf(note));
		assertNotNull(noteOnDisk);
		assertTrue(noteOnDisk.getDecisions().stream().noneMatch(d -> SUBCATEGORY.equals(d.getSubcategory())), "the saved note links nothing gone");

		assertEquals("says so", question[0], "the question says a delete cannot be undone");
		LogRobot.activateLog();
		assertFalse(log().canUndo(), "so the log's Undo has nothing to take back");
		UiRobot.executeCommand("org.eclipse.ui.edit.undo");
		UiRobot.flush();
		assertFalse(practice().getConsultationLog().getDecisions().contains(draft), "and Edit > Undo does not bring it back");
	}

	@Test
	void aSignedDecisionOffersNoDelete() {
		BoundaryDecision signed = LogRobot.demoDecision("Follow request");
		assertEquals(NoteStatus.SIGNED, signed.getStatus());
		int links = signed.getNotes().size();
		LogRobot.chooseInLog(signed);
		assertFalse(LogRobot.button(logControl(), "consultationLog.delete").getEnabled(), "the log's Delete Draft is disabled");
		IEclipseContext context = UiRobot.context().getActiveLeaf();
		var delete = context.get(ECommandService.class).createCommand(CasenotesUi.COMMAND_DELETE_DECISION, null);
		assertFalse(context.get(EHandlerService.class).canExecute(delete), "and so is Decision > Delete Draft Decision");

		// pressed anyway (a shortcut, a stale button): no question, nothing deleted; a question would be closed, not hang the run
		boolean[] asked = { false };
		Display display = UiRobot.display();
		Runnable closeQuestion = () -> {
			Shell question = UiRobot.shellTitled(DecisionActions.DELETE_TITLE);
			if (question != null) {
				asked[0] = true;
				question.close();
			}
		};
		display.timerExec(2000, closeQuestion);
		UiRobot.executeCommand(CasenotesUi.COMMAND_DELETE_DECISION);
		LogRobot.click(logControl(), "consultationLog.delete");
		display.timerExec(-1, closeQuestion);
		assertFalse(asked[0], "a signed decision is not even offered for deletion");
		assertTrue(practice().getConsultationLog().getDecisions().contains(signed), "the signed record stays");
		assertEquals(NoteStatus.SIGNED, signed.getStatus());
		assertEquals(links, signed.getNotes().size(), "with its links to notes");
	}
}
