/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.internal;

import java.util.Locale;

/**
 * What kind of place a location finding is, for its placeholder: a school stays "[School]", so a supervisor
 * still reads that the dilemma happened at the client's school. Read from the role the therapist gave a known
 * place, then from the words of the name, then from which rule found it.
 */
public final class PlaceKinds {

	private static final String[][] HEADS = {
			{ "School", "school", "academy", "college", "collegiate", "high", "primary", "elementary", "kindergarten", "preschool",
					"nursery", "grammar", "secondary", "middle", "university", "uni", "campus", "seminary", "tafe", "polytechnic" },
			{ "Hospital", "hospital", "infirmary", "hospice", "ed", "a&e", "er" },
			{ "Clinic", "clinic", "surgery", "practice", "health", "healthcare", "medical", "centre", "center", "gp", "camhs", "counselling",
					"counseling", "psychology", "psychiatry", "therapy", "therapies", "physio", "physiotherapy", "pharmacy", "drugs", "rehab",
					"recovery", "wellbeing", "wellness", "dental", "optometry", "vets", "veterinary" },
			{ "Place of worship", "church", "mosque", "temple", "synagogue", "parish", "chapel", "cathedral", "ministries", "ministry",
					"masjid", "tabernacle", "fellowship", "gurdwara", "mandir" },
			{ "Gym", "gym", "gymnasium", "fitness", "crossfit", "yoga", "pilates", "dojo", "strength", "conditioning", "climbing", "club",
					"league", "stadium", "arena" },
			{ "Street address", "street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "court", "ct", "place", "pl",
					"crescent", "cres", "way", "close", "terrace", "boulevard", "blvd", "highway", "hwy", "parade", "grove", "square" } };

	private PlaceKinds() {
	}

	/**
	 * The kind of the place {@code text}, found by {@code recognizer}, for which the therapist recorded
	 * {@code role} (or "" when it is not on the identity sheet).
	 */
	public static String kind(String text, String recognizer, String role) {
		if (!role.isEmpty()) {
			String r = role.toLowerCase(Locale.ROOT);
			if (r.contains("school") || r.contains("college") || r.contains("university")) {
				return "School";
			}
			if (r.contains("employer") || r.contains("work") || r.contains("job")) {
				return "Workplace";
			}
			if (r.contains("home") || r.contains("address")) {
				return "Address";
			}
			if (r.contains("church") || r.contains("faith") || r.contains("worship")) {
				return "Place of worship";
			}
			return capitalised(r);
		}
		if (text.chars().anyMatch(Character::isDigit) && text.chars().noneMatch(Character::isWhitespace) || postcode(text)) {
			return "Postcode";
		}
		String[] words = text.toLowerCase(Locale.ROOT).replace("'s", "").split("[^\\p{L}\\p{N}&]+");
		// the last word that names a kind decides: "Kingston Hospital Psychological Therapies" is a clinic
		for (int w = words.length - 1; w >= 0; w--) {
			for (String[] kind : HEADS) {
				for (int k = 1; k < kind.length; k++) {
					if (words[w].equals(kind[k])) {
						if (kind[0].equals("Street address") && !Character.isDigit(text.charAt(0))) {
							return "Street";
						}
						return kind[0];
					}
				}
			}
		}
		return switch (recognizer) {
		case "location-gazetteer", "location-preposition" -> "Place";
		case "address" -> "Address";
		case "location-employer", "location-business" -> "Workplace";
		default -> "Organisation";
		};
	}

	/** "SW1A 1AA", "M5V 2T6", "DD4 6EQ": two short groups of capitals and digits. */
	private static boolean postcode(String text) {
		return text.matches("[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}|[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9]|[0-9]{4,5}(-[0-9]{4})?");
	}

	private static String capitalised(String role) {
		return Character.toUpperCase(role.charAt(0)) + role.substring(1);
	}
}
