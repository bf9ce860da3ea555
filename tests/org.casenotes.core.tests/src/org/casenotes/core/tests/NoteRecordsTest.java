/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.casenotes.core.NoteDraft;
import org.casenotes.core.NoteRecords;
import org.casenotes.core.internal.XmiPracticeStore;
import org.casenotes.model.Note;
import org.casenotes.model.NoteStatus;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoteRecordsTest {

	private static final Instant NOW = Instant.parse("2026-11-23T10:15:00Z");

	@TempDir
	Path workspace;

	private Note draftNote(XmiPracticeStore store) throws Exception {
		return store.practice().getClients().stream().flatMap(c -> c.getCaseFiles().stream()).flatMap(f -> f.getNotes().stream())
				.filter(n -> n.getStatus() == NoteStatus.DRAFT).findFirst().orElseThrow();
	}

	@Test
	void signingFreezesTheNoteWithSignerAndTime() throws Exception {
		XmiPracticeStore store = new XmiPracticeStore(workspace);
		store.createDemoPractice();
		Note note = draftNote(store);
		NoteRecords records = new NoteRecords(store, Clock.fixed(NOW, ZoneOffset.UTC));
		records.sign(note, "Dr A. Therapist");
		assertEquals(NoteStatus.SIGNED, note.getStatus());
		assertEquals("Dr A. Therapist", note.getSignedBy());
		assertEquals(NOW, note.getSignedAt());
		assertTrue(Diagnostician.INSTANCE.validate(note).getSeverity() < org.eclipse.emf.common.util.Diagnostic.ERROR);
		assertThrows(IllegalStateException.class, () -> records.sign(note, "again"));
		NoteDraft draft = NoteDraft.open(store, note);
		assertFalse(draft.setSectionText(draft.note().getSections().get(0), "rewritten"), "a signed note is not edited");
	}

	@Test
	void aSignedNoteChangesOnlyByAddenda() throws Exception {
		XmiPracticeStore store = new XmiPracticeStore(workspace);
		store.createDemoPractice();
		Note note = draftNote(store);
		NoteRecords records = new NoteRecords(store, Clock.fixed(NOW, ZoneOffset.UTC));
		assertThrows(IllegalStateException.class, () -> records.addAddendum(note, "me", "late entry", "text"), "not on a draft");
		records.sign(note, "Dr A. Therapist");
		records.addAddendum(note, "Dr A. Therapist", "Correction", "The session lasted 50 minutes, not 45.");
		assertThrows(IllegalArgumentException.class, () -> records.addAddendum(note, "me", " ", "text"), "a reason is required");
		Note reloaded = new XmiPracticeStore(workspace).practice().eResource().getEObject(note.eResource().getURIFragment(note)) instanceof Note n
				? n : null;
		assertEquals(1, reloaded.getAddenda().size());
		assertEquals("Correction", reloaded.getAddenda().get(0).getReason());
		assertEquals(NOW, reloaded.getAddenda().get(0).getCreatedAt());
	}
}
