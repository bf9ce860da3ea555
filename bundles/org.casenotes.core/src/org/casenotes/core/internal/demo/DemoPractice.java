/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.internal.demo;

import java.time.Instant;
import java.time.LocalDate;

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
import org.casenotes.model.IdentitySheet;
import org.casenotes.model.KnownPerson;
import org.casenotes.model.KnownPlace;
import org.casenotes.model.Note;
import org.casenotes.model.NoteKind;
import org.casenotes.model.NoteStatus;
import org.casenotes.model.PlaceKind;
import org.casenotes.model.Practice;
import org.casenotes.model.Section;

/**
 * A small practice to explore Casenotes with. Every person, place, number and handle in it is invented
 * (phone numbers are in the 555 fiction range, addresses use example.org); the dilemmas are the ones the
 * product exists for: a social-media follow request, a dual relationship in a small town, a gift.
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

		practice.getConsultationLog().getDecisions().add(decision(BoundaryCategory.SOCIAL_MEDIA, LocalDate.of(2025, 3, 12), mara,
				"Client sent a follow request to the therapist's personal Instagram account two days after a session on loneliness.",
				"Do not accept. Raise it in the next session as part of the work on connection; restate the social-media policy given at intake.",
				"Accepting would blur the professional relationship and expose the client to the therapist's private life (ACA H.6.b); declining silently could feel like rejection, so it is discussed in session.",
				"Clinical supervisor", "Peer consultation group"));
		practice.getConsultationLog().getDecisions().add(decision(BoundaryCategory.DUAL_RELATIONSHIP, LocalDate.of(2025, 2, 3), devon,
				"Client coaches the under-10 football team the therapist's child has just joined; the town has one league.",
				"Continue therapy. Tell the client at the next session, agree how to greet each other at matches, and do not discuss therapy at the pitch.",
				"The contact is unavoidable in a small town and not exploitative; ending therapy would harm the client more than a managed incidental contact (APA 3.05).",
				"Clinical supervisor"));
		practice.getConsultationLog().getDecisions().add(decision(BoundaryCategory.GIFT, LocalDate.of(2025, 4, 24), rosa,
				"At the last session the client offered a hand-knitted scarf as a thank-you.",
				"Accept the gift and document it.",
				"Small, handmade and offered at termination; refusing would be experienced as a rejection of the ending the client worked towards.",
				"Peer consultation group"));
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

	private static BoundaryDecision decision(BoundaryCategory category, LocalDate date, Client client, String facts, String decision,
			String rationale, String... consulted) {
		BoundaryDecision d = F.createBoundaryDecision();
		d.setCategory(category);
		d.setDate(date);
		d.setClient(client);
		d.setFacts(facts);
		d.setDecision(decision);
		d.setRationale(rationale);
		for (String party : consulted) {
			Consultation consultation = F.createConsultation();
			consultation.setConsultantRole(party.toLowerCase(java.util.Locale.ROOT).contains("supervisor") ? ConsultantRole.SUPERVISOR : ConsultantRole.PEER);
			consultation.setDate(date.plusDays(1));
			consultation.setMode(ConsultationMode.IN_PERSON);
			consultation.setDeidentified(true);
			consultation.setDisclosed("The situation, without the client's name or details that would identify them.");
			consultation.setAdvice(decision);
			consultation.setAdviceFollowed(true);
			d.getConsultations().add(consultation);
		}
		java.util.regex.Matcher cited = java.util.regex.Pattern.compile("\\b(APA|ACA|AAMFT|BACP) [0-9A-Z][0-9A-Za-z.]*[0-9A-Za-z]").matcher(rationale);
		while (cited.find()) {
			d.getStandardsCited().add(cited.group());
		}
		d.setDocumentedBeforeActing(true);
		d.setFollowUpDate(date.plusWeeks(4));
		return d;
	}
}
