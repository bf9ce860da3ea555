/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.casenotes.core.IdentityContexts;
import org.casenotes.core.NoteDraft;
import org.casenotes.core.internal.XmiPracticeStore;
import org.casenotes.deid.DetectionContext;
import org.casenotes.deid.IdentifierType;
import org.casenotes.deid.KnownIdentifier;
import org.casenotes.model.Note;
import org.casenotes.model.NoteStatus;
import org.casenotes.model.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoteDraftTest {

	@TempDir
	Path workspace;

	private Note firstDraftNote(XmiPracticeStore store) throws Exception {
		return store.practice().getClients().stream().flatMap(c -> c.getCaseFiles().stream()).flatMap(f -> f.getNotes().stream())
				.filter(n -> n.getStatus() == NoteStatus.DRAFT).findFirst().orElseThrow();
	}

	@Test
	void editsAreUndoneRedoneAndSavedIntoThePractice() throws Exception {
		XmiPracticeStore store = new XmiPracticeStore(workspace);
		store.createDemoPractice();
		Note note = firstDraftNote(store);
		String before = note.getSections().get(0).getText();
		NoteDraft draft = NoteDraft.open(store, note);
		Section section = draft.note().getSections().get(0);

		assertTrue(draft.setSectionText(section, "New words."));
		assertTrue(draft.isDirty());
		assertEquals(before, note.getSections().get(0).getText(), "the practice does not see a draft before it is saved");
		draft.undo();
		assertEquals(before, section.getText());
		assertFalse(draft.isDirty());
		draft.redo();
		assertEquals("New words.", section.getText());

		draft.save();
		assertFalse(draft.isDirty());
		assertTrue(draft.canUndo(), "the history survives a save");
		Note reloaded = firstDraftNote(XmiPracticeStore.readOnly(workspace));
		assertEquals("New words.", reloaded.getSections().get(0).getText());
	}

	@Test
	void twoDraftsAreIndependent() throws Exception {
		XmiPracticeStore store = new XmiPracticeStore(workspace);
		store.createDemoPractice();
		Note note = firstDraftNote(store);
		Note other = store.practice().getClients().get(1).getCaseFiles().get(0).getNotes().get(0);
		NoteDraft a = NoteDraft.open(store, note);
		NoteDraft b = NoteDraft.open(store, other);
		a.setSectionText(a.note().getSections().get(0), "A's words");
		b.setSectionText(b.note().getSections().get(0), "B's unsaved words");
		a.save();
		Note otherOnDisk = XmiPracticeStore.readOnly(workspace).practice().getClients().get(1).getCaseFiles().get(0).getNotes().get(0);
		assertNotEquals("B's unsaved words", otherOnDisk.getSections().get(0).getText(), "saving A never writes B's draft");
		assertTrue(b.isDirty());
	}

	@Test
	void aSignedNoteRefusesEdits() throws Exception {
		XmiPracticeStore store = new XmiPracticeStore(workspace);
		store.createDemoPractice();
		Note note = firstDraftNote(store);
		note.setStatus(NoteStatus.SIGNED);
		NoteDraft draft = NoteDraft.open(store, note);
		assertTrue(draft.isSigned());
		assertFalse(draft.setSectionText(draft.note().getSections().get(0), "changed"));
		assertFalse(draft.isDirty());
		assertThrows(IllegalStateException.class, draft::save);
	}

	@Test
	void theIdentitySheetBecomesTheDetectionContext() throws Exception {
		XmiPracticeStore store = new XmiPracticeStore(workspace);
		store.createDemoPractice();
		Note note = firstDraftNote(store);
		DetectionContext context = IdentityContexts.of(note);
		assertFalse(context.isEmpty());
		assertTrue(context.known().stream().anyMatch(k -> k.type() == IdentifierType.NAME && k.role().equals("client")), context.known()
				.stream().map(KnownIdentifier::role).toList().toString());
	}
}
