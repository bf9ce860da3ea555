/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.decisions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.casenotes.core.NoteRecords;
import org.casenotes.core.PracticeStore;
import org.casenotes.core.StoreException;
import org.casenotes.model.Addendum;
import org.casenotes.model.BoundaryCategory;
import org.casenotes.model.BoundaryDecision;
import org.casenotes.model.CaseFile;
import org.casenotes.model.CasenotesFactory;
import org.casenotes.model.Client;
import org.casenotes.model.ConfidentialityException;
import org.casenotes.model.ConsultantRole;
import org.casenotes.model.Consultation;
import org.casenotes.model.DecisionOption;
import org.casenotes.model.Note;
import org.casenotes.model.NoteStatus;
import org.casenotes.model.Practice;

/**
 * Boundary decisions as records, like {@link NoteRecords} for notes: a decision is a draft until signed, and
 * afterwards changes only by addenda. Each step is written to disk at once; signing and addenda are recorded in
 * the audit trail and fail closed (see {@link AuditedSteps}).
 * <p>
 * <b>What signing asks for</b> ({@link #problems}): the category, the date of the event, the facts, at least one
 * consultation (the codes ask the therapist to consult, so a note in the rationale that nobody was consulted does
 * not replace one), and for each consultation who was consulted (the role) and what they advised; the decision,
 * either as text or as a chosen option, and its rationale. A confidentiality exception must also say what the
 * threat was, its legal basis, who was told and when, because these are what a board or court asks first.
 * The follow-up date and the rest of a practice standard are measured by {@link PracticeStandards#completeness}
 * and shown, but do not block signing: a record that cannot be signed would rather stay an unsigned draft, which
 * is worse than a signed record with a known gap.
 * <p>
 * <b>Links to notes</b> are allowed on signed decisions too: a link says where the decision is discussed and
 * changes nothing the therapist signed, and the note of the next session is often written after signing. A
 * note may only be linked to a decision about its own client, so a record never points into another client's file.
 */
public final class DecisionRecords {

	/** The audit actions this class writes. */
	public static final String AUDIT_SIGN = "sign-decision";
	public static final String AUDIT_ADDENDUM = "decision-addendum";

	private static final CasenotesFactory F = CasenotesFactory.eINSTANCE;

	private final PracticeStore store;
	private final Clock clock;
	private final AuditedSteps steps;

	public DecisionRecords(PracticeStore store) {
		this(store, Clock.systemUTC());
	}

	public DecisionRecords(PracticeStore store, Clock clock) {
		this.store = Objects.requireNonNull(store, "store");
		this.clock = Objects.requireNonNull(clock, "clock");
		this.steps = new AuditedSteps(store);
	}

	/** Who signs: as {@link NoteRecords#signer()}. */
	public String signer() throws StoreException {
		return new NoteRecords(store, clock).signer();
	}

	/** A new draft in the practice's consultation log, saved at once; the client may be chosen later. */
	public BoundaryDecision createDraft(Client client, BoundaryCategory category, LocalDate date) throws StoreException {
		Practice practice = store.practice();
		boolean newLog = practice.getConsultationLog() == null;
		if (newLog) {
			practice.setConsultationLog(F.createConsultationLog());
		}
		BoundaryDecision decision = F.createBoundaryDecision();
		decision.setStatus(NoteStatus.DRAFT);
		if (category != null) {
			decision.setCategory(category);
		}
		decision.setDate(date);
		decision.setClient(client);
		practice.getConsultationLog().getDecisions().add(decision);
		steps.save(() -> {
			practice.getConsultationLog().getDecisions().remove(decision);
			if (newLog) {
				practice.setConsultationLog(null);
			}
		});
		return decision;
	}

	/** What must be filled before the decision can be signed, one sentence each; empty when it may be signed. */
	public List<String> problems(BoundaryDecision d) {
		List<String> problems = new ArrayList<>();
		if (d.getCategory() == null) {
			problems.add("Choose the category of the dilemma.");
		}
		if (d.getDate() == null) {
			problems.add("Enter the date of the event.");
		}
		if (blank(d.getFacts())) {
			problems.add("Describe the facts: what happened, as observed.");
		}
		if (d.getConsultations().isEmpty()) {
			problems.add("Record at least one consultation: the ethics codes ask you to consult before deciding.");
		}
		for (int i = 0; i < d.getConsultations().size(); i++) {
			Consultation consultation = d.getConsultations().get(i);
			String which = d.getConsultations().size() == 1 ? "The consultation" : "Consultation " + (i + 1);
			if (consultation.getConsultantRole() == null) {
				problems.add(which + " needs the consultant's role.");
			}
			if (blank(consultation.getAdvice())) {
				problems.add(which + " needs the advice that was given.");
			}
		}
		if (blank(d.getDecision()) && chosenOption(d) == null) {
			problems.add("Record the decision, or mark the option you chose.");
		}
		if (blank(d.getRationale())) {
			problems.add("Give the rationale for the decision.");
		}
		if (d.getCategory() == BoundaryCategory.CONFIDENTIALITY_EXCEPTION) {
			confidentialityProblems(d.getConfidentialityException(), problems);
		}
		return problems;
	}

	private static void confidentialityProblems(ConfidentialityException exception, List<String> problems) {
		if (exception == null || blank(exception.getThreat())) {
			problems.add("Describe the threat that led to the confidentiality exception.");
		}
		if (exception == null || blank(exception.getLegalBasis())) {
			problems.add("Give the legal basis for the confidentiality exception.");
		}
		if (exception == null || blank(exception.getWhoWasTold())) {
			problems.add("Record who was told.");
		}
		if (exception == null || exception.getToldAt() == null) {
			problems.add("Record when they were told.");
		}
	}

	/**
	 * Why an option with this description cannot be recorded (added or changed), one sentence, or empty: an option
	 * is what the therapist could do, so it must say it; its consequences may come later.
	 */
	public static Optional<String> optionProblem(String description) {
		return blank(description) ? Optional.of("Describe the option: what you could do.") : Optional.empty();
	}

	/**
	 * Why a consultation with this role cannot be recorded (added or changed), one sentence, or empty. Only the role
	 * is asked for here: a draft may record a consultation before its advice is written, signing asks for that.
	 */
	public static Optional<String> consultationProblem(ConsultantRole role) {
		return role == null ? Optional.of("Say whom you consulted: choose their role.") : Optional.empty();
	}

	/** The first option marked as chosen, or null. */
	public static DecisionOption chosenOption(BoundaryDecision d) {
		return d.getOptions().stream().filter(o -> o.isChosen() && !blank(o.getDescription())).findFirst().orElse(null);
	}

	/**
	 * Signs a complete draft and writes the practice.
	 *
	 * @throws IllegalStateException when the decision is already signed or not complete (the message lists what is missing)
	 */
	public void sign(BoundaryDecision d, String signer) throws StoreException {
		if (d.getStatus() == NoteStatus.SIGNED) {
			throw new IllegalStateException("This decision is already signed; add an addendum to change it.");
		}
		if (blank(signer)) {
			throw new IllegalArgumentException("A signature needs the signer's name.");
		}
		List<String> problems = problems(d);
		if (!problems.isEmpty()) {
			throw new IllegalStateException(String.join(" ", problems));
		}
		steps.checkTrail("sign the decision");
		Runnable undo = () -> {
			d.setStatus(NoteStatus.DRAFT);
			d.setSignedBy(null);
			d.setSignedAt(null);
		};
		d.setStatus(NoteStatus.SIGNED);
		d.setSignedBy(signer.strip());
		d.setSignedAt(Instant.now(clock));
		steps.save(undo);
		steps.record(d.getSignedBy(), AUDIT_SIGN, auditSubject(d), "signed", undo);
	}

	/**
	 * Adds an addendum to a signed decision and writes the practice.
	 *
	 * @throws IllegalStateException when the decision is a draft (edit it instead)
	 */
	public Addendum addAddendum(BoundaryDecision d, String author, String reason, String text) throws StoreException {
		if (d.getStatus() != NoteStatus.SIGNED) {
			throw new IllegalStateException("A draft is edited, not amended: addenda are for signed decisions.");
		}
		if (blank(author) || blank(reason) || blank(text)) {
			throw new IllegalArgumentException("An addendum needs its author, its reason and its text.");
		}
		Addendum addendum = F.createAddendum();
		addendum.setAuthor(author.strip());
		addendum.setReason(reason.strip());
		addendum.setText(text.strip());
		addendum.setCreatedAt(Instant.now(clock));
		steps.checkTrail("add the addendum");
		d.getAddenda().add(addendum);
		Runnable undo = () -> d.getAddenda().remove(addendum);
		steps.save(undo);
		// the reason and text are free text: the trail keeps only which addendum it was
		steps.record(addendum.getAuthor(), AUDIT_ADDENDUM, auditSubject(d), "addendum " + d.getAddenda().size(), undo);
		return addendum;
	}

	/**
	 * Links a note where the decision is discussed, both ways; allowed on signed decisions (see the class comment).
	 *
	 * @throws IllegalArgumentException when the note belongs to another client than the decision's
	 */
	public void link(BoundaryDecision d, Note note) throws StoreException {
		Objects.requireNonNull(note, "note");
		if (d.getNotes().contains(note)) {
			return;
		}
		Client owner = clientOf(note);
		if (d.getClient() != null && owner != null && owner != d.getClient()) {
			throw new IllegalArgumentException("That note belongs to another client; a decision links only to its own client's notes.");
		}
		d.getNotes().add(note);
		steps.save(() -> d.getNotes().remove(note));
	}

	/** Removes a link made by {@link #link}, both ways. */
	public void unlink(BoundaryDecision d, Note note) throws StoreException {
		int at = d.getNotes().indexOf(note);
		if (at < 0) {
			return;
		}
		d.getNotes().remove(at);
		steps.save(() -> d.getNotes().add(at, note));
	}

	/**
	 * Deletes a draft; a signed decision is a record and is never deleted.
	 *
	 * @throws IllegalStateException when the decision is signed
	 */
	public void deleteDraft(BoundaryDecision d) throws StoreException {
		if (d.getStatus() == NoteStatus.SIGNED) {
			throw new IllegalStateException("A signed decision is a record and cannot be deleted; add an addendum instead.");
		}
		Practice practice = store.practice();
		List<BoundaryDecision> log = practice.getConsultationLog().getDecisions();
		int at = log.indexOf(d);
		if (at < 0) {
			return;
		}
		// notes point back at the decision: unlink them, or the practice would save a reference to nothing
		List<Note> linked = new ArrayList<>(d.getNotes());
		d.getNotes().clear();
		log.remove(at);
		steps.save(() -> {
			log.add(at, d);
			d.getNotes().addAll(linked);
		});
	}

	/**
	 * How the trail names a decision: its client's pseudonymous code, its category and its stable id, never its
	 * text (the facts and the decision are free text and may name someone).
	 */
	public static String auditSubject(BoundaryDecision d) {
		String id = d.eResource() != null ? d.eResource().getURIFragment(d) : null;
		return "decision " + (id != null ? id : "?") + " (" + (d.getCategory() == null ? "no category" : d.getCategory().getLiteral()) + ") of "
				+ (d.getClient() == null ? "no client" : d.getClient().getCode());
	}

	private static Client clientOf(Note note) {
		return note.eContainer() instanceof CaseFile file && file.eContainer() instanceof Client client ? client : null;
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
