/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model.tests;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.casenotes.model.BoundaryCategory;
import org.casenotes.model.BoundaryDecision;
import org.casenotes.model.CaseFile;
import org.casenotes.model.CasenotesFactory;
import org.casenotes.model.Client;
import org.casenotes.model.ContactDetail;
import org.casenotes.model.ContactKind;
import org.casenotes.model.IdentitySheet;
import org.casenotes.model.KnownPerson;
import org.casenotes.model.Note;
import org.casenotes.model.NoteKind;
import org.casenotes.model.NoteStatus;
import org.casenotes.model.Practice;
import org.casenotes.model.Section;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;

/** Small synthetic practices for the model tests. */
final class Fixtures {

	private static final CasenotesFactory F = CasenotesFactory.eINSTANCE;

	private Fixtures() {
	}

	static Practice practice() {
		Practice practice = F.createPractice();
		practice.setName("Test practice");
		practice.setConsultationLog(F.createConsultationLog());
		Client client = F.createClient();
		client.setCode("C-0001");
		IdentitySheet sheet = F.createIdentitySheet();
		sheet.setLegalName("Ann Example");
		sheet.setDateOfBirth(LocalDate.of(1990, 1, 31));
		KnownPerson partner = F.createKnownPerson();
		partner.setName("Tomas Berg");
		partner.setRelation("partner");
		sheet.getPeople().add(partner);
		ContactDetail handle = F.createContactDetail();
		handle.setKind(ContactKind.SOCIAL_HANDLE);
		handle.setValue("@ann.example");
		sheet.getContacts().add(handle);
		sheet.getExtraIdentifiers().add("Pepper (dog)");
		client.setIdentitySheet(sheet);
		CaseFile caseFile = F.createCaseFile();
		caseFile.setTitle("Individual therapy");
		caseFile.setOpenedOn(LocalDate.of(2025, 1, 1));
		caseFile.getNotes().add(note(NoteKind.SOAP, LocalDate.of(2025, 3, 14), "Subjective", "Objective", "Assessment", "Plan"));
		Note signed = note(NoteKind.BIRP, LocalDate.of(2025, 3, 14), "Behaviour", "Intervention", "Response", "Plan");
		signed.setStatus(NoteStatus.SIGNED);
		signed.setSignedBy("J. Avery");
		signed.setSignedAt(Instant.parse("2025-03-14T18:30:00Z"));
		caseFile.getNotes().add(signed);
		client.getCaseFiles().add(caseFile);
		practice.getClients().add(client);
		BoundaryDecision decision = F.createBoundaryDecision();
		decision.setCategory(BoundaryCategory.SOCIAL_MEDIA);
		decision.setDate(LocalDate.of(2025, 3, 15));
		decision.setClient(client);
		decision.setFacts("Follow request on Instagram.");
		org.casenotes.model.Consultation consultation = F.createConsultation();
		consultation.setConsultantRole(org.casenotes.model.ConsultantRole.SUPERVISOR);
		decision.getConsultations().add(consultation);
		practice.getConsultationLog().getDecisions().add(decision);
		return practice;
	}

	static Note note(NoteKind kind, LocalDate date, String... sectionTitles) {
		Note note = F.createNote();
		note.setKind(kind);
		note.setSessionDate(date);
		for (String title : sectionTitles) {
			Section section = F.createSection();
			section.setTitle(title);
			section.setText(title + " text");
			note.getSections().add(section);
		}
		return note;
	}

	static Diagnostic validate(EObject object) {
		return Diagnostician.INSTANCE.validate(object);
	}

	static List<String> messages(Diagnostic diagnostic) {
		List<String> messages = new ArrayList<>();
		for (Diagnostic child : diagnostic.getChildren()) {
			messages.add(child.getMessage());
			messages.addAll(messages(child));
		}
		return messages;
	}
}
