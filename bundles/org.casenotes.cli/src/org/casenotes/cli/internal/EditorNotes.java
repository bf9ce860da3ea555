/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.cli.internal;

import java.time.LocalDate;

import org.casenotes.model.CaseFile;
import org.casenotes.model.CasenotesFactory;
import org.casenotes.model.Client;
import org.casenotes.model.ContactDetail;
import org.casenotes.model.ContactKind;
import org.casenotes.model.IdentitySheet;
import org.casenotes.model.KnownPerson;
import org.casenotes.model.KnownPlace;
import org.casenotes.model.Note;
import org.casenotes.model.PlaceKind;
import org.casenotes.model.Section;

/**
 * A note as the editor holds it, for the re-scan benchmark: inside a case file of an invented client whose
 * identity sheet is as full as a real one (names, relatives, places, contacts, extras), so the scan pays for
 * building the detection context as it does in the editor.
 */
final class EditorNotes {

	private static final String[] SECTIONS = { "Subjective", "Objective", "Assessment", "Plan" };

	private EditorNotes() {
	}

	/** {@code text} cut at word boundaries into four sections of about the same length. */
	static Note longNote(String text) {
		CasenotesFactory f = CasenotesFactory.eINSTANCE;
		Client client = f.createClient();
		client.setCode("C-9001");
		client.setIdentitySheet(sheet(f));
		CaseFile caseFile = f.createCaseFile();
		caseFile.setTitle("Individual therapy");
		client.getCaseFiles().add(caseFile);
		Note note = f.createNote();
		caseFile.getNotes().add(note);
		int from = 0;
		for (int i = 0; i < SECTIONS.length; i++) {
			int to = i == SECTIONS.length - 1 ? text.length() : text.indexOf(' ', text.length() * (i + 1) / SECTIONS.length);
			to = to < 0 ? text.length() : to;
			Section section = f.createSection();
			section.setTitle(SECTIONS[i]);
			section.setText(text.substring(from, to));
			note.getSections().add(section);
			from = to;
		}
		return note;
	}

	static int sheetEntries(Note note) {
		IdentitySheet sheet = ((Client) note.eContainer().eContainer()).getIdentitySheet();
		return 2 + sheet.getPeople().size() + 2 + sheet.getPlaces().size() + sheet.getContacts().size() + sheet.getExtraIdentifiers().size()
				+ 1;
	}

	private static IdentitySheet sheet(CasenotesFactory f) {
		IdentitySheet sheet = f.createIdentitySheet();
		sheet.setLegalName("Marguerite Ellison-Okoro");
		sheet.setPreferredName("Gretta");
		sheet.setDateOfBirth(LocalDate.of(1988, 4, 17));
		sheet.setEmployer("Fernhill Garden Centre");
		sheet.setSchool("Calder Vale Community College");
		String[][] people = { { "Tobias Ellison", "brother" }, { "Ruth Okoro", "mother" }, { "Samir Haddad", "partner" },
				{ "Ilse", "daughter" }, { "Dr Penrose", "GP" }, { "Connie Wray", "best friend" } };
		for (String[] p : people) {
			KnownPerson person = f.createKnownPerson();
			person.setName(p[0]);
			person.setRelation(p[1]);
			sheet.getPeople().add(person);
		}
		String[][] places = { { "Marlow Heath", "TOWN" }, { "14 Quayside Mews", "HOME" }, { "St Ives Road clinic", "HEALTH_CARE" } };
		for (String[] p : places) {
			KnownPlace place = f.createKnownPlace();
			place.setName(p[0]);
			place.setKind(PlaceKind.getByName(p[1]));
			sheet.getPlaces().add(place);
		}
		String[][] contacts = { { "PHONE", "555-0143" }, { "EMAIL", "gretta.e@example.org" }, { "SOCIAL_HANDLE", "@gretta_grows" } };
		for (String[] c : contacts) {
			ContactDetail contact = f.createContactDetail();
			contact.setKind(ContactKind.getByName(c[0]));
			contact.setValue(c[1]);
			sheet.getContacts().add(contact);
		}
		sheet.getExtraIdentifiers().add("Biscuit");
		sheet.getExtraIdentifiers().add("MRN 448-201-7");
		return sheet;
	}
}
