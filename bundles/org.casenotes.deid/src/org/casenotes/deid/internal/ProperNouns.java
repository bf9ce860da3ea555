/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.internal;

/**
 * What the name and place recognizers share: where a capital letter is evidence of a proper noun, and how far
 * a proper noun runs ("Dana Whitcombe", "Siobhán Ní Bhriain", "Faith Harrington-Ruiz", "Mary J. Blige").
 */
final class ProperNouns {

	/** Words inside names that are written in lower case or stand apart: "van der Kolk", "Ní Bhriain". */
	static final WordSet PARTICLES = WordSet.of("van", "von", "der", "den", "de", "del", "della", "da", "di", "du", "dos", "das",
			"la", "le", "el", "al", "bin", "bint", "ibn", "ben", "ní", "nic", "mac", "ter", "ten", "y");

	/** Capitalised words that never continue a name: "and", "LMHC", "Thursday", "Hospital", "Street". */
	static final int NOT_IN_NAME = Lex.NOT_A_PERSON | Lex.ORG_SUFFIX | Lex.STREET_SUFFIX | Lex.RELATION | Lex.TITLE;

	private ProperNouns() {
	}

	/** Whether a capital on token {@code i} says something: not at a sentence start, not on a heading line. */
	static boolean meaningfulCapital(Doc doc, int i) {
		return doc.isCapitalized(i) && !doc.sentenceStart(i) && !doc.headingLine(i);
	}

	/** A capital letter followed by a period, standing for a name: the "M." of "M. Reyes". */
	static boolean initial(Doc doc, int i) {
		return doc.isWord(i) && doc.length(i) == 1 && doc.isCap(i) && doc.isPunct(i + 1, '.') && doc.joined(i + 1)
				&& doc.firstChar(i) != 'I';
	}

	/** Whether token {@code i} can be a word of a name: capitalised (or upper case in a heading), not a stop. */
	static boolean namePart(Doc doc, int i) {
		if (!doc.isWord(i) || !doc.isCapitalized(i)) {
			return false;
		}
		if (doc.isCap(i) && doc.isPunct(i + 1, '-') && doc.joined(i + 1) && doc.joined(i + 2) && syllable(doc, i + 2)) {
			// "Min-jun", "Seo-yeon": whatever "Min" means alone
			return true;
		}
		int bits = doc.bits(i);
		if ((bits & NOT_IN_NAME) != 0 && (bits & (Lex.FIRST_NAME | Lex.SURNAME)) == 0) {
			return false;
		}
		if ((bits & Lex.CLINICAL) != 0 && doc.isUpper(i)) {
			return false;
		}
		return (bits & Lex.FUNCTION) == 0 || (bits & (Lex.FIRST_NAME | Lex.SURNAME)) != 0 && doc.isCap(i) && doc.length(i) > 2;
	}

	/**
	 * The last token of the name that starts at {@code first}: further capitalised words on the same line
	 * separated by single spaces, hyphenated parts, particles followed by a capitalised word, middle initials.
	 * At most five words.
	 */
	static int nameEnd(Doc doc, int first) {
		int last = first;
		int words = 1;
		while (words < 5) {
			int next = last + 1;
			if (next >= doc.size()) {
				break;
			}
			byte gap = doc.gap(next);
			if (doc.isPunct(next, '-') && doc.joined(next) && doc.joined(next + 1) && (namePart(doc, next + 2) || syllable(doc, next + 1))) {
				last = next + 1;
				continue;
			}
			if (gap != Doc.SPACE) {
				break;
			}
			if (initial(doc, next) && namePart(doc, next + 2) && doc.gap(next + 2) == Doc.SPACE) {
				last = next + 1;
				continue;
			}
			if (doc.isWord(next) && PARTICLES.contains(doc, next) && doc.gap(next + 1) == Doc.SPACE && namePart(doc, next + 1)
					&& !doc.has(next + 1, Lex.COMMON)) {
				last = next + 1;
				words++;
				continue;
			}
			if (namePart(doc, next) && continuesName(doc, first, next)) {
				last = next;
				words++;
				continue;
			}
			break;
		}
		return last;
	}

	/**
	 * Whether a capitalised word after a name continues it. A surname that is also a word ("Price", "Cole")
	 * continues a given name; a capitalised common word after an unknown word ("Boeing Renton") does not.
	 */
	private static boolean continuesName(Doc doc, int first, int next) {
		int bits = doc.bits(next);
		if ((bits & Lex.COMMON) == 0) {
			return true;
		}
		if ((bits & (Lex.SURNAME | Lex.FIRST_NAME)) != 0) {
			return true;
		}
		// a common word continues a name only after a given name, as its surname: "Owen Price", "Will Harrington"
		return doc.has(first, Lex.FIRST_NAME | Lex.GIVEN_NAME_VARIANT) && doc.level(next) >= 35 && !doc.headingLine(next);
	}

	/** The lower-case second syllable of a romanised given name: the "jun" of "Min-jun", "yeon" of "Seo-yeon". */
	static boolean syllable(Doc doc, int i) {
		return doc.isWord(i) && doc.isLower(i) && doc.length(i) >= 2 && doc.length(i) <= 4 && !doc.has(i, Lex.FUNCTION)
				&& (doc.level(i) >= 40 || !doc.has(i, Lex.COMMON)) && doc.length(i - 2) <= 4;
	}

	/** Whether a word is unknown to the English lexicon (or known only as a rare word). */
	static boolean notAWord(Doc doc, int i) {
		return (doc.bits(i) & Lex.COMMON) == 0;
	}
}
