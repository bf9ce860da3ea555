/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A mention of a person split into the words it is matched on, so "Ms. Whitlock's", "WHITLOCK" and "Whitlock"
 * are one person: folded, without a leading title, the possessive or the dots of initials. A hyphenated name
 * stays one word ("dubois-martin" is a surname, not a given name and a surname) and also answers to its parts.
 */
public final class NameWords {

	private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{N}'-]+");
	private static final Pattern EDGE_MARKS = Pattern.compile("^[-']+|[-']+$");
	private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]");

	private NameWords() {
	}

	/** The folded words of {@code mention}, in order; single letters (initials) are left out. */
	public static List<String> of(String mention) {
		List<String> words = new ArrayList<>();
		String[] tokens = WORD_BREAK.split(Fold.fold(withoutPossessive(mention)));
		for (int k = 0; k < tokens.length; k++) {
			String word = EDGE_MARKS.matcher(tokens[k]).replaceAll("");
			boolean title = k < tokens.length - 1 && isTitle(word);
			if (word.length() >= 2 && !title) {
				words.add(word);
			}
		}
		return words;
	}

	/** The words and the parts of hyphenated words: what a mention can be linked on. */
	public static Set<String> expanded(List<String> words) {
		Set<String> all = new LinkedHashSet<>(words);
		for (String word : words) {
			for (String part : word.split("-")) {
				if (part.length() >= 2) {
					all.add(part);
				}
			}
		}
		return all;
	}

	/** The folded letters of {@code mention}, for initials: "J.M." gives "jm". */
	public static String letters(String mention) {
		return NOT_LETTER.matcher(Fold.fold(withoutPossessive(mention))).replaceAll("");
	}

	/** The title {@code mention} begins with, as written and with the space after it ("Ms. "), or "". */
	public static String leadingTitle(String mention) {
		int space = mention.indexOf(' ');
		if (space <= 0 || space == mention.length() - 1) {
			return "";
		}
		String first = mention.substring(0, space).replace(".", "");
		return isTitle(Fold.fold(first)) ? mention.substring(0, space + 1) : "";
	}

	/** Whether {@code word} is a title ("mr", "dr", "prof") and not also a given name ("Mike" is not). */
	public static boolean isTitle(String word) {
		int bits = Lexicons.get().word(word.replace(".", ""));
		return (bits & Lex.TITLE) != 0 && (bits & Lex.FIRST_NAME) == 0;
	}

	/** The possessive ending of {@code text} as written ("'s", "’s", "'"), or "". */
	public static String possessive(String text) {
		int n = text.length();
		if (n > 2 && (text.charAt(n - 2) == '\'' || text.charAt(n - 2) == '\u2019') && (text.charAt(n - 1) == 's' || text.charAt(n - 1) == 'S')) {
			return text.substring(n - 2);
		}
		if (n > 2 && (text.charAt(n - 1) == '\'' || text.charAt(n - 1) == '\u2019') && (text.charAt(n - 2) == 's' || text.charAt(n - 2) == 'S')) {
			return text.substring(n - 1);
		}
		return "";
	}

	public static String withoutPossessive(String text) {
		return text.substring(0, text.length() - possessive(text).length());
	}
}
