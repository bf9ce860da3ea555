/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.tests.decisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;

import org.casenotes.core.AuditTrail;
import org.casenotes.core.Practices;
import org.casenotes.core.StoreException;
import org.casenotes.core.decisions.DecisionRecords;
import org.casenotes.core.decisions.FollowUps;
import org.casenotes.core.internal.XmiPracticeStore;
import org.casenotes.model.BoundaryCategory;
import org.casenotes.model.BoundaryDecision;
import org.casenotes.model.CasenotesFactory;
import org.casenotes.model.Client;
import org.casenotes.model.ConfidentialityException;
import org.casenotes.model.ConsultantRole;
import org.casenotes.model.Consultation;
import org.casenotes.model.DecisionOption;
import org.casenotes.model.Note;
import org.casenotes.model.NoteStatus;
import org.casenotes.model.Practice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionRecordsTest {

	private static final Instant NOW = Instant.parse("2026-11-23T10:15:00Z");
	private static final CasenotesFactory F = CasenotesFactory.eINSTANCE;

	@TempDir
	Path workspace;

	private XmiPracticeStore demo() throws StoreException {
		XmiPracticeStore store = new XmiPracticeStore(workspace);
		store.createDemoPractice();
		return store;
	}

	private DecisionRecords records(XmiPracticeStore store) {
		return new DecisionRecords(store, Clock.fixed(NOW, ZoneOffset.UTC));
	}

	/** A draft that may be signed: every field the rules ask for is filled. */
	static BoundaryDecision complete(DecisionRecords records, Client client, BoundaryCategory category) throws StoreException {
		BoundaryDecision d = records.createDraft(client, category, LocalDate.of(2025, 6, 2));
		d.setFacts("The client asked to meet for coffee after the last session.");
		Consultation consultation = F.createConsultation();
		consultation.setConsultantRole(ConsultantRole.PEER);
		consultation.setConsultantName("Dr Example Colleague");
		consultation.setAdvice("Decline warmly and discuss the ending in session.");
		d.getConsultations().add(consultation);
		d.setDecision("Decline; discuss the wish for contact in session.");
		d.setRationale("Post-termination contact would blur the therapeutic frame.");
		if (category == BoundaryCategory.CONFIDENTIALITY_EXCEPTION) {
			ConfidentialityException exception = F.createConfidentialityException();
			exception.setThreat("A stated plan to harm a named colleague.");
			exception.setLegalBasis("State duty-to-protect statute");
			exception.setWhoWasTold("Local police and the person at risk");
			exception.setPersonAtRisk("Synthetic Person");
			exception.setToldAt(Instant.parse("2025-06-02T15:00:00Z"));
			d.setConfidentialityException(exception);
		}
		return d;
	}

	@Test
	void aDraftIsCreatedInTheLogAndSaved() throws Exception {
		XmiPracticeStore store = demo();
		Client client = store.practice().getClients().get(0);
		BoundaryDecision d = records(store).createDraft(client, BoundaryCategory.GIFT, LocalDate.of(2025, 5, 1));
		assertEquals(NoteStatus.DRAFT, d.getStatus());
		assertTrue(store.practice().getConsultationLog().getDecisions().contains(d));
		Practice reloaded = XmiPracticeStore.readOnly(workspace).practice();
		assertEquals(4, reloaded.getConsultationLog().getDecisions().size(), "saved at once");
		BoundaryDecision anonymous = records(store).createDraft(null, BoundaryCategory.OTHER, null);
		assertNull(anonymous.getClient());
	}

	@Test
	void aCompleteRecordSigns() throws Exception {
		XmiPracticeStore store = demo();
		DecisionRecords records = records(store);
		BoundaryDecision d = complete(records, store.practice().getClients().get(0), BoundaryCategory.POST_TERMINATION_CONTACT);
		assertEquals(List.of(), records.problems(d));
		records.sign(d, "Dr A. Therapist");
		assertEquals(NoteStatus.SIGNED, d.getStatus());
		assertEquals("Dr A. Therapist", d.getSignedBy());
		assertEquals(NOW, d.getSignedAt());
		String id = d.eResource().getURIFragment(d);
		BoundaryDecision reloaded = (BoundaryDecision) Practices.withId(XmiPracticeStore.readOnly(workspace).practice(), id);
		assertEquals(NoteStatus.SIGNED, reloaded.getStatus());
	}

	@Test
	void aChosenOptionStandsForTheDecisionText() throws Exception {
		XmiPracticeStore store = demo();
		DecisionRecords records = records(store);
		BoundaryDecision d = complete(records, null, BoundaryCategory.GIFT);
		d.setDecision(null);
		assertEquals(List.of("Record the decision, or mark the option you chose."), records.problems(d));
		DecisionOption option = F.createDecisionOption();
		option.setDescription("Decline");
		d.getOptions().add(option);
		assertEquals(1, records.problems(d).size(), "an option not chosen is no decision");
		option.setChosen(true);
		assertEquals(List.of(), records.problems(d));
	}

	@Test
	void eachMissingFieldBlocksSigningWithItsOwnMessage() throws Exception {
		XmiPracticeStore store = demo();
		DecisionRecords records = records(store);
		Client client = store.practice().getClients().get(0);
		List<Consumer<BoundaryDecision>> removals = List.of(d -> d.setDate(null), d -> d.setFacts(" "), d -> d.getConsultations().clear(),
				d -> d.getConsultations().get(0).setAdvice(""), d -> d.setDecision(null),
				d -> d.setRationale(null));
		List<String> expected = List.of("Enter the date of the event.", "Describe the facts: what happened, as observed.",
				"Record at least one consultation: the ethics codes ask you to consult before deciding.",
				"The consultation needs the advice that was given.",
				"Record the decision, or mark the option you chose.", "Give the rationale for the decision.");
		for (int i = 0; i < removals.size(); i++) {
			BoundaryDecision d = complete(records, client, BoundaryCategory.GIFT);
			removals.get(i).accept(d);
			assertEquals(List.of(expected.get(i)), records.problems(d));
			IllegalStateException refused = assertThrows(IllegalStateException.class, () -> records.sign(d, "Dr A. Therapist"));
			assertEquals(expected.get(i), refused.getMessage());
			assertEquals(NoteStatus.DRAFT, d.getStatus());
		}
	}

	@Test
	void aConfidentialityExceptionNeedsThreatLegalBasisWhoWasToldAndWhen() throws Exception {
		XmiPracticeStore store = demo();
		DecisionRecords records = records(store);
		BoundaryDecision d = complete(records, null, BoundaryCategory.CONFIDENTIALITY_EXCEPTION);
		assertEquals(List.of(), records.problems(d));
		d.getConfidentialityException().setThreat("");
		d.getConfidentialityException().setToldAt(null);
		assertEquals(List.of("Describe the threat that led to the confidentiality exception.", "Record when they were told."), records.problems(d));
		d.setConfidentialityException(null);
		assertEquals(4, records.problems(d).size(), "no exception recorded at all: all four asked for");
		assertTrue(records.problems(d).contains("Give the legal basis for the confidentiality exception."));
		assertTrue(records.problems(d).contains("Record who was told."));
	}

	@Test
	void aSignedDecisionIsImmutableAndChangesOnlyByAddenda() throws Exception {
		XmiPracticeStore store = demo();
		DecisionRecords records = records(store);
		BoundaryDecision d = complete(records, null, BoundaryCategory.GIFT);
		assertThrows(IllegalStateException.class, () -> records.addAddendum(d, "me", "late", "text"), "no addendum on a draft");
		records.sign(d, "Dr A. Therapist");
		IllegalStateException twice = assertThrows(IllegalStateException.class, () -> records.sign(d, "Dr A. Therapist"));
		assertTrue(twice.getMessage().contains("already signed"), twice.getMessage());
		assertThrows(IllegalStateException.class, () -> records.deleteDraft(d), "a signed record is never deleted");
		records.addAddendum(d, "Dr A. Therapist", "Follow-up", "Client accepted the decision in session.");
		assertThrows(IllegalArgumentException.class, () -> records.addAddendum(d, "Dr A. Therapist", " ", "text"));
		String id = d.eResource().getURIFragment(d);
		BoundaryDecision reloaded = (BoundaryDecision) Practices.withId(XmiPracticeStore.readOnly(workspace).practice(), id);
		assertEquals(1, reloaded.getAddenda().size());
		assertEquals(NOW, reloaded.getAddenda().get(0).getCreatedAt());
	}

	@Test
	void signaturesAndAddendaAreAuditedWithoutTextAndTheChainVerifies() throws Exception {
		XmiPracticeStore store = demo();
		DecisionRecords records = records(store);
		BoundaryDecision d = complete(records, store.practice().getClients().get(0), BoundaryCategory.POST_TERMINATION_CONTACT);
		records.sign(d, "Dr A. Therapist");
		records.addAddendum(d, "Dr A. Therapist", "Secret reason", "Secret addendum text");
		AuditTrail trail = new AuditTrail(workspace);
		List<AuditTrail.Entry> entries = trail.read();
		assertEquals(List.of(DecisionRecords.AUDIT_SIGN, DecisionRecords.AUDIT_ADDENDUM), entries.stream().map(AuditTrail.Entry::action).toList());
		String id = d.eResource().getURIFragment(d);
		assertEquals("decision " + id + " (Post-termination contact) of C-0042", entries.get(0).subject());
		assertEquals("Dr A. Therapist", entries.get(0).actor());
		assertTrue(trail.verify().intact());
		String log = Files.readString(trail.file());
		for (String text : List.of("coffee", "Secret", "Decline", "Dr Example Colleague")) {
			assertFalse(log.contains(text), "the trail holds no free text: " + text);
		}
	}

	@Test
	void aDamagedTrailStopsTheSignatureBeforeAnythingChanges() throws Exception {
		XmiPracticeStore store = demo();
		DecisionRecords records = records(store);
		BoundaryDecision d = complete(records, null, BoundaryCategory.GIFT);
		store.save();
		String id = d.eResource().getURIFragment(d);
		Files.writeString(workspace.resolve(AuditTrail.FILE_NAME), "not an entry\n", StandardCharsets.UTF_8);
		StoreException refused = assertThrows(StoreException.class, () -> records.sign(d, "Dr A. Therapist"));
		assertTrue(refused.getMessage().startsWith("Casenotes did not sign the decision, because it could not be recorded."), refused.getMessage());
		assertEquals(NoteStatus.DRAFT, d.getStatus());
		BoundaryDecision reloaded = (BoundaryDecision) Practices.withId(XmiPracticeStore.readOnly(workspace).practice(), id);
		assertEquals(NoteStatus.DRAFT, reloaded.getStatus());
	}

	@Test
	void aLinkIsMadeBothWaysAndAllowedOnSignedDecisions() throws Exception {
		XmiPracticeStore store = demo();
		DecisionRecords records = records(store);
		Practice practice = store.practice();
		BoundaryDecision signed = practice.getConsultationLog().getDecisions().stream()
				.filter(d -> d.getStatus() == NoteStatus.SIGNED && d.getClient().getCode().equals("C-0057")).findFirst().orElseThrow();
		Note contact = signed.getClient().getCaseFiles().get(0).getNotes().get(1);
		assertFalse(contact.getDecisions().contains(signed));
		records.link(signed, contact);
		assertTrue(signed.getNotes().contains(contact));
		assertTrue(contact.getDecisions().contains(signed), "the note knows its decision");
		String noteId = contact.eResource().getURIFragment(contact);
		Note reloaded = (Note) Practices.withId(XmiPracticeStore.readOnly(workspace).practice(), noteId);
		assertEquals(1, reloaded.getDecisions().size(), "saved both ways");

		Note otherClients = practice.getClients().get(0).getCaseFiles().get(0).getNotes().get(0);
		assertThrows(IllegalArgumentException.class, () -> records.link(signed, otherClients));
		records.unlink(signed, contact);
		assertFalse(contact.getDecisions().contains(signed));
	}

	@Test
	void deletingADraftUnlinksItsNotes() throws Exception {
		XmiPracticeStore store = demo();
		DecisionRecords records = records(store);
		BoundaryDecision draft = store.practice().getConsultationLog().getDecisions().stream().filter(d -> d.getStatus() == NoteStatus.DRAFT)
				.findFirst().orElseThrow();
		Note note = draft.getNotes().get(0);
		records.deleteDraft(draft);
		assertFalse(store.practice().getConsultationLog().getDecisions().contains(draft));
		assertFalse(note.getDecisions().contains(draft));
		assertEquals(2, XmiPracticeStore.readOnly(workspace).practice().getConsultationLog().getDecisions().size());
	}

	@Test
	void aFollowUpIsOverdueWhenItsDateHasPassedWithoutAnOutcome() throws Exception {
		XmiPracticeStore store = demo();
		BoundaryDecision d = F.createBoundaryDecision();
		LocalDate today = LocalDate.of(2025, 5, 10);
		assertFalse(FollowUps.isOverdue(d, today), "no follow-up date");
		d.setFollowUpDate(today);
		assertFalse(FollowUps.isOverdue(d, today), "due today is not overdue yet");
		d.setFollowUpDate(today.minusDays(1));
		assertTrue(FollowUps.isOverdue(d, today));
		d.setFollowUpOutcome("Reviewed.");
		assertFalse(FollowUps.isOverdue(d, today));

		List<BoundaryDecision> overdue = FollowUps.overdue(store.practice(), LocalDate.of(2026, 1, 1));
		assertEquals(1, overdue.size(), "the demo has one overdue follow-up");
		assertEquals(BoundaryCategory.SOCIAL_MEDIA, overdue.get(0).getCategory());
		assertEquals(List.of(), FollowUps.overdue(store.practice(), LocalDate.of(2025, 1, 1)));
	}

	@Test
	void theDemoLogShowsEachState() throws Exception {
		XmiPracticeStore store = demo();
		DecisionRecords records = records(store);
		List<BoundaryDecision> log = store.practice().getConsultationLog().getDecisions();
		assertEquals(2, log.stream().filter(d -> d.getStatus() == NoteStatus.SIGNED).count());
		for (BoundaryDecision d : log) {
			assertFalse(d.getOptions().isEmpty() || d.getConsultations().isEmpty() || d.getPrinciples().isEmpty() || d.getSubcategory() == null);
			assertFalse(d.getNotes().isEmpty(), "linked to its notes");
			if (d.getStatus() == NoteStatus.SIGNED) {
				assertEquals(List.of(), records.problems(d), "a signed demo record meets the signing rules");
			} else {
				assertEquals(List.of("Give the rationale for the decision."), records.problems(d));
			}
		}
	}
}
