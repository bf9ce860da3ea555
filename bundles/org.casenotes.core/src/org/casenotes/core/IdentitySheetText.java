/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.casenotes.model.CasenotesFactory;
import org.casenotes.model.ContactDetail;
import org.casenotes.model.ContactKind;
import org.casenotes.model.IdentitySheet;
import org.casenotes.model.KnownPerson;
import org.casenotes.model.KnownPlace;
import org.casenotes.model.PlaceKind;

/**
 * The lists of an identity sheet as lines a therapist can type quickly: people as "Signe Lindqvist, sister",
 * places as "Port Alder, town", contacts as "phone: 0412 345 678". A line without a recognised kind keeps its
 * text with the kind "other": nothing typed is dropped.
 */
public final class IdentitySheetText {

	private IdentitySheetText() {
	}

	public static String people(IdentitySheet sheet) {
		List<String> lines = new ArrayList<>();
		for (KnownPerson p : sheet.getPeople()) {
			lines.add(p.getRelation() == null || p.getRelation().isBlank() ? p.getName() : p.getName() + ", " + p.getRelation());
		}
		return String.join("\n", lines);
	}

	public static List<KnownPerson> parsePeople(String text) {
		List<KnownPerson> people = new ArrayList<>();
		for (String line : lines(text)) {
			int comma = line.lastIndexOf(',');
			KnownPerson person = CasenotesFactory.eINSTANCE.createKnownPerson();
			person.setName(comma > 0 ? line.substring(0, comma).strip() : line);
			person.setRelation(comma > 0 ? line.substring(comma + 1).strip() : null);
			people.add(person);
		}
		return people;
	}

	public static String places(IdentitySheet sheet) {
		List<String> lines = new ArrayList<>();
		for (KnownPlace p : sheet.getPlaces()) {
			lines.add(p.getName() + ", " + (p.getKind() == null ? PlaceKind.OTHER : p.getKind()).getLiteral().toLowerCase(Locale.ROOT));
		}
		return String.join("\n", lines);
	}

	public static List<KnownPlace> parsePlaces(String text) {
		List<KnownPlace> places = new ArrayList<>();
		for (String line : lines(text)) {
			int comma = line.lastIndexOf(',');
			PlaceKind kind = comma > 0 ? placeKind(line.substring(comma + 1).strip()) : null;
			KnownPlace place = CasenotesFactory.eINSTANCE.createKnownPlace();
			place.setName(kind != null ? line.substring(0, comma).strip() : line);
			place.setKind(kind != null ? kind : PlaceKind.OTHER);
			places.add(place);
		}
		return places;
	}

	public static String contacts(IdentitySheet sheet) {
		List<String> lines = new ArrayList<>();
		for (ContactDetail c : sheet.getContacts()) {
			lines.add((c.getKind() == null ? ContactKind.OTHER : c.getKind()).getLiteral().toLowerCase(Locale.ROOT) + ": " + c.getValue());
		}
		return String.join("\n", lines);
	}

	public static List<ContactDetail> parseContacts(String text) {
		List<ContactDetail> contacts = new ArrayList<>();
		for (String line : lines(text)) {
			int colon = line.indexOf(':');
			ContactKind kind = colon > 0 ? contactKind(line.substring(0, colon).strip()) : null;
			ContactDetail contact = CasenotesFactory.eINSTANCE.createContactDetail();
			// "https://..." has a colon too: only a known kind before it counts as a label
			contact.setKind(kind != null ? kind : ContactKind.OTHER);
			contact.setValue(kind != null ? line.substring(colon + 1).strip() : line);
			contacts.add(contact);
		}
		return contacts;
	}

	public static List<String> parseLines(String text) {
		return lines(text);
	}

	private static List<String> lines(String text) {
		List<String> lines = new ArrayList<>();
		for (String line : (text == null ? "" : text).split("\\R")) {
			if (!line.isBlank()) {
				lines.add(line.strip());
			}
		}
		return lines;
	}

	private static PlaceKind placeKind(String word) {
		for (PlaceKind kind : PlaceKind.VALUES) {
			if (kind.getLiteral().equalsIgnoreCase(word) || kind.getName().equalsIgnoreCase(word)) {
				return kind;
			}
		}
		return word.equalsIgnoreCase("gym") || word.equalsIgnoreCase("club") ? PlaceKind.CLUB
				: word.equalsIgnoreCase("work") || word.equalsIgnoreCase("employer") ? PlaceKind.WORKPLACE
						: word.equalsIgnoreCase("church") ? PlaceKind.PLACE_OF_WORSHIP : null;
	}

	private static ContactKind contactKind(String word) {
		for (ContactKind kind : ContactKind.VALUES) {
			if (kind.getLiteral().equalsIgnoreCase(word) || kind.getName().equalsIgnoreCase(word)) {
				return kind;
			}
		}
		return switch (word.toLowerCase(Locale.ROOT)) {
		case "email", "mail" -> ContactKind.EMAIL;
		case "mobile", "cell", "tel" -> ContactKind.PHONE;
		case "handle", "instagram", "tiktok", "facebook", "x", "twitter" -> ContactKind.SOCIAL_HANDLE;
		case "web", "site", "blog" -> ContactKind.WEBSITE;
		case "address", "post" -> ContactKind.POSTAL_ADDRESS;
		default -> null;
		};
	}

	/** Copies the edited sheet's values into the client's sheet (same object, so references stay valid). */
	static void copy(IdentitySheet from, IdentitySheet to) {
		to.setLegalName(blankToNull(from.getLegalName()));
		to.setPreferredName(blankToNull(from.getPreferredName()));
		to.setDateOfBirth(from.getDateOfBirth());
		to.setEmployer(blankToNull(from.getEmployer()));
		to.setSchool(blankToNull(from.getSchool()));
		to.getPeople().clear();
		to.getPeople().addAll(org.eclipse.emf.ecore.util.EcoreUtil.copyAll(from.getPeople()));
		to.getPlaces().clear();
		to.getPlaces().addAll(org.eclipse.emf.ecore.util.EcoreUtil.copyAll(from.getPlaces()));
		to.getContacts().clear();
		to.getContacts().addAll(org.eclipse.emf.ecore.util.EcoreUtil.copyAll(from.getContacts()));
		to.getExtraIdentifiers().clear();
		to.getExtraIdentifiers().addAll(from.getExtraIdentifiers());
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
