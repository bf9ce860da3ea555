/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.internal;

import org.casenotes.deid.IdentifierType;

/**
 * Occupations that narrow who someone is, where the note says it is someone's occupation: "works as a quality
 * assurance engineer", "started work as a personal trainer", "her husband, a pilot", "Ron, a wildland
 * firefighter", "Faith, an ER nurse at ...", "a retired police sergeant". The span is the whole title with its
 * modifiers, without the article. Roles in the therapy itself ("my supervisor", "her psychiatrist") are not
 * occupations of the person and are left alone.
 */
final class ProfessionRecognizer implements Recognizer {

	private static final WordSet AS_CUES = WordSet.of("works", "worked", "working", "work", "job", "employed", "trained", "training",
			"qualified", "qualifying", "career", "retired", "started", "starting", "hired", "promoted", "volunteers", "volunteering",
			"serves", "served", "serving", "moonlights", "contracts", "contract", "apprenticed", "apprenticeship", "post", "role",
			"position");
	private static final WordSet IS_CUES = WordSet.of("is", "was", "'s", "been", "became", "becoming", "become");
	private static final WordSet ARTICLES = WordSet.of("a", "an");
	/** The words an occupation follows: "a", "an", "the", "as", "retired", "former". */
	private static final WordSet OPENERS = WordSet.of("a", "an", "the", "as", "retired", "former");
	private static final WordSet QUALIFIERS = WordSet.of("only", "sole", "current", "former", "previous", "other", "new");
	/** Words after an occupation that say where it is practised: "principal of", "nurse at". */
	private static final WordSet PLACE_AFTER = WordSet.of("at", "of", "for", "with", "on", "in");
	private static final WordSet MODIFIER_STOPS = WordSet.of("and", "or", "but", "who", "which", "that", "at", "for", "in", "with",
			"from", "on", "by", "to", "of", "as", "the", "very", "really", "good", "great", "bad", "new", "kind", "lovely", "nice",
			"friend", "person", "man", "woman", "guy", "girl", "boy", "lot", "bit", "little", "big", "single", "mother", "father",
			"parent", "client", "patient");
	/** Helpers in the therapy itself, who are not the client's people's occupations. */
	private static final WordSet CARE_ROLES = WordSet.of("therapist", "counsellor", "counselor", "psychologist", "psychiatrist",
			"supervisor", "clinician", "provider", "gp", "caseworker", "keyworker");

	@Override
	public String name() {
		return "profession";
	}

	@Override
	public void recognize(Doc doc, KnownIdentifiers known, Candidates out) {
		// each rule starts on a cue word, a comma, a capitalised word or an article
		int next = 0;
		for (int i : doc.select(TokenFeatures.COMMA | TokenFeatures.CAPITALIZED_WORD, IS_CUES, OPENERS)) {
			if (i < next) {
				continue;
			}
			if (bare(doc, i, out) || titleFirst(doc, i, out)) {
				continue;
			}
			if (!OPENERS.contains(doc, i) || !professionNear(doc, i + 1)) {
				continue;
			}
			boolean the = doc.isWord(i, "the") && doc.isLower(i);
			if (doc.isWord(i, "the") && !the) {
				continue;
			}
			int start = i + 1;
			if (doc.isWord(i, "as") && ARTICLES.contains(doc, start)) {
				start++;
			}
			if (!cue(doc, i, out)) {
				continue;
			}
			if (the && doc.kind(start + 1) == Doc.POSS) {
				// "the town's only pharmacist": the occupation follows the possessive
				start += 2;
			}
			while (QUALIFIERS.contains(doc, start) && doc.gap(start + 1) == Doc.SPACE) {
				// "the only pharmacist", "a former teacher": the occupation without the qualifier
				start++;
			}
			int head = headAfter(doc, start);
			if (head < 0) {
				continue;
			}
			out.add(start, head, IdentifierType.PROFESSION, 0.85, "profession");
			next = head + 1;
		}
	}

	/** Whether an occupation word (or the start of an occupation phrase) is among the next four tokens. */
	private static boolean professionNear(Doc doc, int i) {
		for (int k = i; k < i + 4; k++) {
			if (doc.has(k, Lex.PROFESSION | Lex.PHRASE_START)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * "Aoife is principal of ...", "was head chef at", "Priyanka, 41, software architect at ...": an occupation
	 * without an article, after "is" or in apposition, tied to a place.
	 */
	private static boolean bare(Doc doc, int i, Candidates out) {
		boolean apposition = doc.isPunct(i, ',') && (doc.kind(i - 1) == Doc.NUMBER || out.is(i - 1, IdentifierType.NAME, 0.6)
				|| out.is(i - 1, IdentifierType.LOCATION, 0.6) || doc.has(i - 1, Lex.PLACE) || doc.isPunct(i - 1, ')'));
		if (!(IS_CUES.contains(doc, i) || apposition) || !professionNear(doc, i + 1) || !doc.isWord(i + 1) || ARTICLES.contains(doc, i + 1) || doc.isWord(i + 1, "the")) {
			return false;
		}
		int head = headAfter(doc, i + 1);
		if (head < 0 || !PLACE_AFTER.contains(doc, head + 1)) {
			return false;
		}
		out.add(i + 1, head, IdentifierType.PROFESSION, 0.8, "profession");
		return true;
	}

	/**
	 * "Area manager on night shift at the ...": a line or sentence that opens with an occupation and goes on
	 * to where it is practised.
	 */
	private static boolean titleFirst(Doc doc, int i, Candidates out) {
		if (!doc.isCap(i) || !doc.isWord(i) || doc.has(i, Lex.FUNCTION) || !professionNear(doc, i) || !doc.sentenceStart(i)) {
			return false;
		}
		int head = headAfter(doc, i);
		if (head < 0 || head - i > 3 || !PLACE_AFTER.contains(doc, head + 1) || doc.isWord(head + 1, "of")) {
			return false;
		}
		out.add(i, head, IdentifierType.PROFESSION, 0.7, "profession");
		return true;
	}

	/** Whether the article or "as" at {@code i} introduces what someone does for a living. */
	private static boolean cue(Doc doc, int i, Candidates out) {
		if (doc.isWord(i, "retired") || doc.isWord(i, "former")) {
			return true;
		}
		int before = i - 1;
		if (doc.isWord(i, "as")) {
			// "works as a", "worked nine years as a", "shifts as a": an occupation after "as a" is someone's job
			return AS_CUES.contains(doc, before) || AS_CUES.contains(doc, before - 1) && doc.isLower(before) || ARTICLES.contains(doc, i + 1);
		}
		// "her husband, a pilot", "Ron, a wildland firefighter", "Rubén (42), an HVAC technician", "man, 52, the
		// police sergeant"
		if (doc.isPunct(before, ',')) {
			return doc.has(before - 1, Lex.RELATION) || out.is(before - 1, IdentifierType.NAME, 0.6) || doc.isWord(before - 1, "client")
					|| doc.isPunct(before - 1, ')') || doc.kind(before - 1) == Doc.NUMBER || appositiveName(doc, before - 1, out);
		}
		if (IS_CUES.contains(doc, before) || doc.kind(before) == Doc.POSS) {
			// "she is a", "C.W. (46) is a", "who was a": anyone but "it", "this", "that", "there"
			int subject = before - 1;
			return !(doc.isWord(subject, "it") || doc.isWord(subject, "this") || doc.isWord(subject, "that") || doc.isWord(subject, "there")
					|| doc.isWord(subject, "what") || doc.isWord(subject, "which") || doc.isWord(subject, "here"));
		}
		return false;
	}

	/**
	 * "Faith, an ER nurse", "MJ, a sous-chef": a capitalised word that an occupation stands in apposition to is
	 * a person, even a word that is also a common noun; it is proposed as a name.
	 */
	private static boolean appositiveName(Doc doc, int i, Candidates out) {
		if (!doc.isWord(i) && doc.kind(i) != Doc.ALNUM || !doc.isCap(i) || doc.has(i, Lex.FUNCTION | Lex.NOT_A_PERSON | Lex.PRONOUN)
				|| doc.has(i, Lex.COMMON) && !doc.has(i, Lex.FIRST_NAME | Lex.GIVEN_NAME_VARIANT) && !doc.isUpper(i)) {
			return false;
		}
		int head = headAfter(doc, ARTICLES.contains(doc, i + 2) ? i + 3 : i + 2);
		if (head < 0) {
			return false;
		}
		out.add(i, i, IdentifierType.NAME, 0.8, "profession-appositive");
		return true;
	}

	/**
	 * The last token of an occupation starting at {@code start}: up to four modifiers ("wildland", "quality
	 * assurance", "ER", "middle-school band") then an occupation word, or a multi-word occupation.
	 */
	private static int headAfter(Doc doc, int start) {
		int best = -1;
		for (int k = start; k < doc.size() && k - start < 7; k++) {
			if (k > start && doc.gap(k) > Doc.SPACE) {
				break;
			}
			if (doc.isPunct(k, '-') && doc.joined(k) && doc.joined(k + 1)) {
				continue;
			}
			if (!doc.isWord(k) && doc.kind(k) != Doc.ALNUM) {
				break;
			}
			if (MODIFIER_STOPS.contains(doc, k) || doc.has(k, Lex.NAME_VERB) && doc.isLower(k) && k > start) {
				break;
			}
			int phrase = doc.has(k, Lex.PHRASE_START) ? Phrases.longest(doc, k, Lex.PROFESSION) : -1;
			if (phrase > k) {
				best = phrase;
				k = phrase;
				continue;
			}
			if (doc.has(k, Lex.PROFESSION) && !CARE_ROLES.contains(doc, k)) {
				best = k;
			}
		}
		return best;
	}
}
