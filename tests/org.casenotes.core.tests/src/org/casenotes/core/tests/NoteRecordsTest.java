/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.casenotes.core.AuditTrail;
import org.casenotes.core.NoteDraft;
import org.casenotes.core.NoteRecords;
import org.casenotes.core.PracticeStore;
import org.casenotes.core.Practices;
import org.casenotes.core.StoreException;
import org.casenotes.core.internal.XmiPracticeStore;
import org.casenotes.model.Note;
import org.casenotes.model.NoteStatus;
import org.casenotes.model.Practice;
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
		Note reloaded = Practices.withId(XmiPracticeStore.readOnly(workspace).practice(), note.eResource().getURIFragment(note)) instanceof Note n
				? n : null;
		assertEquals(1, reloaded.getAddenda().size());
		assertEquals("Correction", reloaded.getAddenda().get(0).getReason());
		assertEquals(NOW, reloaded.getAddenda().get(0).getCreatedAt());
	}

	@Test
	void signaturesAndAddendaAreRecordedInTheAuditTrailWithoutText() throws Exception {
		XmiPracticeStore store = new XmiPracticeStore(workspace);
		store.createDemoPractice();
		Note note = draftNote(store);
		note.setTitle("Session with Maria's sister");
		NoteRecords records = new NoteRecords(store, Clock.fixed(NOW, ZoneOffset.UTC));
		records.sign(note, "Dr A. Therapist");
		records.addAddendum(note, "Dr B. Colleague", "Correction for Maria", "The session lasted 50 minutes, not 45.");

		List<AuditTrail.Entry> entries = new AuditTrail(workspace).read();
		assertEquals(2, entries.size());
		AuditTrail.Entry sign = entries.get(0);
		AuditTrail.Entry addendum = entries.get(1);
		assertEquals("Dr A. Therapist", sign.actor());
		assertEquals(NoteRecords.AUDIT_SIGN, sign.action());
		assertEquals("Dr B. Colleague", addendum.actor());
		assertEquals(NoteRecords.AUDIT_ADDENDUM, addendum.action());
		String code = ((org.casenotes.model.Client) note.eContainer().eContainer()).getCode();
		String id = note.eResource().getURIFragment(note);
		assertEquals(NoteRecords.auditSubject(note), sign.subject());
		assertTrue(sign.subject().contains(code) && sign.subject().contains(id), sign.subject());
		assertEquals(sign.subject(), addendum.subject(), "the same note is named the same way every time");
		assertEquals("addendum 1 of the note", addendum.detail());
		String log = Files.readString(workspace.resolve(AuditTrail.FILE_NAME));
		assertFalse(log.contains("Maria") || log.contains("50 minutes"), "neither the title, the reason nor the text is recorded");
		for (var section : note.getSections()) {
			assertTrue(section.getText() == null || section.getText().isBlank() || !log.contains(section.getText()));
		}
		assertTrue(new AuditTrail(workspace).verify().intact());
	}

	@Test
	void aDamagedTrailStopsTheSignatureBeforeAnythingChanges() throws Exception {
		XmiPracticeStore store = new XmiPracticeStore(workspace);
		store.createDemoPractice();
		Note note = draftNote(store);
		String id = note.eResource().getURIFragment(note);
		Files.writeString(workspace.resolve(AuditTrail.FILE_NAME), "not an entry\n", StandardCharsets.UTF_8);
		NoteRecords records = new NoteRecords(store, Clock.fixed(NOW, ZoneOffset.UTC));

		StoreException refused = assertThrows(StoreException.class, () -> records.sign(note, "Dr A. Therapist"));
		assertTrue(refused.getMessage().startsWith("Casenotes did not sign the note, because it could not be recorded."), refused.getMessage());
		assertEquals(NoteStatus.DRAFT, note.getStatus());
		assertEquals(NoteStatus.DRAFT, reload(id).getStatus(), "nothing was written");
		assertEquals("not an entry\n", Files.readString(workspace.resolve(AuditTrail.FILE_NAME)), "the trail is left as found");
	}

	@Test
	void anAuditEntryThatCannotBeWrittenUndoesTheSaveAndTheAddendum() throws Exception {
		XmiPracticeStore xmi = new XmiPracticeStore(workspace);
		xmi.createDemoPractice();
		Note note = draftNote(xmi);
		String id = note.eResource().getURIFragment(note);
		SabotagedStore store = new SabotagedStore(xmi);
		NoteRecords records = new NoteRecords(store, Clock.fixed(NOW, ZoneOffset.UTC));
		records.sign(note, "Dr A. Therapist");

		// the trail breaks between the practice's save and the entry's append
		store.damageTrailOnNextSave = true;
		StoreException failed = assertThrows(StoreException.class, () -> records.addAddendum(note, "Dr A. Therapist", "Correction", "Text."));
		assertTrue(failed.getMessage().startsWith("Nothing was changed: the step could not be recorded"), failed.getMessage());
		assertEquals(0, note.getAddenda().size());
		assertEquals(0, reload(id).getAddenda().size(), "the saved addendum was taken back on disk");

		// and a signature, the same way
		Note other = draftNote(xmi);
		String otherId = other.eResource().getURIFragment(other);
		Files.writeString(workspace.resolve(AuditTrail.FILE_NAME), "", StandardCharsets.UTF_8);
		store.damageTrailOnNextSave = true;
		assertThrows(StoreException.class, () -> records.sign(other, "Dr A. Therapist"));
		assertEquals(NoteStatus.DRAFT, other.getStatus());
		assertEquals(NoteStatus.DRAFT, reload(otherId).getStatus());
		assertEquals(null, reload(otherId).getSignedBy());
	}

	@Test
	void whenUndoingFailsTooTheMessageSaysSo() throws Exception {
		XmiPracticeStore xmi = new XmiPracticeStore(workspace);
		xmi.createDemoPractice();
		Note note = draftNote(xmi);
		SabotagedStore store = new SabotagedStore(xmi);
		store.damageTrailOnNextSave = true;
		store.failAfterNextSave = true;
		StoreException failed = assertThrows(StoreException.class, () -> new NoteRecords(store).sign(note, "Dr A. Therapist"));
		assertTrue(failed.getMessage().startsWith("The note was signed but the step could not be recorded"), failed.getMessage());
	}

	private Note reload(String id) throws StoreException {
		return (Note) Practices.withId(XmiPracticeStore.readOnly(workspace).practice(), id);
	}

	/** A store whose save breaks the audit trail (as another program might) or fails after one more save. */
	private static final class SabotagedStore implements PracticeStore {
		private final PracticeStore store;
		boolean damageTrailOnNextSave;
		boolean failAfterNextSave;

		SabotagedStore(PracticeStore store) {
			this.store = store;
		}

		@Override
		public Path location() {
			return store.location();
		}

		@Override
		public Practice practice() throws StoreException {
			return store.practice();
		}

		@Override
		public void save() throws StoreException {
			if (failAfterNextSave && !damageTrailOnNextSave) {
				throw new StoreException("The disk is full.");
			}
			store.save();
			if (damageTrailOnNextSave) {
				damageTrailOnNextSave = false;
				try {
					Files.writeString(location().resolve(AuditTrail.FILE_NAME), "torn", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
							StandardOpenOption.APPEND);
				} catch (java.io.IOException e) {
					throw new StoreException(e.getMessage(), e);
				}
			}
		}

		@Override
		public void createDemoPractice() throws StoreException {
			store.createDemoPractice();
		}
	}
}
