/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

import org.casenotes.model.Addendum;
import org.casenotes.model.CasenotesFactory;
import org.casenotes.model.Note;
import org.casenotes.model.NoteStatus;
import org.casenotes.model.Practice;

/**
 * Notes as records: signing freezes a note with its signer and time; afterwards it changes only by addenda
 * (author, time, reason), as record-keeping standards require. Each step is written to disk at once.
 */
public final class NoteRecords {

	private final PracticeStore store;
	private final Clock clock;

	public NoteRecords(PracticeStore store) {
		this(store, Clock.systemUTC());
	}

	public NoteRecords(PracticeStore store, Clock clock) {
		this.store = Objects.requireNonNull(store, "store");
		this.clock = Objects.requireNonNull(clock, "clock");
	}

	/**
	 * Who signs: the practice's practitioner, or the user of this computer when the practice names none.
	 */
	public String signer() throws StoreException {
		Practice practice = store.practice();
		String id = practice.getPractitionerId();
		return id != null && !id.isBlank() ? id : System.getProperty("user.name", "the therapist");
	}

	/**
	 * Signs a draft note and writes the practice.
	 *
	 * @throws IllegalStateException when the note is already signed or its text is empty
	 */
	public void sign(Note note, String signer) throws StoreException {
		if (note.getStatus() == NoteStatus.SIGNED) {
			throw new IllegalStateException("This note is already signed.");
		}
		if (signer == null || signer.isBlank()) {
			throw new IllegalArgumentException("A signature needs the signer's name.");
		}
		if (note.getSections().stream().allMatch(s -> s.getText() == null || s.getText().isBlank())) {
			throw new IllegalStateException("An empty note cannot be signed.");
		}
		note.setStatus(NoteStatus.SIGNED);
		note.setSignedBy(signer.strip());
		note.setSignedAt(Instant.now(clock));
		try {
			store.save();
		} catch (StoreException e) {
			// not on disk: not signed
			note.setStatus(NoteStatus.DRAFT);
			note.setSignedBy(null);
			note.setSignedAt(null);
			throw e;
		}
	}

	/**
	 * Adds an addendum to a signed note and writes the practice.
	 *
	 * @throws IllegalStateException when the note is a draft (edit it instead)
	 */
	public Addendum addAddendum(Note note, String author, String reason, String text) throws StoreException {
		if (note.getStatus() != NoteStatus.SIGNED) {
			throw new IllegalStateException("A draft is edited, not amended: addenda are for signed notes.");
		}
		if (isBlank(author) || isBlank(reason) || isBlank(text)) {
			throw new IllegalArgumentException("An addendum needs its author, its reason and its text.");
		}
		Addendum addendum = CasenotesFactory.eINSTANCE.createAddendum();
		addendum.setAuthor(author.strip());
		addendum.setReason(reason.strip());
		addendum.setText(text.strip());
		addendum.setCreatedAt(Instant.now(clock));
		note.getAddenda().add(addendum);
		try {
			store.save();
		} catch (StoreException e) {
			note.getAddenda().remove(addendum);
			throw e;
		}
		return addendum;
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}
}
