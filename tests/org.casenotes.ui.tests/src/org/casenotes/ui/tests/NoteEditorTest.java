/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.tests;

import static org.casenotes.ui.tests.UiRobot.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.casenotes.core.PracticeStore;
import org.casenotes.core.RecoveryCopies;
import org.casenotes.core.internal.XmiPracticeStore;
import org.casenotes.deid.Finding;
import org.casenotes.deid.IdentifierType;
import org.casenotes.model.Note;
import org.casenotes.ui.CasenotesUi;
import org.casenotes.ui.internal.AddendumDialog;
import org.casenotes.ui.internal.NoteEditors;
import org.casenotes.ui.internal.handlers.RecordHandlers;
import org.casenotes.ui.internal.parts.NoteEditorPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Writing a note in the running application: highlighting as one types, undo and redo, save, reopen. */
class NoteEditorTest {

	private static final String[] INTAKE = { "C-0042", "Individual therapy", "Intake" };

	@AfterEach
	void closeEditorsWithoutSaving() {
		UiRobot.resetWindow();
	}

	@Test
	void theClientsSisterIsMarkedAsSheIsTyped() throws Exception {
		MPart part = UiRobot.openNote(INTAKE);
		NoteEditorPart editor = (NoteEditorPart) part.getObject();
		StyledText text = editor.getSectionTexts().get(0);
		assertTrue(text.getEditable(), "a draft note can be written in");
		String added = " Her sister Signe phoned on 3 March.";
		text.replaceTextRange(text.getCharCount(), 0, added);
		int at = text.getText().indexOf("Signe");
		waitUntil("the sister's name is marked", () -> findingAt(editor, 0, at) != null);
		assertEquals(IdentifierType.NAME, findingAt(editor, 0, at).type());
		StyleRange style = text.getStyleRangeAtOffset(at);
		assertNotNull(style, "the name is styled");
		assertTrue(style.underline, "marked by an underline, not by colour alone");
		assertTrue(part.isDirty(), "typing makes the note dirty");
		UiRobot.screenshot(UiRobot.mainShell(), "note-editor");
	}

	@Test
	void undoRedoSaveCloseAndReopen() throws Exception {
		MPart part = UiRobot.openNote(INTAKE);
		UiRobot.context().get(EPartService.class).activate(part);
		NoteEditorPart editor = (NoteEditorPart) part.getObject();
		StyledText text = editor.getSectionTexts().get(0);
		String original = text.getText();
		String added = " Discussed sleep hygiene.";
		text.replaceTextRange(text.getCharCount(), 0, added);
		assertTrue(part.isDirty());

		UiRobot.executeCommand("org.eclipse.ui.edit.undo");
		waitUntil("undo restores the text", () -> text.getText().equals(original));
		assertFalse(part.isDirty(), "back to the saved text: not dirty");
		UiRobot.executeCommand("org.eclipse.ui.edit.redo");
		waitUntil("redo brings the words back", () -> text.getText().equals(original + added));
		assertTrue(part.isDirty());

		UiRobot.executeCommand("org.eclipse.ui.file.save");
		waitUntil("save clears the dirty marker", () -> !part.isDirty());
		PracticeStore store = UiRobot.context().get(PracticeStore.class);
		Note onDisk = NoteEditors.resolve(XmiPracticeStore.readOnly(store.location()).practice(), part.getPersistedState().get(CasenotesUi.NOTE_ID));
		assertEquals(original + added, onDisk.getSections().get(0).getText(), "the saved words are on disk");

		EPartService parts = UiRobot.context().get(EPartService.class);
		parts.hidePart(part, true);
		UiRobot.flush();
		MPart reopened = UiRobot.openNote(INTAKE);
		assertEquals(original + added, ((NoteEditorPart) reopened.getObject()).getSectionTexts().get(0).getText());
	}

	@Test
	void closingUnsavedWorkAsksFirstAndCancelKeepsEverything() throws Exception {
		MPart part = UiRobot.openNote(INTAKE);
		EPartService parts = UiRobot.context().get(EPartService.class);
		parts.activate(part);
		NoteEditorPart editor = (NoteEditorPart) part.getObject();
		StyledText text = editor.getSectionTexts().get(0);
		String typed = text.getText() + " Agreed to keep a sleep diary.";
		text.replaceTextRange(text.getCharCount(), 0, " Agreed to keep a sleep diary.");
		// what closing the tab does: ask the window's save handler ("Save 'Intake'?"), close only if it agrees
		String question = "Save Parts";
		UiRobot.whenShellOpens(question, shell -> UiRobot.press(shell, "Cancel"));
		assertFalse(parts.savePart(part, true), "Cancel keeps the editor open");
		assertTrue(part.isDirty());
		assertEquals(typed, text.getText(), "nothing typed is lost");

		UiRobot.whenShellOpens(question, shell -> UiRobot.press(shell, "Save"));
		assertTrue(parts.savePart(part, true));
		parts.hidePart(part, true);
		PracticeStore store = UiRobot.context().get(PracticeStore.class);
		Note onDisk = NoteEditors.resolve(XmiPracticeStore.readOnly(store.location()).practice(), part.getPersistedState().get(CasenotesUi.NOTE_ID));
		assertEquals(typed, onDisk.getSections().get(0).getText(), "Save wrote the words before closing");
	}

	@Test
	void theSessionDateIsChangedAsAnUndoableEdit() {
		MPart part = UiRobot.openNote(INTAKE);
		UiRobot.context().get(EPartService.class).activate(part);
		NoteEditorPart editor = (NoteEditorPart) part.getObject();
		LocalDate before = editor.getDraft().note().getSessionDate();
		DateTime date = UiRobot.widget((Control) part.getWidget(), "noteEditor.sessionDate", DateTime.class);
		date.setDate(2026, 0, 9);
		date.notifyListeners(SWT.Selection, new Event());
		assertEquals(LocalDate.of(2026, 1, 9), editor.getDraft().note().getSessionDate());
		assertTrue(part.isDirty());
		UiRobot.executeCommand("org.eclipse.ui.edit.undo");
		waitUntil("undo restores the date", () -> before.equals(editor.getDraft().note().getSessionDate()));
		waitUntil("the widget follows", () -> date.getYear() == before.getYear() && date.getMonth() == before.getMonthValue() - 1
				&& date.getDay() == before.getDayOfMonth());
		assertFalse(part.isDirty());
	}

	@Test
	void aSignedNoteCannotBeEdited() {
		MPart part = UiRobot.openNote("C-0042", "Individual therapy", "Session 6");
		NoteEditorPart editor = (NoteEditorPart) part.getObject();
		StyledText text = editor.getSectionTexts().get(0);
		assertFalse(text.getEditable(), "a signed note is read-only");
		assertFalse(editor.getDraft().setSectionText(editor.getNote().getSections().get(0), "changed"), "and its draft refuses edits");
		assertFalse(part.isDirty());
	}

	@Test
	void signingFreezesTheNoteAndAnAddendumIsKeptBesideIt() throws Exception {
		MPart part = UiRobot.openNote("C-0057", "Couples work", "Phone call");
		UiRobot.context().get(EPartService.class).activate(part);
		UiRobot.whenShellOpens(RecordHandlers.SIGN_TITLE, shell -> UiRobot.press(shell, "Yes"));
		UiRobot.executeCommand("org.casenotes.ui.command.sign");
		NoteEditorPart editor = (NoteEditorPart) part.getObject();
		waitUntil("the note is signed", () -> editor.getDraft().isSigned());
		StyledText text = editor.getSectionTexts().get(0);
		assertFalse(text.getEditable(), "a signed note is read-only");
		String before = text.getText();
		Event key = new Event();
		key.character = 'x';
		key.keyCode = 'x';
		text.notifyListeners(SWT.KeyDown, key);
		UiRobot.flush();
		assertEquals(before, text.getText(), "typing into a signed note is refused");
		Label summary = UiRobot.widget((Control) part.getWidget(), "noteEditor.summary", Label.class);
		assertTrue(summary.getText().contains("Signed by"), summary.getText());

		UiRobot.whenShellOpens(AddendumDialog.TITLE, shell -> {
			UiRobot.widget(shell, "addendum.reason", Text.class).setText("Correction");
			UiRobot.widget(shell, "addendum.text", Text.class).setText("The call lasted 20 minutes, not 12.");
			UiRobot.press(shell, "Add addendum");
		});
		// a closed dialog may hand the activation to another part: the command is for this editor
		UiRobot.context().get(EPartService.class).activate(part);
		UiRobot.executeCommand("org.casenotes.ui.command.addendum");
		waitUntil("the addendum is in the note", () -> !editor.getDraft().original().getAddenda().isEmpty());
		PracticeStore store = UiRobot.context().get(PracticeStore.class);
		Note onDisk = NoteEditors.resolve(XmiPracticeStore.readOnly(store.location()).practice(), part.getPersistedState().get(CasenotesUi.NOTE_ID));
		assertEquals("Correction", onDisk.getAddenda().get(0).getReason());
		assertTrue(UiRobot.widgets((Control) part.getWidget(), StyledText.class, t -> t.getText().contains("20 minutes")).size() == 1,
				"the editor shows the addendum");
	}

	@Test
	void unsavedWorkIsCopiedToDiskAndOfferedBackAfterACrash() throws Exception {
		MPart part = UiRobot.openNote(INTAKE);
		NoteEditorPart editor = (NoteEditorPart) part.getObject();
		StyledText text = editor.getSectionTexts().get(0);
		String saved = text.getText();
		text.replaceTextRange(text.getCharCount(), 0, " Typed before the crash.");
		editor.writeRecoveryCopy();
		String id = part.getPersistedState().get(CasenotesUi.NOTE_ID);
		RecoveryCopies copies = new RecoveryCopies(UiRobot.context().get(PracticeStore.class).location());
		assertEquals(saved + " Typed before the crash.", copies.read(id).orElseThrow().note().getSections().get(0).getText(),
				"the unsaved words are on disk");

		// a crash leaves the copy behind: close without the normal clean-up, then put the copy back as it was
		Note copy = EcoreUtil.copy(editor.getNote());
		part.setDirty(false);
		UiRobot.context().get(EPartService.class).hidePart(part, true);
		UiRobot.flush();
		copies.write(id, copy);

		UiRobot.whenShellOpens(NoteEditorPart.RESTORE_TITLE, shell -> UiRobot.press(shell, "Yes"));
		MPart reopened = UiRobot.openNote(INTAKE);
		NoteEditorPart restored = (NoteEditorPart) reopened.getObject();
		waitUntil("the unsaved words are restored", () -> restored.getSectionTexts().get(0).getText().endsWith("Typed before the crash."));
		assertTrue(reopened.isDirty(), "restored words still need saving");
	}

	private static Finding findingAt(NoteEditorPart editor, int section, int offset) {
		for (Finding f : editor.getFindings().get(section)) {
			if (f.start() <= offset && offset < f.end()) {
				return f;
			}
		}
		return null;
	}
}
