/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.internal;

/** The lexical classes a word can belong to: bits of the int a {@link Lexicon} keeps for it. */
public final class Lex {

	/** An everyday English word (SCOWL level 50 or below): capitalised mid-sentence it is still mostly a word. */
	public static final int COMMON = 1;
	/** A rarer English word (SCOWL level 55 to 80). */
	public static final int RARE_WORD = 1 << 1;
	public static final int FIRST_NAME = 1 << 2;
	public static final int SURNAME = 1 << 3;
	/** A capitalised proper noun of SCOWL (person, place, brand, nationality: unclassified). */
	public static final int PROPER = 1 << 4;
	public static final int PLACE = 1 << 5;
	public static final int TITLE = 1 << 6;
	public static final int RELATION = 1 << 7;
	public static final int ORG_SUFFIX = 1 << 8;
	public static final int STREET_SUFFIX = 1 << 9;
	/** A one-word occupation, or the last word of a longer one. */
	public static final int PROFESSION = 1 << 10;
	public static final int CLINICAL = 1 << 11;
	public static final int MEDICATION = 1 << 12;
	public static final int THEORIST = 1 << 13;
	public static final int PLATFORM = 1 << 14;
	public static final int HOLIDAY = 1 << 15;
	public static final int DEMONYM = 1 << 16;
	public static final int MONTH = 1 << 17;
	public static final int WEEKDAY = 1 << 18;
	public static final int NAME_VERB = 1 << 19;
	/** The first word of a multi-word entry of the phrase lexicon. */
	public static final int PHRASE_START = 1 << 20;
	public static final int NUMBER_WORD = 1 << 21;
	/** Closed-class words: articles, pronouns, prepositions, conjunctions, auxiliaries. */
	public static final int FUNCTION = 1 << 22;
	public static final int GIVEN_NAME_VARIANT = 1 << 23;
	/** Personal pronouns: never a name, whatever a name list says ("He", "Ma"). */
	public static final int PRONOUN = 1 << 28;

	/** Bits 24 to 27 hold the SCOWL level of a word, coded 1 (level 10) to 9 (level 80); 0 for no word. */
	public static final int LEVEL_SHIFT = 24;
	public static final int LEVEL_MASK = 0xF << LEVEL_SHIFT;
	private static final int[] LEVELS = { 0, 10, 20, 35, 40, 50, 55, 60, 70, 80 };

	/** Words that make a following or enclosing capitalised word something other than a person. */
	public static final int NOT_A_PERSON = CLINICAL | MEDICATION | PLATFORM | DEMONYM | MONTH | WEEKDAY | HOLIDAY;

	private Lex() {
	}

	public static int levelBits(int scowlLevel) {
		for (int code = 1; code < LEVELS.length; code++) {
			if (scowlLevel <= LEVELS[code]) {
				return code << LEVEL_SHIFT;
			}
		}
		return 9 << LEVEL_SHIFT;
	}

	/** The SCOWL level of the word (10 = among the most frequent), or 100 when it is not an English word. */
	public static int level(int bits) {
		int code = (bits & LEVEL_MASK) >>> LEVEL_SHIFT;
		return code == 0 ? 100 : LEVELS[code];
	}

	public static boolean has(int bits, int flags) {
		return (bits & flags) != 0;
	}
}
