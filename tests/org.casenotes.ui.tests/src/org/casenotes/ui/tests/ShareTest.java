/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.tests;

import static org.casenotes.ui.tests.UiRobot.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.casenotes.core.PracticeStore;
import org.casenotes.model.Assessment;
import org.casenotes.model.Note;
import org.casenotes.model.ReceivedPacket;
import org.casenotes.ui.CasenotesUi;
import org.casenotes.ui.internal.CommentDialog;
import org.casenotes.ui.internal.handlers.ShareHandlers;
import org.casenotes.ui.internal.parts.NoteEditorPart;
import org.casenotes.ui.internal.parts.ReviewPart;
import org.casenotes.ui.internal.share.ShareReviewPage;
import org.casenotes.ui.internal.share.ShareWizard;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole consultation loop in the running application: the therapist shares a note through the wizard,
 * reviewing every finding; the supervisor imports the packet, comments on a passage and approves; the therapist
 * imports the feedback and reads it under the original note.
 */
class ShareTest {

	@TempDir
	Path folder;

	/** An assertion failing inside a modal dialog must close it, or the run would hang. */
	private Throwable failure;

	@AfterEach
	void closeEverything() {
		System.clearProperty(ShareHandlers.IMPORT_FILE_PROPERTY);
		UiRobot.resetWindow();
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

	@Test
	void aNoteGoesToSupervisionAndTheFeedbackComesBack() throws Exception {
		UiRobot.mainShell().forceActive();
		PracticeStore store = UiRobot.context().get(PracticeStore.class);
		MPart editorPart = UiRobot.openNote("C-0042", "Individual therapy", "Intake");
		EPartService parts = UiRobot.context().get(EPartService.class);
		parts.activate(editorPart);
		Note note = ((NoteEditorPart) editorPart.getObject()).getDraft().original();
		Path packet = folder.resolve("to-supervision.cnshare");
		int sharesBefore = store.practice().getShares().size();
		String[] shared = new String[1];

		answer(ShareWizard.TITLE, shell -> {
			ShareWizard wizard = (ShareWizard) ((WizardDialog) shell.getData()).getCurrentPage().getWizard();
			assertEquals(List.of(note), wizard.setupPage().selectedNotes(), "the note in front of the therapist is ticked");
			UiRobot.widget(shell, "share.recipient", Text.class).setText("Dr Lee");
			UiRobot.widget(shell, "share.purpose", Text.class).setText("Weekly supervision: the move and the isolation");
			UiRobot.widget(shell, "share.output", Text.class).setText(packet.toString());
			UiRobot.press(shell, "Next >");
			ShareReviewPage review = wizard.reviewPage();
			assertFalse(review.pendingRows().isEmpty(), "the intake's names wait for review");
			assertFalse(review.isPageComplete(), "Finish waits until every finding is reviewed");
			for (int round = 0; round < 5 && !review.pendingRows().isEmpty(); round++) {
				review.pendingTable().selectAll();
				UiRobot.press(shell, "Confirm");
			}
			assertTrue(review.isPageComplete());
			shared[0] = review.sharedText().getText();
			try {
				UiRobot.screenshot(shell, "share-review");
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
			UiRobot.whenShellOpens(ShareWizard.WRITTEN_TITLE, written -> UiRobot.press(written, "OK"));
			UiRobot.press(shell, "Finish");
		});
		UiRobot.executeCommand(CasenotesUi.COMMAND_SHARE);
		noFailureInDialogs();
		assertTrue(Files.isRegularFile(packet), "the packet is written");
		assertEquals(sharesBefore + 1, store.practice().getShares().size(), "and the share is recorded");
		for (String identifier : List.of("Mara", "Lindqvist", "Signe", "Port Alder", "Harbourline")) {
			assertFalse(shared[0].contains(identifier), identifier + " is replaced in the shared copy");
		}

		// the supervisor's side (the same application: a supervisor is a therapist too)
		System.setProperty(ShareHandlers.IMPORT_FILE_PROPERTY, packet.toString());
		UiRobot.mainShell().forceActive();
		UiRobot.executeCommand(CasenotesUi.COMMAND_IMPORT_PACKET);
		EModelService models = UiRobot.context().get(EModelService.class);
		waitUntil("the review opens", () -> !models.findElements(UiRobot.application(), null, MPart.class).stream()
				.filter(p -> p.getObject() instanceof ReviewPart).toList().isEmpty());
		MPart reviewPart = models.findElements(UiRobot.application(), null, MPart.class).stream().filter(p -> p.getObject() instanceof ReviewPart)
				.findFirst().orElseThrow();
		ReviewPart review = (ReviewPart) reviewPart.getObject();
		ReceivedPacket received = review.getReceived();
		StyledText section = review.getSectionTexts().get(0);
		assertFalse(section.getEditable(), "a shared note is read-only");
		assertFalse(section.getText().contains("Mara"));
		section.setFocus();
		section.setSelection(0, Math.min(30, section.getCharCount()));
		answer(CommentDialog.TITLE, shell -> {
			UiRobot.widget(shell, "comment.text", Text.class).setText("Explore what the move means for her support network.");
			UiRobot.press(shell, "Add comment");
		});
		UiRobot.press((Control) reviewPart.getWidget(), "Comment on Selection...");
		noFailureInDialogs();
		assertEquals(1, received.getFeedback().getComments().size());
		parts.activate(reviewPart);
		UiRobot.executeCommand("org.eclipse.ui.edit.undo");
		assertEquals(0, received.getFeedback().getComments().size(), "a comment is undone like any edit");
		UiRobot.executeCommand("org.eclipse.ui.edit.redo");
		assertEquals(1, received.getFeedback().getComments().size());
		Combo assessment = UiRobot.widget((Control) reviewPart.getWidget(), "review.assessment", Combo.class);
		assessment.select(Assessment.APPROVED.getValue());
		assessment.notifyListeners(SWT.Selection, new Event());
		assertEquals(Assessment.APPROVED, received.getFeedback().getAssessment());
		org.eclipse.swt.widgets.Table commentTable = UiRobot.widget((Control) reviewPart.getWidget(), "review.comments",
				org.eclipse.swt.widgets.Table.class);
		for (Control c = commentTable; c != null; c = c.getParent()) {
			if (c instanceof org.eclipse.swt.custom.ScrolledComposite scroller) {
				scroller.setOrigin(0, Math.max(0, section.getParent().getSize().y - scroller.getClientArea().height));
				break;
			}
		}
		UiRobot.screenshot(UiRobot.mainShell(), "review");
		Path feedback = review.exportFeedback(folder.resolve("feedback.cnfeedback"));
		assertNotNull(feedback, "the feedback packet is written");
		assertNotNull(received.getExportedAt());

		// back to the therapist
		System.setProperty(ShareHandlers.IMPORT_FILE_PROPERTY, feedback.toString());
		answer("Feedback imported", shell -> UiRobot.press(shell, "OK"));
		UiRobot.executeCommand(CasenotesUi.COMMAND_IMPORT_PACKET);
		noFailureInDialogs();
		waitUntil("the feedback is attached to the note", () -> !note.getFeedback().isEmpty());
		assertEquals("Explore what the move means for her support network.", note.getFeedback().get(0).getComments().get(0).getText());
		MPart reopened = UiRobot.openNote("C-0042", "Individual therapy", "Intake");
		Group group = UiRobot.widget((Control) reopened.getWidget(), "noteEditor.feedback", Group.class);
		assertNotNull(group, "the editor shows the feedback under the note");
		assertTrue(UiRobot.widgets(group, Label.class, l -> l.getText().contains("support network")).size() == 1);
		assertTrue(UiRobot.widgets(group, Label.class, l -> l.getText().startsWith("Approved by")).size() == 1);
		assertNull(failure);
	}
}
