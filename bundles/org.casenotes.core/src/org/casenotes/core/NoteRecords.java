/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

import org.casenotes.model.Addendum;
import org.casenotes.model.CaseFile;
import org.casenotes.model.CasenotesFactory;
import org.casenotes.model.Client;
import org.casenotes.model.Note;
import org.casenotes.model.NoteStatus;
import org.casenotes.model.Practice;

/**
 * Notes as records: signing freezes a note with its signer and time; afterwards it changes only by addenda
 * (author, time, reason), as record-keeping standards require. Each step is written to disk at once.
 * <p>
 * Every signature and addendum is recorded in the workspace's {@link AuditTrail}, and the step fails closed: it
 * counts as done only once both the practice and its audit entry are on disk. A trail that is already damaged
 * or unreadable stops the step before anything changes; a trail that cannot be written after the practice was
 * saved undoes the step in the model and saves the practice again, so a record never changes unrecorded.
 */
public final class NoteRecords {

	/** The audit actions this class writes. */
	public static final String AUDIT_SIGN = "sign";
	public static final String AUDIT_ADDENDUM = "addendum";

	private final PracticeStore store;
	private final Clock clock;
	private final AuditTrail trail;

	public NoteRecords(PracticeStore store) {
		this(store, Clock.systemUTC());
	}

	public NoteRecords(PracticeStore store, Clock clock) {
		this.store = Objects.requireNonNull(store, "store");
		this.clock = Objects.requireNonNull(clock, "clock");
		this.trail = new AuditTrail(store.location());
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
		checkTrail("sign the note");
		Runnable undo = () -> {
			note.setStatus(NoteStatus.DRAFT);
			note.setSignedBy(null);
			note.setSignedAt(null);
		};
		note.setStatus(NoteStatus.SIGNED);
		note.setSignedBy(signer.strip());
		note.setSignedAt(Instant.now(clock));
		try {
			store.save();
		} catch (StoreException e) {
			// not on disk: not signed
			undo.run();
			throw e;
		}
		record(signer.strip(), AUDIT_SIGN, note, note.getKind() == null ? "" : note.getKind().getLiteral() + " note", undo, "signed");
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
		checkTrail("add the addendum");
		note.getAddenda().add(addendum);
		Runnable undo = () -> note.getAddenda().remove(addendum);
		try {
			store.save();
		} catch (StoreException e) {
			undo.run();
			throw e;
		}
		// the reason is the therapist's free text: the trail keeps only which addendum it was
		record(addendum.getAuthor(), AUDIT_ADDENDUM, note, "addendum " + note.getAddenda().size() + " of the note", undo,
				"amended");
		return addendum;
	}

	/**
	 * How the trail names a note: its client's pseudonymous code and the note's stable id, never a title or text
	 * (a title is the therapist's free text and may name someone).
	 */
	public static String auditSubject(Note note) {
		String code = note.eContainer() instanceof CaseFile file && file.eContainer() instanceof Client client ? client.getCode() : "?";
		String id = note.eResource() != null ? note.eResource().getURIFragment(note) : null;
		StringBuilder subject = new StringBuilder("note ").append(id != null ? id : "?").append(" of ").append(code);
		if (note.getSessionDate() != null) {
			subject.append(", session ").append(note.getSessionDate());
		}
		return subject.toString();
	}

	/** Refuses to start a step whose audit entry could not be chained: nothing has changed yet. */
	private void checkTrail(String what) throws StoreException {
		try {
			trail.checkIntact();
		} catch (StoreException e) {
			throw new StoreException("Casenotes did not " + what + ", because it could not be recorded. " + e.getMessage()
					+ " Run \u201Ccasenotes verify\u201D for details.", e);
		}
	}

	/** Appends the audit entry of a saved step; when that fails, the step is undone and the practice saved again. */
	private void record(String actor, String action, Note note, String detail, Runnable undo, String done) throws StoreException {
		try {
			trail.append(actor, action, auditSubject(note), detail);
		} catch (StoreException e) {
			undo.run();
			try {
				store.save();
			} catch (StoreException again) {
				e.addSuppressed(again);
				throw new StoreException("The note was " + done + " but the step could not be recorded in the audit trail, and "
						+ "undoing it failed too: " + again.getMessage() + " Cause: " + e.getMessage(), e);
			}
			throw new StoreException("Nothing was changed: the step could not be recorded in the audit trail. " + e.getMessage(), e);
		}
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}
}
