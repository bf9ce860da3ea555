/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.internal;

import java.util.List;

/**
 * Realistic stand-in names, for a therapist who prefers "Maya said" to "[Person-2] said" in what a supervisor
 * reads. Chosen by a seed kept in the case's pseudonym map, so a person keeps their surrogate in every note.
 * Deliberately common, culturally varied names, none of them a client's: the map never hands out the
 * original name.
 */
public final class Surrogates {

	private static final List<String> GIVEN = List.of("Alex", "Sam", "Jordan", "Maya", "Noah", "Leah", "Omar", "Priya", "Mateo",
			"Hana", "Ethan", "Zara", "Luca", "Amara", "Kai", "Ines", "Theo", "Nadia", "Ravi", "Elena", "Jonah", "Aisha", "Felix",
			"Mei", "Oscar", "Sofia", "Tariq", "Clara", "Ezra", "Lina", "Marcus", "Yara", "Isaac", "Nina", "Hugo", "Anya", "Malik",
			"Rosa", "Dev", "Iris");
	private static final List<String> FAMILY = List.of("Archer", "Bennett", "Castillo", "Dalton", "Ellison", "Farrow", "Gallo",
			"Hartley", "Ibarra", "Jensen", "Kowal", "Lindqvist", "Marlow", "Navarro", "Okafor", "Prentice", "Quinlan", "Rasmussen",
			"Sato", "Thorne", "Underwood", "Varga", "Whitlow", "Yilmaz", "Zamora", "Ashby", "Brandt", "Carver", "Devlin", "Everett");

	private Surrogates() {
	}

	/** A given name for the {@code n}-th person of a case, unlike {@code original}. */
	public static String given(long seed, int n, String original) {
		return pick(GIVEN, seed, n, original);
	}

	public static String family(long seed, int n, String original) {
		return pick(FAMILY, seed * 31 + 7, n, original);
	}

	private static String pick(List<String> names, long seed, int n, String original) {
		int start = (int) Math.floorMod(seed ^ (seed >>> 17), (long) names.size());
		for (int k = 0; k < names.size(); k++) {
			String candidate = names.get((start + n * 7 + k) % names.size());
			if (!Fold.fold(candidate).equals(Fold.fold(original))) {
				return candidate;
			}
		}
		return names.get(0);
	}
}
