/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.internal;

import org.casenotes.deid.IdentifierType;

/**
 * Ages in years: "42-year-old", "42 year old", "42yo", "17 y/o", "aged 42", "age: 17", "turned 16",
 * "turned seventy-four", "52F", and a number in brackets right after a person ("Grace (6)", "son (9)"). Only
 * the number is marked, so "a [42]-year-old" keeps its grammar when replaced. Scores and doses are never ages:
 * every rule needs an age word or a person next to the number.
 */
final class AgeRecognizer implements Recognizer {

	private static final WordSet AGE_BEFORE = WordSet.of("aged", "age", "ages", "turned", "turning", "turns", "turn", "dob");
	private static final WordSet YEAR_WORDS = WordSet.of("year", "years", "yr", "yrs", "y");
	private static final WordSet PERSON_NOUNS = WordSet.of("client", "pt", "patient", "boy", "girl", "man", "woman", "male",
			"female", "lady", "gentleman", "person", "individual", "adult", "teen", "teenager", "youth", "adolescent", "student",
			"veteran", "widow", "widower", "mum", "dad", "mom", "m", "f", "nb");
	private static final WordSet AGE_SUFFIXES = WordSet.of("yo", "y", "yr", "yrs", "yrold", "yearold", "m", "f");

	@Override
	public String name() {
		return "age";
	}

	@Override
	public void recognize(Doc doc, KnownIdentifiers known, Candidates out) {
		// every rule starts on a number, a code or a number word
		int next = 0;
		for (int i : doc.select(TokenFeatures.NUMBER | TokenFeatures.ALNUM | TokenFeatures.classes(Lex.NUMBER_WORD))) {
			if (i < next) {
				continue;
			}
			byte kind = doc.kind(i);
			if (kind == Doc.NUMBER) {
				int age = Numbers.value(doc, i);
				if (age < 0 || age > 120 || doc.length(i) > 3 || partOfLargerNumber(doc, i)) {
					continue;
				}
				if (yearsOld(doc, i + 1) || ageWordBefore(doc, i) || inBracketsAfterPerson(doc, i, out) || appositiveAfterPerson(doc, i, out)) {
					out.add(i, i, IdentifierType.AGE, 0.95, "age");
				} else if (andAfterAge(doc, i, out) || yearsInBrackets(doc, i) || whenWas(doc, i)) {
					out.add(i, i, IdentifierType.AGE, 0.9, "age");
				} else if (isAge(doc, i, out)) {
					out.add(i, i, IdentifierType.AGE, 0.85, "age");
				} else if (atAge(doc, i)) {
					out.add(i, i, IdentifierType.AGE, 0.75, "age");
				}
			} else if (kind == Doc.ALNUM) {
				alnumAge(doc, i, out);
			} else if (kind == Doc.WORD && doc.has(i, Lex.NUMBER_WORD)) {
				long spelled = Numbers.numberWords(doc, i);
				int last = (int) (spelled >>> 32);
				int value = (int) spelled;
				if (value > 0 && value <= 120 && (ageWordBefore(doc, i) || yearsOld(doc, last + 1) || appositiveAfterPerson(doc, i, out)
						|| whenWas(doc, i))) {
					out.add(i, last, IdentifierType.AGE, 0.9, "age");
					next = last + 1;
				}
			}
		}
	}

	private static boolean partOfLargerNumber(Doc doc, int i) {
		boolean before = i > 0 && doc.joined(i) && (doc.isPunct(i - 1, '.') || doc.isPunct(i - 1, '/') || doc.isPunct(i - 1, ':')
				|| doc.isPunct(i - 1, ',') && doc.isNumber(i - 2));
		boolean after = doc.joined(i + 1) && (doc.isPunct(i + 1, '.') && doc.isNumber(i + 2) || doc.isPunct(i + 1, '/')
				|| doc.isPunct(i + 1, ':') || doc.isPunct(i + 1, '%'));
		return before || after;
	}

	/** "-year-old", " year old", " years old", " yo", " y/o", " y.o.", " years of age", "-yr-old". */
	private static boolean yearsOld(Doc doc, int k) {
		if (doc.isPunct(k, '-') && doc.joined(k)) {
			k++;
		}
		if (!doc.isWord(k)) {
			return false;
		}
		if (doc.isWord(k, "yo") || doc.isWord(k, "yrold")) {
			return true;
		}
		if (doc.isWord(k, "y") && doc.isPunct(k + 1, '/') && doc.isWord(k + 2, "o")) {
			return true;
		}
		if (doc.isWord(k, "y") && doc.isPunct(k + 1, '.') && doc.isWord(k + 2, "o")) {
			return true;
		}
		if (!YEAR_WORDS.contains(doc, k)) {
			return false;
		}
		int next = k + 1;
		if (doc.isPunct(next, '-')) {
			next++;
		}
		if (doc.isWord(next, "old")) {
			return true;
		}
		return doc.isWord(next, "of") && doc.isWord(next + 1, "age");
	}

	/** "aged 42", "age 17", "Age: 17", "turned 16", "ages 9 and 11". */
	private static boolean ageWordBefore(Doc doc, int i) {
		int k = i - 1;
		if (doc.isPunct(k, ':') || doc.isPunct(k, '=')) {
			k--;
		}
		if (doc.isWord(k, "just") || doc.isWord(k, "only")) {
			k--;
		}
		if (!doc.isWord(k)) {
			return false;
		}
		if (!AGE_BEFORE.contains(doc, k)) {
			return false;
		}
		// "age" of "age of onset", "turned 5 minutes late" are not ages
		return !(doc.isWord(i + 1, "minutes") || doc.isWord(i + 1, "mins") || doc.isWord(i + 1, "degrees") || doc.isWord(i + 1, "percent")
				|| doc.isWord(i + 1, "times") || doc.isPunct(i + 1, '%'));
	}

	/** "Grace (6)", "son (9)", "Will Harrington (17)": a number alone in brackets after a person. */
	private static boolean inBracketsAfterPerson(Doc doc, int i, Candidates out) {
		// "Grace (6)", "Sofia (15, a sophomore at ...)", "Gianna's (7)"
		if (!doc.isPunct(i - 1, '(') || !(doc.isPunct(i + 1, ')') || doc.isPunct(i + 1, ',') || doc.isPunct(i + 1, ';'))) {
			return false;
		}
		// "(24, F)": a sex beside the number says it is an age, whoever comes before
		boolean sex = doc.isPunct(i + 1, ',') && doc.isWord(i + 2) && doc.length(i + 2) <= 2 && PERSON_NOUNS.contains(doc, i + 2)
				&& doc.isCapitalized(i + 2) && doc.isPunct(i + 3, ')');
		return sex || person(doc, i - 2, out) || doc.kind(i - 2) == Doc.POSS && person(doc, i - 3, out)
				|| doc.isPunct(i - 2, '.') && person(doc, i - 3, out);
	}

	/**
	 * A number after a person and a comma, closing the phrase: "Grace, 6, started school", "(mother, 43)",
	 * "Dad (Steve Lee, fifty)", "Client: Dorothy Mackintosh ("Dot"), 79    Date: ...".
	 */
	private static boolean appositiveAfterPerson(Doc doc, int i, Candidates out) {
		if (!doc.isPunct(i - 1, ',')) {
			return false;
		}
		int last = i;
		if (doc.has(i, Lex.NUMBER_WORD)) {
			last = (int) (Numbers.numberWords(doc, i) >>> 32);
		}
		int after = last + 1;
		boolean closes = after >= doc.size() || doc.isPunct(after, ',') || doc.isPunct(after, ')') || doc.isPunct(after, ';')
				|| doc.lineStart(after) || doc.gap(after) >= Doc.WIDE;
		if (!closes) {
			return false;
		}
		int before = i - 2;
		if (doc.isPunct(before, '"') || doc.isPunct(before, '\u201D')) {
			// '("MJ", 33)'
			before--;
		}
		if (doc.isPunct(before, ')')) {
			// 'Dorothy Mackintosh ("Dot"), 79', 'Ash (they/them; legal name: Ashleigh Barker), 17': look past the
			// brackets, to a person before them or a name closing them
			if (out.is(before - 1, IdentifierType.NAME, 0.8)) {
				return true;
			}
			int open = before;
			while (open > 0 && !doc.isPunct(open, '(') && before - open < 24 && !doc.lineStart(open)) {
				open--;
			}
			before = open - 1;
		}
		return person(doc, before, out);
	}

	/** "(23 yrs)", ", 9 years)": an age written as a number of years inside brackets or after a comma. */
	private static boolean yearsInBrackets(Doc doc, int i) {
		boolean opens = doc.isPunct(i - 1, '(') || doc.isPunct(i - 1, ',');
		if (!opens || !(doc.isWord(i + 1, "yrs") || doc.isWord(i + 1, "years") || doc.isWord(i + 1, "yr") || doc.isWord(i + 1, "y"))) {
			return false;
		}
		return doc.isPunct(i + 2, ')') || doc.isPunct(i + 2, ',') || doc.isWord(i + 2, "old");
	}

	/** "He's 17.", "She is 17 and ...", "Client is 42,": a person's age said outright. */
	private static boolean isAge(Doc doc, int i, Candidates out) {
		int verb = i - 1;
		boolean is = doc.isWord(verb, "is") || doc.isWord(verb, "was") || doc.kind(verb) == Doc.POSS || doc.isWord(verb, "turns");
		if (!is || doc.length(i) > 3) {
			return false;
		}
		int subject = verb - 1;
		boolean person = doc.isWord(subject, "he") || doc.isWord(subject, "she") || doc.isWord(subject, "they") || person(doc, subject, out);
		int next = i + 1;
		boolean ends = next >= doc.size() || doc.kind(next) == Doc.PUNCT && ".,;)!?".indexOf(doc.firstChar(next)) >= 0
				&& !(doc.isPunct(next, '.') && doc.isNumber(next + 1)) || doc.isWord(next, "and") || doc.isWord(next, "but");
		return person && ends && !doc.has(subject, Lex.CLINICAL);
	}

	/** "when he was 9", "since she was 12", "until they were 16". */
	private static boolean whenWas(Doc doc, int i) {
		if (!(doc.isWord(i - 1, "was") || doc.isWord(i - 1, "were"))) {
			return false;
		}
		int subject = i - 2;
		boolean pronoun = doc.isWord(subject, "he") || doc.isWord(subject, "she") || doc.isWord(subject, "they") || doc.isWord(subject, "i")
				|| doc.isWord(subject, "we") || doc.has(subject, Lex.RELATION) || doc.isCapitalized(subject);
		boolean when = doc.isWord(subject - 1, "when") || doc.isWord(subject - 1, "since") || doc.isWord(subject - 1, "until")
				|| doc.isWord(subject - 1, "till") || doc.isWord(subject - 1, "before") || doc.isWord(subject - 1, "after")
				|| doc.isWord(subject - 1, "as");
		return pronoun && when && !doc.isWord(i + 1, "minutes") && !doc.isWord(i + 1, "mins") && !doc.isPunct(i + 1, '%');
	}

	/**
	 * "moved to Toronto at 19", "conscripted at 18": "at" and a number that is no time, score or quantity.
	 * Weaker evidence than the others, so less confident.
	 */
	private static boolean atAge(Doc doc, int i) {
		if (!doc.isWord(i - 1, "at") || doc.length(i) > 2) {
			return false;
		}
		int next = i + 1;
		boolean joinedPunctuation = doc.joined(next) && doc.kind(next) == Doc.PUNCT && ".,;)!?".indexOf(doc.firstChar(next)) >= 0
				&& !(doc.isPunct(next, '.') && doc.isNumber(next + 1));
		if (doc.joined(next) && !joinedPunctuation || doc.isWord(next) && !doc.has(next, Lex.FUNCTION) && !doc.isWord(next, "and")
				|| doc.isNumber(next) || doc.isPunct(next, '%')) {
			// "at 5pm", "at 6:55", "at 19 weeks", "at 3 sessions"
			return false;
		}
		int before = i - 2;
		return !(doc.has(before, Lex.CLINICAL) || doc.isWord(before) && (doc.isWord(before, "scored") || doc.isWord(before, "score")
				|| doc.isWord(before, "rated") || doc.isWord(before, "remained") || doc.isWord(before, "stable") || doc.isWord(before, "level")
				|| doc.isWord(before, "is") || doc.isWord(before, "was") || doc.isWord(before, "stayed") || doc.isWord(before, "started")
				|| doc.isWord(before, "peaked") || doc.isWord(before, "capped") || doc.isWord(before, "set")) || doc.isPunct(before, '='));
	}

	/** The second number of "ages 9 and 11" or "aged 9 and 11". */
	private static boolean andAfterAge(Doc doc, int i, Candidates out) {
		return doc.isWord(i - 1, "and") && out.is(i - 2, IdentifierType.AGE, 0.9);
	}

	private static boolean person(Doc doc, int k, Candidates out) {
		if (k < 0) {
			return false;
		}
		if (out.is(k, IdentifierType.NAME, 0.5)) {
			return true;
		}
		return doc.has(k, Lex.RELATION) || PERSON_NOUNS.contains(doc, k);
	}

	/** "42yo", "17yrs", "52F", "17M": digits with an age suffix in one token. */
	private static void alnumAge(Doc doc, int i, Candidates out) {
		int start = doc.start(i);
		int end = doc.end(i);
		int k = start;
		int value = 0;
		while (k < end && Character.isDigit(doc.text.charAt(k))) {
			value = value * 10 + doc.text.charAt(k) - '0';
			k++;
		}
		if (k == start || k - start > 3 || k == end || value < 1 || value > 120) {
			return;
		}
		CharSequence suffix = doc.text.subSequence(k, end);
		if (!AGE_SUFFIXES.contains(suffix)) {
			return;
		}
		boolean genderAge = end - k == 1 && (Fold.fold(suffix.charAt(0)) == 'm' || Fold.fold(suffix.charAt(0)) == 'f');
		if (genderAge && !(doc.text.charAt(k) == 'M' || doc.text.charAt(k) == 'F')) {
			return;
		}
		out.addChars(start, k, IdentifierType.AGE, genderAge ? 0.8 : 0.95, "age");
	}
}
