/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.internal.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.casenotes.model.BoundaryCategory;
import org.casenotes.model.BoundaryDecision;
import org.casenotes.model.CaseFile;
import org.casenotes.model.CasenotesFactory;
import org.casenotes.model.Client;
import org.casenotes.model.ConsultantRole;
import org.casenotes.model.Consultation;
import org.casenotes.model.ConsultationMode;
import org.casenotes.model.ContactDetail;
import org.casenotes.model.ContactKind;
import org.casenotes.model.DecisionOption;
import org.casenotes.model.IdentitySheet;
import org.casenotes.model.Initiator;
import org.casenotes.model.KnownPerson;
import org.casenotes.model.KnownPlace;
import org.casenotes.model.Note;
import org.casenotes.model.NoteKind;
import org.casenotes.model.NoteStatus;
import org.casenotes.model.PlaceKind;
import org.casenotes.model.Practice;
import org.casenotes.model.Principle;
import org.casenotes.model.Section;

/**
 * A small practice to explore Casenotes with. Every person, place, number and handle in it is invented
 * (phone numbers are in the 555 fiction range, addresses use example.org); the dilemmas are the ones the
 * product exists for: a social-media follow request, a dual relationship in a small town, a gift. The three
 * decisions show the log's states: one signed and followed up, one signed with its follow-up overdue, one draft
 * that still lacks its rationale. Each is linked to the notes where it is discussed.
 */
public final class DemoPractice {

	private static final CasenotesFactory F = CasenotesFactory.eINSTANCE;
	private static final String THERAPIST = "Jordan Avery, LMHC";

	private DemoPractice() {
	}

	public static void populate(Practice practice) {
		practice.setName("Demo practice (synthetic data)");
		practice.setPractitionerId("demo-therapist");
		if (practice.getConsultationLog() == null) {
			practice.setConsultationLog(F.createConsultationLog());
		}
		Client mara = mara();
		Client devon = devon();
		Client rosa = rosa();
		practice.getClients().add(mara);
		practice.getClients().add(devon);
		practice.getClients().add(rosa);

		practice.getConsultationLog().getDecisions().add(link(followRequest(mara), mara, 1, 2));
		practice.getConsultationLog().getDecisions().add(link(footballCoach(devon), devon, 0));
		practice.getConsultationLog().getDecisions().add(link(knittedScarf(rosa), rosa, 0));
	}

	/** Links the decision to the notes (by position in the client's first case file) that discuss it. */
	private static BoundaryDecision link(BoundaryDecision d, Client client, int... notes) {
		for (int n : notes) {
			d.getNotes().add(client.getCaseFiles().get(0).getNotes().get(n));
		}
		return d;
	}

	/** Signed, with its follow-up overdue: the review planned for April has no outcome yet. */
	private static BoundaryDecision followRequest(Client mara) {
		BoundaryDecision d = decision(BoundaryCategory.SOCIAL_MEDIA, "Follow request", Initiator.CLIENT, LocalDate.of(2025, 3, 12), mara);
		d.setFacts("Client sent a follow request to the therapist's personal Instagram account two days after a session on loneliness. "
				+ "In session 6 she said she had looked the therapist up online \"to see if you're real\".");
		d.setInterpretation("The request reads as a wish for connection outside therapy rather than a test of limits; declining it "
				+ "risks repeating the rejection she describes in her family.");
		d.getStandardsCited().addAll(List.of("ACA H.6.b", "APA 3.05"));
		d.getPrinciples().addAll(List.of(Principle.NON_MALEFICENCE, Principle.FIDELITY, Principle.BENEFICENCE));
		d.setRisks("Accepting exposes the client to the therapist's private life and blurs the frame; ignoring it silently may feel like rejection.");
		d.setBenefits("Discussing it openly can become part of the work on connection and on asking for what she needs.");
		d.getOptions().add(option("Accept the request", "Dual relationship online; the client sees the therapist's family and friends.", false));
		d.getOptions().add(option("Ignore it and say nothing", "Ambiguous; likely read as rejection, and the policy stays unspoken.", false));
		d.getOptions().add(option("Decline, and raise it in the next session", "A brief rupture to repair; the policy is restated with warmth.", true));
		d.getConsultations().add(consultation(ConsultantRole.SUPERVISOR, "Dr. Priya Natarajan", LocalDate.of(2025, 3, 13), ConsultationMode.VIDEO,
				"Do not accept. Name the request in session, link it to the loneliness she is working on, and restate the social-media policy.", true));
		d.getConsultations().add(consultation(ConsultantRole.PEER, "Tuesday peer consultation group", LocalDate.of(2025, 3, 18), ConsultationMode.IN_PERSON,
				"Agreed with declining; suggested checking the therapist's own privacy settings as well.", true));
		d.setDecision("Do not accept. Raise it in the next session as part of the work on connection; restate the social-media policy given at intake.");
		d.setRationale("Accepting would blur the professional relationship and expose the client to the therapist's private life (ACA H.6.b); "
				+ "declining silently could feel like rejection, so it is discussed in session.");
		d.setDocumentedBeforeActing(true);
		d.setClientDiscussion("Planned for session 7: acknowledge the request, explain the policy, explore what it meant to her.");
		d.setPrecautions("Personal account set to private; the practice's social-media policy re-sent with the next appointment reminder.");
		d.setFollowUpDate(LocalDate.of(2025, 4, 9));
		sign(d, Instant.parse("2025-03-18T19:20:00Z"));
		return d;
	}

	/** Signed, followed up: the incidental contact at matches was reviewed and works. */
	private static BoundaryDecision footballCoach(Client devon) {
		BoundaryDecision d = decision(BoundaryCategory.DUAL_RELATIONSHIP, "Incidental community contact", Initiator.THIRD_PARTY,
				LocalDate.of(2025, 2, 3), devon);
		d.setFacts("Client coaches the under-10 football team the therapist's child has just joined; the town has one league. "
				+ "Matches are weekly on Saturdays.");
		d.setInterpretation("The contact is unavoidable in a small town and not exploitative; the client seemed relieved when it was named.");
		d.getStandardsCited().addAll(List.of("APA 3.05", "ACA A.6.b"));
		d.getPrinciples().addAll(List.of(Principle.BENEFICENCE, Principle.NON_MALEFICENCE, Principle.AUTONOMY));
		d.setRisks("Confidentiality at the pitch; the client may feel observed as a coach; the therapist's child becomes part of the relationship.");
		d.setBenefits("Continuity of care in a town with no other couples therapist within an hour.");
		d.getOptions().add(option("Refer the client to a colleague", "Loses a working alliance at a good point; the nearest colleague is an hour away.", false));
		d.getOptions().add(option("Move the child to another team", "Not possible: there is one league, and it would burden the child.", false));
		d.getOptions().add(option("Continue therapy with an agreed plan for matches", "Needs an explicit agreement and a review after a few weeks.", true));
		d.getConsultations().add(consultation(ConsultantRole.SUPERVISOR, "Dr. Priya Natarajan", LocalDate.of(2025, 2, 4), ConsultationMode.PHONE,
				"Continue. Raise it with the client first, agree how to greet each other, and document the agreement.", true));
		d.setDecision("Continue therapy. Tell the client at the next session, agree how to greet each other at matches, and do not discuss therapy at the pitch.");
		d.setRationale("The contact is unavoidable in a small town and not exploitative; ending therapy would harm the client more than a "
				+ "managed incidental contact (APA 3.05).");
		d.setDocumentedBeforeActing(true);
		d.setClientDiscussion("Discussed in session 11; the client agreed to a nod at matches and no talk of therapy there.");
		d.setConsentObtained(true);
		d.setPrecautions("The therapist does not volunteer as a match helper this season.");
		d.setFollowUpDate(LocalDate.of(2025, 3, 3));
		d.setFollowUpOutcome("Reviewed in session 13: four matches passed without difficulty; both find the agreement workable.");
		sign(d, Instant.parse("2025-02-05T08:45:00Z"));
		return d;
	}

	/** A draft: the peer group's advice is recorded, the rationale and the follow-up are not written yet. */
	private static BoundaryDecision knittedScarf(Client rosa) {
		BoundaryDecision d = decision(BoundaryCategory.GIFT, "Handmade gift at termination", Initiator.CLIENT, LocalDate.of(2025, 4, 22), rosa);
		d.setFacts("At the last session the client offered a hand-knitted scarf as a thank-you \"for the winter you helped me through\". "
				+ "Its value is small (wool, her own work).");
		d.getStandardsCited().add("ACA A.10.f");
		d.getPrinciples().addAll(List.of(Principle.BENEFICENCE, Principle.FIDELITY));
		d.setBenefits("Accepting honours the ending she worked towards.");
		d.getOptions().add(option("Accept the gift", "Small and handmade; offered at the end of therapy.", true));
		d.getOptions().add(option("Decline politely", "Likely experienced as a rejection of the ending.", false));
		d.getConsultations().add(consultation(ConsultantRole.PEER, "Tuesday peer consultation group", LocalDate.of(2025, 4, 24), ConsultationMode.IN_PERSON,
				"Accept: a small, handmade gift at termination, clinically meaningful; document it.", true));
		d.setDecision("Accept the gift and document it.");
		return d;
	}

	private static Client mara() {
		IdentitySheet sheet = sheet("Mara Elise Lindqvist", "Mara", LocalDate.of(1991, 5, 9), "Harbourline Logistics", null);
		sheet.getPeople().add(person("Signe Lindqvist", "sister"));
		sheet.getPeople().add(person("Tomas Berg", "partner"));
		sheet.getPeople().add(person("Ingrid Lindqvist", "mother"));
		sheet.getPlaces().add(place("Port Alder", PlaceKind.TOWN));
		sheet.getPlaces().add(place("Cedar Rise Climbing Gym", PlaceKind.CLUB));
		sheet.getContacts().add(contact(ContactKind.PHONE, "(555) 014-2287"));
		sheet.getContacts().add(contact(ContactKind.EMAIL, "mara.l@example.org"));
		sheet.getContacts().add(contact(ContactKind.SOCIAL_HANDLE, "@maralindq"));
		sheet.getExtraIdentifiers().add("Pepper (her dog)");
		Client client = client("C-0042", sheet);

		CaseFile caseFile = caseFile("Individual therapy", LocalDate.of(2025, 1, 14));
		caseFile.getNotes().add(note(NoteKind.INTAKE, "Intake", LocalDate.of(2025, 1, 14),
				section("Presenting concern", """
						Mara Lindqvist, 33, referred herself after a move to Port Alder for a dispatcher job at Harbourline \
						Logistics. Reports low mood since the autumn, poor sleep and "not knowing anyone here". Lives with her \
						partner Tomas; her sister Signe lives three hours away and is her main support."""),
				section("History", """
						One previous episode of depression at university, treated with CBT and sertraline. No hospital \
						admissions. Mother (Ingrid) has a history of depression. Drinks 2-3 glasses of wine a week."""),
				section("Risk", "Denies suicidal ideation, intent or plan. No history of self-harm. Protective: partner, dog, sister."),
				section("Plan", """
						Weekly CBT for 12 sessions. PHQ-9 = 15, GAD-7 = 9 at intake. Behavioural activation first; \
						explore joining the climbing gym she mentioned. Social-media and contact policy explained and signed.""")));
		Note soap = note(NoteKind.SOAP, "Session 6", LocalDate.of(2025, 3, 11),
				section("Subjective", """
						Reports a "lonely fortnight". Tomas has been working nights. Went climbing once at Cedar Rise with a \
						colleague, enjoyed it. Said she had looked me up online "to see if you're real" and found my \
						Instagram."""),
				section("Objective", "Tearful when describing weekends. PHQ-9 = 12 (down from 15). Engaged, linear."),
				section("Assessment", "Mood improving with activation; loneliness is the main maintaining factor."),
				section("Plan", "Schedule two social activities. Discuss the follow request next session (see consultation log)."));
		caseFile.getNotes().add(soap);
		sign(soap, Instant.parse("2025-03-11T18:40:00Z"));
		caseFile.getNotes().add(note(NoteKind.SUPERVISION_PREPARATION, "For supervision: the Instagram request",
				LocalDate.of(2025, 3, 12),
				section("Question", """
						Client sent a follow request to my personal Instagram after session 6. How do I decline without \
						repeating the rejection she describes in her family?"""),
				section("What I have tried", "Nothing yet; I have not responded to the request."),
				section("What I need", "Help wording the conversation, and a check on my own discomfort at being searched for.")));
		client.getCaseFiles().add(caseFile);
		return client;
	}

	private static Client devon() {
		IdentitySheet sheet = sheet("Devon Achebe", "Dev", LocalDate.of(1984, 11, 2), "Alder Valley Water Authority", null);
		sheet.getPeople().add(person("Amara Achebe", "wife"));
		sheet.getPeople().add(person("Kofi", "son"));
		sheet.getPlaces().add(place("Millbrook", PlaceKind.TOWN));
		sheet.getPlaces().add(place("Millbrook Juniors FC", PlaceKind.CLUB));
		sheet.getContacts().add(contact(ContactKind.PHONE, "(555) 019-7730"));
		sheet.getContacts().add(contact(ContactKind.POSTAL_ADDRESS, "14 Orchard Row, Millbrook"));
		Client client = client("C-0057", sheet);

		CaseFile caseFile = caseFile("Couples work", LocalDate.of(2024, 10, 7));
		caseFile.getNotes().add(note(NoteKind.DAP, "Session 11", LocalDate.of(2025, 2, 4),
				section("Data", """
						Devon attended alone; Amara working. Talked about the new season at Millbrook Juniors FC, where he \
						coaches the under-10s, and about feeling "useful again" since his shift change at the water \
						authority. Brief, friendly acknowledgement that my child has joined his team."""),
				section("Assessment", """
						Coping well; conflict with Amara has decreased (2 arguments this month vs. 6). The incidental contact \
						at matches is manageable; he seemed relieved that I named it first."""),
				section("Plan", "Agreed plan for meeting at matches (see consultation log). Next session with both partners.")));
		caseFile.getNotes().add(note(NoteKind.CONTACT_LOG, "Phone call", LocalDate.of(2025, 2, 10),
				section("Contact", "Devon called to move Thursday's session; rebooked for the 20th at 6 pm. No clinical content.")));
		client.getCaseFiles().add(caseFile);
		return client;
	}

	private static Client rosa() {
		IdentitySheet sheet = sheet("Rosa Quintero-Hale", "Rosa", LocalDate.of(1968, 7, 30), null, "Westbrook Community College");
		sheet.getPeople().add(person("Elena Quintero", "daughter"));
		sheet.getPeople().add(person("Mark Hale", "ex-husband"));
		sheet.getPlaces().add(place("St. Brigid's Church", PlaceKind.PLACE_OF_WORSHIP));
		sheet.getContacts().add(contact(ContactKind.EMAIL, "rq.hale@example.org"));
		Client client = client("C-0063", sheet);

		CaseFile caseFile = caseFile("Grief work", LocalDate.of(2024, 9, 2));
		caseFile.setClosedOn(LocalDate.of(2025, 4, 22));
		Note birp = note(NoteKind.BIRP, "Final session", LocalDate.of(2025, 4, 22),
				section("Behaviour", """
						Rosa arrived early, brought a wrapped scarf she had knitted "for the winter you helped me through". \
						Spoke about her daughter Elena's wedding plans without the guilt she described in the autumn."""),
				section("Intervention", "Reviewed goals and relapse-prevention plan; named what she will take with her."),
				section("Response", "Tearful and warm. PG-13 score 18, down from 41 at intake."),
				section("Plan", "Therapy ended by mutual agreement. Gift accepted and documented (consultation log)."));
		caseFile.getNotes().add(birp);
		sign(birp, Instant.parse("2025-04-22T16:05:00Z"));
		var addendum = F.createAddendum();
		addendum.setAuthor(THERAPIST);
		addendum.setCreatedAt(Instant.parse("2025-04-24T09:12:00Z"));
		addendum.setReason("Peer consultation on the gift");
		addendum.setText("Discussed the gift with the peer consultation group on the 24th; consensus to accept it.");
		birp.getAddenda().add(addendum);
		client.getCaseFiles().add(caseFile);
		return client;
	}

	private static IdentitySheet sheet(String legalName, String preferredName, LocalDate dateOfBirth, String employer, String school) {
		IdentitySheet sheet = F.createIdentitySheet();
		sheet.setLegalName(legalName);
		sheet.setPreferredName(preferredName);
		sheet.setDateOfBirth(dateOfBirth);
		sheet.setEmployer(employer);
		sheet.setSchool(school);
		return sheet;
	}

	private static Client client(String code, IdentitySheet sheet) {
		Client client = F.createClient();
		client.setCode(code);
		client.setIdentitySheet(sheet);
		return client;
	}

	private static KnownPerson person(String name, String relation) {
		KnownPerson person = F.createKnownPerson();
		person.setName(name);
		person.setRelation(relation);
		return person;
	}

	private static KnownPlace place(String name, PlaceKind kind) {
		KnownPlace place = F.createKnownPlace();
		place.setName(name);
		place.setKind(kind);
		return place;
	}

	private static ContactDetail contact(ContactKind kind, String value) {
		ContactDetail contact = F.createContactDetail();
		contact.setKind(kind);
		contact.setValue(value);
		return contact;
	}

	private static CaseFile caseFile(String title, LocalDate openedOn) {
		CaseFile caseFile = F.createCaseFile();
		caseFile.setTitle(title);
		caseFile.setOpenedOn(openedOn);
		return caseFile;
	}

	private static Note note(NoteKind kind, String title, LocalDate sessionDate, Section... sections) {
		Note note = F.createNote();
		note.setKind(kind);
		note.setTitle(title);
		note.setSessionDate(sessionDate);
		note.setStatus(NoteStatus.DRAFT);
		for (Section section : sections) {
			note.getSections().add(section);
		}
		return note;
	}

	private static Section section(String title, String text) {
		Section section = F.createSection();
		section.setTitle(title);
		section.setText(text);
		return section;
	}

	private static void sign(Note note, Instant at) {
		note.setStatus(NoteStatus.SIGNED);
		note.setSignedBy(THERAPIST);
		note.setSignedAt(at);
	}

	private static BoundaryDecision decision(BoundaryCategory category, String subcategory, Initiator initiator, LocalDate date, Client client) {
		BoundaryDecision d = F.createBoundaryDecision();
		d.setCategory(category);
		d.setSubcategory(subcategory);
		d.setInitiatedBy(initiator);
		d.setDate(date);
		d.setClient(client);
		d.setStatus(NoteStatus.DRAFT);
		return d;
	}

	private static DecisionOption option(String description, String consequences, boolean chosen) {
		DecisionOption option = F.createDecisionOption();
		option.setDescription(description);
		option.setConsequences(consequences);
		option.setChosen(chosen);
		return option;
	}

	private static Consultation consultation(ConsultantRole role, String name, LocalDate date, ConsultationMode mode, String advice, boolean followed) {
		Consultation consultation = F.createConsultation();
		consultation.setConsultantRole(role);
		consultation.setConsultantName(name);
		consultation.setDate(date);
		consultation.setMode(mode);
		consultation.setDeidentified(true);
		consultation.setDisclosed("The situation, without the client's name or details that would identify them.");
		consultation.setAdvice(advice);
		consultation.setAdviceFollowed(followed);
		return consultation;
	}

	private static void sign(BoundaryDecision d, Instant at) {
		d.setStatus(NoteStatus.SIGNED);
		d.setSignedBy(THERAPIST);
		d.setSignedAt(at);
	}
}
