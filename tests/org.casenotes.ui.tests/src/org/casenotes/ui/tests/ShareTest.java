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

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.casenotes.core.FindingDecisions;
import org.casenotes.core.PracticeStore;
import org.casenotes.core.share.SharePreview;
import org.casenotes.model.Assessment;
import org.casenotes.model.Note;
import org.casenotes.model.ReceivedPacket;
import org.casenotes.model.Section;
import org.casenotes.model.ShareRecord;
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
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole consultation loop in the running application: the therapist shares a note through the wizard,
 * reviewing every finding; the supervisor imports the packet, comments on a passage and approves; the therapist
 * imports the feedback and reads it under the original note. And a note shared without one of its sections.
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

	/** The row of {@code note} in the wizard's tree of notes and sections. */
	private static TreeItem noteItem(Shell wizard, Note note) {
		Tree tree = UiRobot.widget(wizard, "share.notes", Tree.class);
		assertNotNull(tree, "the notes and their sections are a tree");
		return Arrays.stream(tree.getItems()).filter(i -> i.getData() == note).findFirst().orElseThrow();
	}

	private static TreeItem sectionItem(TreeItem noteItem, String title) {
		return Arrays.stream(noteItem.getItems()).filter(i -> i.getText().equals(title)).findFirst().orElseThrow();
	}

	/** Ticks or unticks a row as a click on its box does: the box flips, then the tree says so. */
	private static void tick(TreeItem item, boolean checked) {
		item.setChecked(checked);
		Event event = new Event();
		event.item = item;
		event.detail = SWT.CHECK;
		item.getParent().notifyListeners(SWT.Selection, event);
	}

	@Test
	void aSectionLeftOutInTheWizardStaysHome() throws Exception {
		UiRobot.mainShell().forceActive();
		PracticeStore store = UiRobot.context().get(PracticeStore.class);
		MPart editorPart = UiRobot.openNote("C-0063", "Grief work (closed)", "Final session");
		UiRobot.context().get(EPartService.class).activate(editorPart);
		Note note = ((NoteEditorPart) editorPart.getObject()).getDraft().original();
		assertEquals("Behaviour", note.getSections().get(0).getTitle());
		// the daughter, named in the Behaviour only, waits for review when the whole note is shared
		assertTrue(SharePreview.of(List.of(note)).unreviewed().stream().anyMatch(p -> p.section() == 0 && p.text().equals("Elena")));
		Path packet = folder.resolve("without-behaviour.cnshare");
		String[] original = new String[1];

		answer(ShareWizard.TITLE, shell -> {
			ShareWizard wizard = (ShareWizard) ((WizardDialog) shell.getData()).getCurrentPage().getWizard();
			TreeItem item = noteItem(shell, note);
			TreeItem behaviour = sectionItem(item, "Behaviour");
			tick(behaviour, false);
			assertTrue(item.getChecked() && item.getGrayed(), "a note partly shared is grayed");
			assertEquals(List.of(note), wizard.setupPage().selectedNotes());
			assertFalse(wizard.setupPage().sharedSections().test(note.getSections().get(0)));
			assertTrue(wizard.setupPage().sharedSections().test(note.getSections().get(3)));
			// the last section unticked unticks the note, and ticking the note ticks them all
			for (String title : List.of("Intervention", "Response", "Plan")) {
				tick(sectionItem(item, title), false);
			}
			assertFalse(item.getChecked() || item.getGrayed(), "no section, no note");
			assertEquals(List.of(), wizard.setupPage().selectedNotes());
			assertEquals("Tick at least one note.", wizard.setupPage().getErrorMessage());
			tick(item, true);
			assertTrue(Arrays.stream(item.getItems()).allMatch(TreeItem::getChecked) && !item.getGrayed());
			tick(behaviour, false);
			UiRobot.widget(shell, "share.recipient", Text.class).setText("Tuesday peer group");
			UiRobot.widget(shell, "share.output", Text.class).setText(packet.toString());
			try {
				UiRobot.screenshot(shell, "share-sections");
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
			UiRobot.press(shell, "Next >");
			ShareReviewPage review = wizard.reviewPage();
			original[0] = UiRobot.widget(shell, "share.original", StyledText.class).getText();
			assertTrue(review.pendingRows().stream().noneMatch(r -> r.section() == 0), "nothing of the Behaviour to review");
			for (int round = 0; round < 5 && !review.pendingRows().isEmpty(); round++) {
				review.pendingTable().selectAll();
				UiRobot.press(shell, "Confirm");
			}
			assertTrue(review.isPageComplete());
			assertFalse(review.sharedText().getText().contains("scarf"), review.sharedText().getText());
			UiRobot.whenShellOpens(ShareWizard.WRITTEN_TITLE, written -> UiRobot.press(written, "OK"));
			UiRobot.press(shell, "Finish");
		});
		UiRobot.executeCommand(CasenotesUi.COMMAND_SHARE);
		noFailureInDialogs();
		assertTrue(original[0].contains("(3 of 4 sections shared)"), original[0]);
		assertFalse(original[0].contains("scarf"), "the review shows only what leaves");
		assertTrue(Files.isRegularFile(packet), "the packet is written");
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(packet))) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				String text = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
				for (String absent : List.of("Behaviour", "scarf", "wedding", "Rosa", "Elena")) {
					assertFalse(text.contains(absent), entry.getName() + " holds " + absent);
				}
				if (!entry.getName().equals("manifest.json")) {
					assertTrue(text.contains("relapse-prevention"), entry.getName() + " holds the Intervention");
				}
			}
		}
		ShareRecord record = store.practice().getShares().get(store.practice().getShares().size() - 1);
		assertEquals(List.of(1, 2, 3), List.copyOf(record.getNotes().get(0).getSections()));
		assertFalse(FindingDecisions.isConfirmed(note, "Elena"), "findings that stay home are not reviewed");
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
			TreeItem item = noteItem(shell, note);
			assertTrue(item.getChecked() && !item.getGrayed() && item.getExpanded(), "wholly, its sections in view");
			assertEquals(note.getSections().stream().map(Section::getTitle).toList(), Arrays.stream(item.getItems()).map(TreeItem::getText).toList());
			assertTrue(Arrays.stream(item.getItems()).allMatch(TreeItem::getChecked), "every section ticked");
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
