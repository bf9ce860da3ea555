/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.internal;

import java.util.function.Predicate;

/**
 * A role from the identity sheet made fit for a placeholder: "sister" gives "Sister", "half-sister" "Half-sister".
 * The therapist types roles freely, so a role can hold a name ("Rose's husband", "works at Pelletier"): only
 * dictionary and kin words that are no name of the case survive, and a possessive survives only for the client
 * or a relative ("client's daughter", "mother's partner").
 */
public final class RoleLabels {

	private RoleLabels() {
	}

	/** The label of {@code role}, or "" when nothing of it may be shown. */
	public static String label(String role, Predicate<String> isCaseName) {
		Lexicons lexicons = Lexicons.get();
		StringBuilder label = new StringBuilder();
		for (String token : role.strip().split("\\s+")) {
			String word = NameWords.withoutPossessive(token);
			String folded = Fold.fold(word);
			if (!safe(folded, lexicons, isCaseName)) {
				continue;
			}
			boolean possessive = word.length() < token.length();
			if (possessive && !(folded.equals("client") || (lexicons.word(folded) & Lex.RELATION) != 0)) {
				continue;
			}
			label.append(label.length() == 0 ? "" : " ").append(folded);
			if (possessive) {
				label.append("'s");
			}
		}
		if (label.length() == 0) {
			return "";
		}
		return Character.toUpperCase(label.charAt(0)) + label.substring(1);
	}

	/** A word of letters (and inner hyphens) that every part of is a common or kin word and no name of the case. */
	private static boolean safe(String folded, Lexicons lexicons, Predicate<String> isCaseName) {
		if (folded.isEmpty() || !folded.matches("\\p{L}+(-\\p{L}+)*")) {
			return false;
		}
		for (String part : folded.split("-")) {
			int bits = lexicons.word(part);
			if (isCaseName.test(part) || (bits & (Lex.COMMON | Lex.RELATION | Lex.FUNCTION)) == 0 && !part.equals("client")) {
				return false;
			}
		}
		return !isCaseName.test(folded);
	}
}
