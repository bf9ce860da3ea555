/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.internal;

import org.casenotes.deid.IdentifierType;

/**
 * Street addresses ("412 Birch Lane", "Flat 3, 17 Harehills Lane", "2217 N. Mesa St, Apt 4B", "4/22 Clow
 * Street"), named streets without a number ("Alder Creek Road"), postcodes (UK, Canada, Ireland), ZIP codes
 * after a state, Australian postcodes after a state, and state or province codes after a town ("Columbus,
 * OH"). All are LOCATION.
 */
final class AddressRecognizer implements Recognizer {
	// compiled once: these run for every candidate code
	private static final java.util.regex.Pattern UK_OUTWARD = java.util.regex.Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?");
	private static final java.util.regex.Pattern UK_INWARD = java.util.regex.Pattern.compile("[0-9][A-Z]{2}");
	private static final java.util.regex.Pattern CA_FSA = java.util.regex.Pattern.compile("[A-Z][0-9][A-Z]");
	private static final java.util.regex.Pattern CA_LDU = java.util.regex.Pattern.compile("[0-9][A-Z][0-9]");
	private static final java.util.regex.Pattern IE_ROUTING = java.util.regex.Pattern.compile("[A-Z][0-9]{2}|D6W");
	private static final java.util.regex.Pattern IE_UNIQUE = java.util.regex.Pattern.compile("[0-9A-Z]{4}");


	private static final WordSet UNIT_WORDS = WordSet.of("flat", "unit", "apt", "apartment", "suite", "ste", "level", "lvl", "room",
			"floor", "bldg", "building", "lot", "box", "po");
	private static final WordSet DIRECTIONS = WordSet.of("n", "s", "e", "w", "ne", "nw", "se", "sw", "north", "south", "east", "west",
			"northeast", "northwest", "southeast", "southwest");
	/** Street-type abbreviations that are also titles or saints: "Dr" and "St" before a name are not streets. */
	private static final WordSet AMBIGUOUS_SUFFIXES = WordSet.of("dr", "st", "mount", "park", "green", "common", "view", "way", "end",
			"row", "run", "pass", "hill", "gate", "cross", "rise", "walk", "court", "place", "close", "square", "circle", "village",
			"yard", "loop", "dale", "mews");

	@Override
	public String name() {
		return "address";
	}

	@Override
	public void recognize(Doc doc, KnownIdentifiers known, Candidates out) {
		// an address starts on a number, a code or a capitalised word
		int next = 0;
		for (int i : doc.select(TokenFeatures.NUMBER | TokenFeatures.ALNUM | TokenFeatures.CAPITALIZED_WORD)) {
			if (i < next) {
				continue;
			}
			int last = -1;
			double confidence = 0.95;
			byte kind = doc.kind(i);
			if (kind == Doc.WORD && UNIT_WORDS.contains(doc, i) && doc.isCapitalized(i)) {
				last = unitAddress(doc, i);
			}
			if (last < 0 && (kind == Doc.NUMBER || kind == Doc.ALNUM)) {
				last = numberedStreet(doc, i);
				if (last < 0) {
					last = postcode(doc, i);
					confidence = 0.93;
				}
			}
			if (last < 0 && kind == Doc.WORD && doc.isCapitalized(i)) {
				last = namedStreet(doc, i);
				confidence = 0.85;
				if (last < 0) {
					last = regionCode(doc, i);
					confidence = 0.9;
				}
			}
			if (last >= i) {
				out.add(i, last, IdentifierType.LOCATION, confidence, "address");
				next = last + 1;
			}
		}
	}

	/** "Flat 3, 17 Harehills Lane", "Unit 1204", "Apt 4B": a unit, and the street after it if there is one. */
	private static int unitAddress(Doc doc, int i) {
		int k = i + 1;
		if (doc.isPunct(k, '.')) {
			k++;
		}
		if (doc.isPunct(k, '#')) {
			k++;
		}
		if (!(doc.isNumber(k) || doc.kind(k) == Doc.ALNUM) || Numbers.digits(doc, k) == 0) {
			return -1;
		}
		int last = k;
		int next = doc.isPunct(k + 1, ',') ? k + 2 : k + 1;
		int street = numberedStreet(doc, next);
		return street > 0 ? street : last;
	}

	/** "412 Birch Lane", "4/22 Clow Street", "2217 N. Mesa St, Apt 4B", "12A High St". */
	private static int numberedStreet(Doc doc, int i) {
		if (i >= doc.size() || !(doc.isNumber(i) || doc.kind(i) == Doc.ALNUM && Numbers.digits(doc, i) > 0) || doc.length(i) > 6) {
			return -1;
		}
		if (i > 0 && doc.joined(i) && (doc.kind(i - 1) == Doc.NUMBER || doc.isPunct(i - 1, '/'))) {
			return -1;
		}
		int k = i + 1;
		if (doc.isPunct(k, '/') && doc.joined(k) && doc.isNumber(k + 1) && doc.joined(k + 1)) {
			k += 2;
		}
		if (doc.isPunct(k, '-') && doc.joined(k) && doc.isNumber(k + 1)) {
			k += 2;
		}
		int suffix = streetSuffixAfter(doc, k, 4);
		if (suffix < 0) {
			return -1;
		}
		int last = suffixEnd(doc, suffix);
		// ", Apt 4B" / ", Unit 1204"
		int unit = doc.isPunct(last + 1, ',') ? last + 2 : last + 1;
		if (doc.isWord(unit) && UNIT_WORDS.contains(doc, unit) && (doc.isNumber(unit + 1) || doc.kind(unit + 1) == Doc.ALNUM)) {
			last = unit + 1;
		}
		return last;
	}

	/**
	 * The index of the street-type word ending a street name that starts at {@code k}: one to {@code maxWords}
	 * capitalised words (or a direction like "N."), then the street type.
	 */
	private static int streetSuffixAfter(Doc doc, int k, int maxWords) {
		int words = 0;
		while (k < doc.size() && words <= maxWords && doc.gap(k) <= Doc.SPACE) {
			if (doc.isWord(k) && doc.has(k, Lex.STREET_SUFFIX) && words > 0 && (doc.isCapitalized(k) || doc.length(k) <= 4)) {
				if (isStreetSuffix(doc, k)) {
					return k;
				}
			}
			if (doc.isWord(k) && (doc.isCapitalized(k) || DIRECTIONS.contains(doc, k)) && !doc.has(k, Lex.FUNCTION)) {
				words++;
				k++;
				if (doc.isPunct(k, '.') && doc.joined(k) && doc.length(k - 1) <= 2) {
					k++;
				}
				continue;
			}
			if (doc.kind(k) == Doc.ALNUM && words == 0) {
				// "5th Avenue", "42nd Street"
				words++;
				k++;
				continue;
			}
			return -1;
		}
		return -1;
	}

	private static boolean isStreetSuffix(Doc doc, int k) {
		if (doc.isWord(k, "dr") || doc.isWord(k, "st")) {
			// "Dr Sahota" and "St James's" are a title and a saint; a street type ends the name
			return !(doc.isCapitalized(k + 1) && doc.gap(k + 1) <= Doc.SPACE || doc.isPunct(k + 1, '.') && doc.isCapitalized(k + 2));
		}
		return true;
	}

	private static int suffixEnd(Doc doc, int suffix) {
		return doc.isPunct(suffix + 1, '.') && doc.joined(suffix + 1) && doc.length(suffix) <= 4 ? suffix + 1 : suffix;
	}

	/** "Alder Creek Road", "Centre Street", "Ruthven Street": capitalised words ending in a street type. */
	private static int namedStreet(Doc doc, int i) {
		if (doc.has(i, Lex.STREET_SUFFIX | Lex.FUNCTION | Lex.TITLE | Lex.MONTH | Lex.WEEKDAY) || i > 0 && doc.isCapitalized(i - 1)
				&& doc.gap(i) <= Doc.SPACE && !doc.sentenceStart(i)) {
			return -1;
		}
		int suffix = streetSuffixAfter(doc, i, 3);
		if (suffix < 0 || !doc.isCapitalized(suffix) || doc.length(suffix) <= 2 && !doc.isPunct(suffix + 1, '.')) {
			return -1;
		}
		if (AMBIGUOUS_SUFFIXES.contains(doc, suffix) && doc.headingLine(suffix)) {
			return -1;
		}
		// a heading like "Road Safety Plan" is not a street: the street type must end the name
		if (doc.isCapitalized(suffix + 1) && doc.gap(suffix + 1) <= Doc.SPACE && !doc.has(suffix + 1, Lex.PLACE)) {
			return -1;
		}
		return suffixEnd(doc, suffix);
	}

	/**
	 * UK ("LS8 4HS"), Canadian ("M4C 5G6") and Irish ("D02 X285") postcodes, a US ZIP after a state, an
	 * Australian postcode after a state ("VIC 3175").
	 */
	private static int postcode(Doc doc, int i) {
		if (doc.kind(i) == Doc.ALNUM && doc.gap(i + 1) == Doc.SPACE && i + 1 < doc.size()) {
			// the texts only where a postcode can be: most tokens asked are plain numbers
			String first = doc.text(i);
			String second = doc.text(i + 1);
			if (UK_OUTWARD.matcher(first).matches() && UK_INWARD.matcher(second).matches()) {
				return i + 1;
			}
			if (CA_FSA.matcher(first).matches() && CA_LDU.matcher(second).matches()) {
				return i + 1;
			}
			if (IE_ROUTING.matcher(first).matches() && IE_UNIQUE.matcher(second).matches() && second.chars().anyMatch(Character::isLetter)) {
				return i + 1;
			}
		}
		if (doc.isNumber(i) && (doc.length(i) == 5 || doc.length(i) == 4) && i > 0) {
			int before = i - 1;
			if (doc.isPunct(before, ',')) {
				before--;
			}
			boolean state = doc.isUpper(before) && doc.lexicons.isRegionCode(doc.text, doc.start(before), doc.end(before))
					|| doc.has(before, Lex.PLACE) && doc.isCapitalized(before);
			if (state) {
				if (doc.length(i) == 5 && doc.isPunct(i + 1, '-') && doc.isNumber(i + 2) && doc.length(i + 2) == 4) {
					return i + 2;
				}
				return i;
			}
		}
		return -1;
	}

	/** "OH" in "Columbus, OH", "ON" in "Toronto, ON M4C 5G6", "VIC" in "Dandenong VIC 3175". */
	private static int regionCode(Doc doc, int i) {
		if (!doc.isUpper(i) || !doc.lexicons.isRegionCode(doc.text, doc.start(i), doc.end(i))) {
			return -1;
		}
		boolean afterTown = doc.isPunct(i - 1, ',') && doc.isCapitalized(i - 2) && !doc.has(i - 2, Lex.FUNCTION)
				|| doc.isCapitalized(i - 1) && doc.gap(i) == Doc.SPACE && doc.isNumber(i + 1);
		boolean beforeCode = doc.isNumber(i + 1) && (doc.length(i + 1) == 4 || doc.length(i + 1) == 5)
				|| doc.kind(i + 1) == Doc.ALNUM && CA_FSA.matcher(doc.text(i + 1)).matches();
		return afterTown || beforeCode && doc.isPunct(i - 1, ',') ? i : -1;
	}
}
