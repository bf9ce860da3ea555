/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core;

import org.casenotes.core.internal.Containers;
import org.casenotes.deid.DetectionContext;
import org.casenotes.model.CaseFile;
import org.casenotes.model.Client;
import org.casenotes.model.ContactDetail;
import org.casenotes.model.IdentitySheet;
import org.casenotes.model.KnownPerson;
import org.casenotes.model.KnownPlace;
import org.casenotes.model.Note;

/**
 * What the engine must know about a client before it reads their notes: every known identifier of the
 * identity sheet, with the role that names its placeholder.
 */
public final class IdentityContexts {

	private IdentityContexts() {
	}

	/** The detection context of the client a note belongs to (empty when the note has no client). */
	public static DetectionContext of(Note note) {
		Client client = Containers.of(note, Client.class);
		CaseFile caseFile = Containers.of(note, CaseFile.class);
		DetectionContext.Builder context = DetectionContext.builder();
		if (client != null) {
			add(context, client);
		}
		if (caseFile != null) {
			// false positives the therapist dismissed stay dismissed in every note of the case
			for (String dismissed : caseFile.getDismissedFindings()) {
				context.dismiss(dismissed);
			}
		}
		return context.build();
	}

	public static DetectionContext of(Client client) {
		DetectionContext.Builder context = DetectionContext.builder();
		add(context, client);
		return context.build();
	}

	private static void add(DetectionContext.Builder context, Client client) {
		IdentitySheet sheet = client.getIdentitySheet();
		if (sheet == null) {
			return;
		}
		name(context, sheet.getLegalName(), "client");
		name(context, sheet.getPreferredName(), "client");
		for (KnownPerson person : sheet.getPeople()) {
			name(context, person.getName(), person.getRelation() == null || person.getRelation().isBlank() ? "person" : person.getRelation());
		}
		place(context, sheet.getEmployer(), "employer");
		place(context, sheet.getSchool(), "school");
		for (KnownPlace place : sheet.getPlaces()) {
			place(context, place.getName(), place.getKind() == null ? "place" : place.getKind().getLiteral());
		}
		for (ContactDetail contact : sheet.getContacts()) {
			if (contact.getValue() != null && !contact.getValue().isBlank()) {
				context.contact(contact.getValue(), "client");
			}
		}
		for (String extra : sheet.getExtraIdentifiers()) {
			if (extra == null || extra.isBlank()) {
				continue;
			}
			// an extra identifier is a number or handle, or else a name the engine missed (a pet, a nickname)
			if (extra.contains("@") || extra.contains("://") || extra.startsWith("www.")) {
				context.contact(extra, "client");
			} else if (extra.chars().anyMatch(Character::isDigit)) {
				context.identifier(extra, "client");
			} else {
				context.name(extra, "");
			}
		}
		if (sheet.getDateOfBirth() != null) {
			context.dateOfBirth(sheet.getDateOfBirth());
		}
	}

	private static void name(DetectionContext.Builder context, String name, String role) {
		if (name != null && !name.isBlank()) {
			context.name(name, role);
		}
	}

	private static void place(DetectionContext.Builder context, String place, String role) {
		if (place != null && !place.isBlank()) {
			context.place(place, role);
		}
	}
}
