/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.internal;

import org.casenotes.deid.IdentifierType;

/**
 * What one sentence of a note proves holds in the others: once "Erica Brandt" is a name, "Erica" in a later
 * sentence and "erica" in a quoted text message are her too; once "Aetna" is the insurer in the header, it is
 * a place in the body. Runs last, over the confident findings of the other recognizers.
 */
final class PropagationRecognizer implements Recognizer {

	private static final double SOURCE_CONFIDENCE = 0.75;
	private static final int NAME = 1;
	private static final int NAME_COMMON_WORD = 2;
	private static final int PLACE = 4;

	/** Words that make a single capital a label, not a person: "Plan B", "vitamin D", "type A", "Part C". */
	private static final WordSet LETTER_LABELS = WordSet.of("plan", "vitamin", "type", "grade", "hep", "hepatitis", "class", "option",
			"section", "part", "group", "step", "point", "line", "level", "stage", "phase", "block", "wing", "ward", "unit", "room", "bay",
			"form", "schedule", "axis", "cluster", "item", "question", "list", "tier", "category", "appendix", "exhibit", "annex",
			"version", "side", "size", "cup", "team", "building", "floor", "gate", "platform", "lot", "row", "seat", "route");

	/**
	 * A client called "B" in the header is B wherever a lone capital B stands for a person: "B drives to
	 * sessions", "with B directly", "B's wife". Not "Plan B", "B:" opening a BIRP section, "B12".
	 */
	private static void repeatLetters(Doc doc, Candidates out) {
		int proven = 0;
		for (Candidates.Candidate candidate : out.all()) {
			if (candidate.type() == IdentifierType.NAME && candidate.confidence() >= 0.85 && candidate.end() - candidate.start() == 1) {
				char c = doc.text.charAt(candidate.start());
				if (c >= 'A' && c <= 'Z' && c != 'I' && c != 'A') {
					proven |= 1 << (c - 'A');
				}
			}
		}
		if (proven == 0) {
			return;
		}
		// a capital letter is a capitalised word
		for (int n = 0; n < doc.capitalizedWords(); n++) {
			int i = doc.capitalizedWord(n);
			if (doc.length(i) != 1 || out.covered(i) || (proven & 1 << (doc.firstChar(i) - 'A')) == 0
					|| doc.firstChar(i) < 'A' || doc.firstChar(i) > 'Z') {
				continue;
			}
			boolean labelBefore = LETTER_LABELS.contains(doc, i - 1) || doc.isCapitalized(i - 1) && doc.gap(i) == Doc.SPACE;
			boolean joinedAround = doc.joined(i) && !doc.isPunct(i - 1, '"') && !doc.isPunct(i - 1, '(') || doc.joined(i + 1)
					&& !(doc.kind(i + 1) == Doc.POSS || doc.isPunct(i + 1, ',') || doc.isPunct(i + 1, ')') || doc.isPunct(i + 1, '"'));
			boolean personAfter = doc.isWord(i + 1) && doc.isLower(i + 1) || doc.kind(i + 1) == Doc.POSS || doc.isPunct(i + 1, ',')
					|| doc.isPunct(i + 1, ')') || doc.isPunct(i + 1, '"');
			if (!labelBefore && !joinedAround && personAfter) {
				out.add(i, i, IdentifierType.NAME, 0.8, "propagation");
			}
		}
	}

	/** Words that show the subject before them acting: "Will opened", "Dot knows", "Colleen to call". */
	private static final WordSet AUXILIARIES = WordSet.of("is", "was", "has", "had", "and", "then", "also", "will", "would", "can",
			"could", "did", "does", "said", "says", "felt", "feels", "agreed", "asked", "told", "came", "went", "got", "left", "gave");

	/**
	 * Whether token {@code next}, after a proven name at the start of a sentence, reads as its verb: a past
	 * or third-person form, an auxiliary, or the "to call" of a plan ("Colleen to call Pat"). Not "Will need
	 * to", "Will f/u".
	 */
	private static boolean actsNext(Doc doc, int next) {
		if (!doc.isWord(next) || !doc.isLower(next) || doc.gap(next) != Doc.SPACE) {
			return false;
		}
		if (AUXILIARIES.contains(doc, next) || doc.has(next, Lex.NAME_VERB)) {
			return true;
		}
		if (doc.isWord(next, "to")) {
			return doc.isWord(next + 1) && doc.isLower(next + 1);
		}
		int length = doc.length(next);
		char last = doc.text.charAt(doc.end(next) - 1);
		char beforeLast = doc.text.charAt(doc.end(next) - 2 < doc.start(next) ? doc.start(next) : doc.end(next) - 2);
		return length > 3 && (last == 's' && beforeLast != 's' || last == 'd' && beforeLast == 'e');
	}

	private final boolean phrases;

	/**
	 * @param phrases whether to repeat whole phrases and single letters too, which only pays once every
	 *                recognizer has spoken (the early pass spreads single names for the occupation rules)
	 */
	PropagationRecognizer(boolean phrases) {
		this.phrases = phrases;
	}

	@Override
	public String name() {
		return "propagation";
	}

	@Override
	public void recognize(Doc doc, KnownIdentifiers known, Candidates out) {
		if (phrases) {
			RepeatedPhrases.propose(doc, out);
			repeatLetters(doc, out);
		}
		Lexicon proven = new Lexicon(16);
		boolean any = false;
		for (Candidates.Candidate candidate : out.all()) {
			boolean name = candidate.type() == IdentifierType.NAME;
			boolean place = candidate.type() == IdentifierType.LOCATION && candidate.confidence() >= 0.85;
			if (!name && !place || candidate.confidence() < SOURCE_CONFIDENCE) {
				continue;
			}
			for (int t = candidate.firstToken(); t < doc.size() && doc.start(t) < candidate.end(); t++) {
				// "Will" is a modal verb, but a name in "Present: Will; mother, ..."
				boolean functionName = doc.has(t, Lex.FUNCTION) && doc.has(t, Lex.FIRST_NAME) && candidate.confidence() >= 0.85;
				if (!doc.isWord(t) || doc.length(t) < 2 || doc.has(t, Lex.TITLE | Lex.RELATION | Lex.NOT_A_PERSON)
						|| doc.has(t, Lex.FUNCTION) && !functionName || ProperNouns.PARTICLES.contains(doc, t)) {
					continue;
				}
				if (place && (doc.has(t, Lex.COMMON | Lex.ORG_SUFFIX | Lex.STREET_SUFFIX) || doc.length(t) < 3)) {
					continue;
				}
				int kind = place ? PLACE : doc.has(t, Lex.COMMON) ? NAME_COMMON_WORD : NAME;
				proven.addEntry(doc.fingerprint(t), kind);
				any = true;
			}
		}
		if (!any) {
			return;
		}
		for (int i = 0; i < doc.size(); i++) {
			// the table first: it holds words only and turns nearly every token away, so the branch is predictable
			int kind = proven.get(doc.fingerprint(i));
			if (kind == 0 || !doc.isWord(i) || out.covered(i) || out.vetoed(i)) {
				continue;
			}
			if ((kind & PLACE) != 0 && doc.isCapitalized(i)) {
				out.add(i, i, IdentifierType.LOCATION, 0.85, "propagation");
			} else if ((kind & NAME) != 0) {
				boolean lowerButNoWord = doc.isLower(i) && doc.level(i) > 50;
				if (doc.isCapitalized(i) || lowerButNoWord) {
					out.add(i, i, IdentifierType.NAME, doc.isCapitalized(i) ? 0.85 : 0.7, "propagation");
				}
			} else if ((kind & NAME_COMMON_WORD) != 0 && doc.isCap(i)
					&& (ProperNouns.meaningfulCapital(doc, i) || NameRecognizer.personContext(doc, i, out) || !doc.isLower(i + 1) && !doc.headingLine(i)
							|| doc.level(i) >= 50 || actsNext(doc, i + 1))) {
				// "Will" proven a name: other capitalised "Will"s are him, except where a sentence opens with the
				// word and goes on in lower case ("Will f/u Thurs")
				out.add(i, i, IdentifierType.NAME, 0.8, "propagation");
			}
		}
	}
}
