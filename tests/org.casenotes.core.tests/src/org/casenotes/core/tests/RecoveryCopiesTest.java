/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.casenotes.core.NoteDraft;
import org.casenotes.core.RecoveryCopies;
import org.casenotes.core.internal.XmiPracticeStore;
import org.casenotes.model.Note;
import org.casenotes.model.NoteStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryCopiesTest {

	@TempDir
	Path workspace;

	@Test
	void anUnsavedDraftSurvivesACrashAndIsRestoredAsOneUndoableEdit() throws Exception {
		XmiPracticeStore store = new XmiPracticeStore(workspace);
		store.createDemoPractice();
		Note note = store.practice().getClients().get(0).getCaseFiles().get(0).getNotes().stream()
				.filter(n -> n.getStatus() == NoteStatus.DRAFT).findFirst().orElseThrow();
		NoteDraft draft = NoteDraft.open(store, note);
		draft.setSectionText(draft.note().getSections().get(0), "Typed just before the power cut.");
		RecoveryCopies copies = new RecoveryCopies(workspace);
		copies.write("note-1", draft.note());

		// the application starts again: a fresh draft of the saved note, and the copy on disk
		store.close();
		NoteDraft after = NoteDraft.open(new XmiPracticeStore(workspace), note);
		RecoveryCopies.Recovered recovered = new RecoveryCopies(workspace).read("note-1").orElseThrow();
		assertTrue(after.differsFrom(recovered.note()));
		assertTrue(after.restoreFrom(recovered.note()));
		assertEquals("Typed just before the power cut.", after.note().getSections().get(0).getText());
		assertTrue(after.isDirty(), "restored text is not saved until the user saves");
		after.undo();
		assertFalse(after.isDirty(), "one undo takes the restore back");

		copies.delete("note-1");
		assertTrue(copies.read("note-1").isEmpty());
	}

	@Test
	void aTornCopyIsIgnoredAndIdsCannotEscapeTheFolder() throws Exception {
		Files.createDirectories(workspace.resolve(".recovery"));
		Files.writeString(workspace.resolve(".recovery/note-2.xmi"), "<?xml version=\"1.0\"?><xmi:XMI xmlns:xmi=");
		assertTrue(new RecoveryCopies(workspace).read("note-2").isEmpty());
		assertThrows(IllegalArgumentException.class, () -> new RecoveryCopies(workspace).read("../practice"));
	}
}
