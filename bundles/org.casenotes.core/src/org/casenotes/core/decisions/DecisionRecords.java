/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.casenotes.core.PracticeStore;
import org.casenotes.core.StoreException;
import org.casenotes.model.Addendum;
import org.casenotes.model.BoundaryCategory;
import org.casenotes.model.BoundaryDecision;
import org.casenotes.model.CasenotesFactory;
import org.casenotes.model.Client;
import org.casenotes.model.Note;
import org.casenotes.model.NoteStatus;
import org.casenotes.model.Practice;

/** Boundary decisions as records: drafted, signed once complete, then amended only by addenda. */
public final class DecisionRecords {

	private final PracticeStore store;

	public DecisionRecords(PracticeStore store) {
		this.store = store;
	}

	public BoundaryDecision createDraft(Client client, BoundaryCategory category, LocalDate date) throws StoreException {
		Practice practice = store.practice();
		if (practice.getConsultationLog() == null) {
			practice.setConsultationLog(CasenotesFactory.eINSTANCE.createConsultationLog());
		}
		BoundaryDecision d = CasenotesFactory.eINSTANCE.createBoundaryDecision();
		d.setClient(client);
		d.setCategory(category);
		d.setDate(date);
		d.setStatus(NoteStatus.DRAFT);
		practice.getConsultationLog().getDecisions().add(d);
		try {
			store.save();
		} catch (StoreException e) {
			practice.getConsultationLog().getDecisions().remove(d);
			throw e;
		}
		return d;
	}

	public List<String> problems(BoundaryDecision d) {
		List<String> problems = new ArrayList<>();
		if (d.getClient() == null) {
			problems.add("Choose the client.");
		}
		if (d.getDate() == null) {
			problems.add("Give the date of the event.");
		}
		try {
			for (String missing : PracticeStandards.completeness(d, store.practice().getStandard()).missing()) {
				problems.add("Fill in: " + missing + ".");
			}
		} catch (StoreException e) {
			problems.add(e.getMessage());
		}
		return problems;
	}

	public void sign(BoundaryDecision d, String signer) throws StoreException {
		if (d.getStatus() == NoteStatus.SIGNED) {
			throw new IllegalStateException("This decision is already signed.");
		}
		List<String> problems = problems(d);
		if (!problems.isEmpty()) {
			throw new IllegalStateException("The decision cannot be signed yet: " + String.join(" ", problems));
		}
		d.setStatus(NoteStatus.SIGNED);
		d.setSignedBy(signer);
		d.setSignedAt(Instant.now());
		try {
			store.save();
		} catch (StoreException e) {
			d.setStatus(NoteStatus.DRAFT);
			d.setSignedBy(null);
			d.setSignedAt(null);
			throw e;
		}
	}

	public Addendum addAddendum(BoundaryDecision d, String author, String reason, String text) throws StoreException {
		if (d.getStatus() != NoteStatus.SIGNED) {
			throw new IllegalStateException("A draft is edited, not amended: addenda are for signed decisions.");
		}
		Addendum addendum = CasenotesFactory.eINSTANCE.createAddendum();
		addendum.setAuthor(author);
		addendum.setReason(reason);
		addendum.setText(text);
		addendum.setCreatedAt(Instant.now());
		d.getAddenda().add(addendum);
		try {
			store.save();
		} catch (StoreException e) {
			d.getAddenda().remove(addendum);
			throw e;
		}
		return addendum;
	}

	public void link(BoundaryDecision d, Note note) throws StoreException {
		if (!d.getNotes().contains(note)) {
			d.getNotes().add(note);
			store.save();
		}
	}

	public void deleteDraft(BoundaryDecision d) throws StoreException {
		if (d.getStatus() == NoteStatus.SIGNED) {
			throw new IllegalStateException("A signed decision is a record and cannot be deleted.");
		}
		d.getNotes().clear();
		store.practice().getConsultationLog().getDecisions().remove(d);
		store.save();
	}

	public String signer() throws StoreException {
		String id = store.practice().getPractitionerId();
		return id != null && !id.isBlank() ? id : System.getProperty("user.name", "the therapist");
	}
}
