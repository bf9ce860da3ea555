/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.internal;

import org.casenotes.deid.IdentifierType;

/**
 * People's names without prior knowledge. Each rule is a kind of evidence, with the confidence it deserves:
 * a title ("Dr. Okafor"), a header field ("Client: Dana Whitcombe"), a relation word ("her sister Signe",
 * "ex (dean)"), a given name from the lexicon ("Marcus"), a capitalised word that is no English word
 * ("Zosia", "Whitcombe"), a common word that is also a name where the sentence shows a person ("Will said",
 * "when Ron and Will clash"), initials ("J.M.", "M. Reyes", "- AB" signing a note). Theorists cited as theory
 * ("Beck's cognitive model", "(Bowen)") are vetoed first.
 */
final class NameRecognizer implements Recognizer {

	private static final WordSet LABELS = WordSet.of("client", "patient", "pt", "name", "clinician", "therapist", "counsellor",
			"counselor", "provider", "supervisor", "supervisee", "psychologist", "psychiatrist", "author", "signed", "signature",
			"cc", "attendees", "attending", "present", "referrer", "parent", "parents", "guardian", "contact", "nok", "interpreter",
			"gp", "worker", "coordinator", "manager", "trainee", "intern", "student", "consultant", "reviewer", "reviewed", "by",
			"mother", "father", "partner", "spouse", "caregiver", "carer", "physician", "doctor", "nurse", "prescriber", "teacher",
			"re", "to", "from", "child", "son", "daughter", "resident", "member", "members", "participants", "group", "family",
			"clients", "couple", "identified", "facilitator", "co-facilitator", "emergency", "absent", "apologies", "assessor",
			"evaluator", "examiner", "interviewer", "notes", "note", "scribe", "chair", "witness", "advocate", "sponsor");
	private static final WordSet THEORY_WORDS = WordSet.of("model", "models", "theory", "theories", "approach", "method", "methods",
			"technique", "techniques", "framework", "cycle", "triad", "stages", "stage", "scale", "inventory", "protocol", "concept",
			"work", "formulation", "triangle", "hierarchy", "chain", "window", "circle", "diamond", "map", "maps", "principles",
			"distortions", "schema", "schemas", "modes", "attachment", "style", "styles", "needs", "four", "horsemen", "tasks", "duty",
			"principle", "competence", "test", "ruling", "decision", "criteria", "guidance", "guidelines", "warning", "standard", "v",
			"vs", "et", "rupture", "stance", "dual", "process");
	private static final WordSet THEORY_CUES = WordSet.of("per", "after", "following", "according", "via", "using", "cf", "see",
			"from", "by", "like", "use", "used", "using", "applying", "applied");
	private static final WordSet CONTACT_LABELS = WordSet.of("tel", "ph", "mob", "fax", "cell", "mobile", "phone", "email", "web",
			"dob", "ref", "re", "cc", "attn", "encl");
	private static final WordSet PERSON_BEFORE = WordSet.of("with", "and", "told", "asked", "saw", "met", "called", "texted", "emailed",
			"phoned", "rang", "visited", "thanked", "hugged", "by", "for", "to", "tell", "ask", "see", "meet", "call", "text", "email");
	/** Words for the client a name can follow like a relation's: "pt (kayleigh)"; one bit test for every word. */
	private static final WordSet PATIENT_WORDS = WordSet.of("pt", "client", "patient");
	private static final WordSet ABBREVIATIONS = WordSet.of("u", "s", "k", "a", "m", "p", "e", "g", "i", "n", "b", "d", "o", "q", "r");

	@Override
	public String name() {
		return "name";
	}

	@Override
	public void recognize(Doc doc, KnownIdentifiers known, Candidates out) {
		vetoTheorists(doc, out);
		// a field label's colon, titles, relations, names and capitalised words: nothing else starts a name
		int next = 0;
		for (int i : doc.select(TokenFeatures.COLON | TokenFeatures.CAPITALIZED_WORD
				| TokenFeatures.classes(Lex.TITLE | Lex.RELATION | Lex.FIRST_NAME | Lex.GIVEN_NAME_VARIANT), PATIENT_WORDS)) {
			if (i < next) {
				continue;
			}
			byte kind = doc.kind(i);
			if (kind == Doc.PUNCT) {
				if (doc.isPunct(i, ':') && label(doc, i - 1)) {
					fieldNames(doc, i + 1, out);
				}
				continue;
			}
			if (kind != Doc.WORD || out.vetoed(i)) {
				continue;
			}
			int bits = doc.bits(i);
			if ((bits & Lex.TITLE) != 0 && titleBeforeName(doc, i)) {
				int first = doc.isPunct(i + 1, '.') ? i + 2 : i + 1;
				int last = ProperNouns.initial(doc, first) ? ProperNouns.nameEnd(doc, first + 2) : ProperNouns.nameEnd(doc, first);
				out.add(first, last, IdentifierType.NAME, 0.95, "name-title");
				next = last + 1;
				continue;
			}
			if ((bits & Lex.RELATION) != 0 || PATIENT_WORDS.contains(doc, i)) {
				int last = afterRelation(doc, i, out);
				if (last > i) {
					next = last + 1;
					continue;
				}
			}
			if (doc.isCapitalized(i)) {
				next = capitalized(doc, i, bits, out) + 1;
			} else if (doc.isLower(i) && (bits & (Lex.FIRST_NAME | Lex.GIVEN_NAME_VARIANT)) != 0 && (bits & (Lex.COMMON | Lex.RARE_WORD)) == 0
					&& (bits & (Lex.NOT_A_PERSON | Lex.FUNCTION | Lex.PLACE)) == 0 && doc.length(i) >= 4) {
				// a given name typed in lower case, as in texts and quick notes: "pt (kayleigh)"
				out.add(i, i, IdentifierType.NAME, 0.6, "name-lower");
			}
		}
		coordinated(doc, out);
		nicknames(doc, out);
		shortAndFullForms(doc, out);
		leadingInitials(doc, out);
	}

	/** "R. Dhillon", "J. K. Rowling": initials before a name found without them belong to it. */
	private static void leadingInitials(Doc doc, Candidates out) {
		for (Candidates.Candidate candidate : java.util.List.copyOf(out.all())) {
			if (candidate.type() != IdentifierType.NAME) {
				continue;
			}
			int first = candidate.firstToken();
			int start = first;
			while (start >= 2 && doc.gap(start) == Doc.SPACE && ProperNouns.initial(doc, start - 2)) {
				start -= 2;
			}
			if (start < first) {
				out.addChars(doc.start(start), candidate.end(), IdentifierType.NAME, candidate.confidence(), candidate.recognizer());
			}
		}
	}

	/**
	 * A short form beside the full name in brackets: "Mo (Mohamed Farah)", "Tony (Anthony Ruggiero)"; and a
	 * quoted capital standing for a person anywhere: 'Client "L":', '"R," a 34-year-old'.
	 */
	private static void shortAndFullForms(Doc doc, Candidates out) {
		for (int n = 0; n < doc.capitalizedWords(); n++) {
			int i = doc.capitalizedWord(n);
			if (out.covered(i) || out.vetoed(i) || doc.has(i, Lex.PRONOUN | Lex.NOT_A_PERSON)) {
				continue;
			}
			if (doc.has(i, Lex.RELATION)) {
				continue;
			}
			if (doc.length(i) == 1 && quoted(doc, i) && doc.firstChar(i) != 'I' && !(doc.firstChar(i) == 'A' && doc.isLower(i + 2))) {
				out.add(i, i, IdentifierType.NAME, 0.85, "name-initial");
			} else if (doc.isPunct(i + 1, '(') && out.is(i + 2, IdentifierType.NAME, 0.85) && doc.isCapitalized(i + 2)
					&& !doc.has(i, Lex.CLINICAL | Lex.FUNCTION) && doc.length(i) >= 2) {
				out.add(i, i, IdentifierType.NAME, 0.85, "name-short-form");
			}
		}
	}

	/**
	 * Quoted nicknames beside a person: 'Dorothy Mackintosh ("Dot")', '"Wojtek", father', 'Robert "Bobby" Lane'.
	 */
	private static void nicknames(Doc doc, Candidates out) {
		for (int n = 0; n < doc.capitalizedWords(); n++) {
			int i = doc.capitalizedWord(n);
			if (i < 1 || i + 1 >= doc.size() || out.confidenceAt(i) >= 0.88 || out.vetoed(i) || !quoted(doc, i)) {
				continue;
			}
			int open = i - 1;
			boolean afterName = out.is(open - 1, IdentifierType.NAME, 0.8) || doc.isPunct(open - 1, '(') && out.is(open - 2, IdentifierType.NAME, 0.8);
			int close = doc.isPunct(i + 1, ',') ? i + 2 : i + 1;
			boolean beforeRelation = doc.isPunct(close + 1, ',') && doc.has(close + 2, Lex.RELATION)
					|| doc.isPunct(i + 1, ',') && doc.has(close + 1, Lex.RELATION);
			if ((afterName || beforeRelation) && !doc.has(i, Lex.NOT_A_PERSON | Lex.FUNCTION)) {
				out.add(i, i, IdentifierType.NAME, 0.88, "name-nickname");
			}
		}
	}

	/**
	 * The co-authors after a cited theorist: "(Safran & Muran)", "(Stroebe and Schut, 1999)", "Gutheil &
	 * Gabbard's". Only after a known author, so "(Tom & Kylie)" stays two people.
	 */
	private static void coAuthors(Doc doc, int k, Candidates out) {
		while ((doc.isPunct(k, '&') || doc.isWord(k, "and") || doc.isPunct(k, ',')) && doc.isCap(k + 1) && doc.isWord(k + 1)
				&& doc.gap(k + 1) <= Doc.SPACE && !doc.has(k + 1, Lex.FUNCTION)) {
			int last = k + 1;
			while (doc.isPunct(last + 1, '-') && doc.joined(last + 1) && doc.isCap(last + 2)) {
				last += 2;
			}
			out.veto(k + 1, doc.kind(last + 1) == Doc.POSS ? last + 1 : last);
			k = last + 1;
		}
	}

	/** Tokens that are theory, not people: "Beck's cognitive triad", "(Bowen)", "per Linehan", "Yalom's". */
	private static void vetoTheorists(Doc doc, Candidates out) {
		for (int n = 0; n < doc.capitalizedWords(); n++) {
			int i = doc.capitalizedWord(n);
			if (!doc.isCap(i)) {
				continue;
			}
			int last = doc.has(i, Lex.THEORIST) ? i : doc.has(i, Lex.PHRASE_START) ? Phrases.longest(doc, i, Lex.THEORIST) : -1;
			if (last < 0 || doc.has(i - 1, Lex.TITLE) || doc.isPunct(i - 1, '.') && doc.has(i - 2, Lex.TITLE)
					|| doc.isCapitalized(i - 1) && doc.has(i - 1, Lex.FIRST_NAME) && doc.gap(i) == Doc.SPACE) {
				continue;
			}
			int after = last + 1;
			// "Stanley-Brown safety plan", "Yale-Brown scale": two cited authors joined name one instrument
			boolean pair = doc.isPunct(after, '-') && doc.joined(after) && doc.isCapitalized(after + 1) && doc.has(after + 1, Lex.THEORIST);
			boolean possessive = doc.kind(after) == Doc.POSS
					|| doc.isPunct(after, '\'') && doc.joined(after) && doc.text.charAt(doc.end(last) - 1) == 's';
			boolean theory = possessive && (doc.isLower(after + 1) || THEORY_WORDS.contains(doc, after + 1))
					|| THEORY_WORDS.contains(doc, after)
					|| doc.isPunct(i - 1, '(') && (doc.isPunct(after, ')') || doc.isPunct(after, ',') || doc.isNumber(after)
							|| doc.isPunct(after, '&') || doc.isWord(after, "and"))
					|| last > i && !doc.has(after, Lex.NAME_VERB) && !doc.isCapitalized(after)
					|| !doc.has(i, Lex.FIRST_NAME) && !doc.has(after, Lex.NAME_VERB) && !doc.has(i - 1, Lex.RELATION)
							&& !PERSON_BEFORE.contains(doc, i - 1) && !doc.has(i, Lex.SURNAME | Lex.COMMON) && !doc.isCapitalized(after)
					|| THEORY_CUES.contains(doc, i - 1) && !doc.has(after, Lex.NAME_VERB)
					|| pair;
			if (theory) {
				out.veto(i, pair ? after + 1 : possessive ? after : last);
				coAuthors(doc, last + 1, out);
			}
		}
	}

	/**
	 * "Client:", "Clinician:", "Present:", "Emergency contact:", "Referred by:" at the start of a field; or any
	 * one-word field ("Assessor:", "Interviewer:") whose value starts with a two-word name.
	 */
	private static boolean label(Doc doc, int i) {
		if (doc.isPunct(i, ')')) {
			// "Present (6 of 7):"
			int open = i;
			while (open > 0 && !doc.isPunct(open, '(') && i - open < 8) {
				open--;
			}
			i = open - 1;
		}
		if (!LABELS.contains(doc, i)) {
			return doc.isWord(i) && doc.isCap(i) && doc.lineStart(i) && doc.isPunct(i + 1, ':') && twoWordName(doc, i + 2);
		}
		int k = i;
		while (k > 0 && !doc.lineStart(k) && doc.gap(k) < Doc.WIDE && LABELS.contains(doc, k - 1)) {
			k--;
		}
		return doc.lineStart(k) || doc.gap(k) >= Doc.WIDE || doc.isPunct(k - 1, '(') || doc.isPunct(k - 1, '|');
	}

	/** "Gemma Pritchard": two capitalised words, the second no everyday word or a known surname. */
	private static boolean twoWordName(Doc doc, int k) {
		return ProperNouns.namePart(doc, k) && ProperNouns.namePart(doc, k + 1) && doc.gap(k + 1) == Doc.SPACE
				&& (ProperNouns.notAWord(doc, k + 1) || doc.has(k + 1, Lex.SURNAME)) && !doc.has(k + 1, Lex.ORG_SUFFIX | Lex.PLACE);
	}

	/**
	 * The names in a header field, up to the end of the line or the next field: "Present: Will; mother, Faith
	 * Harrington-Ruiz; stepfather, Ron Ruiz", "Clinician: Marcus Reyes, LMHC".
	 */
	private static void fieldNames(Doc doc, int i, Candidates out) {
		int k = i;
		while (k < doc.size() && !(k > i && (doc.lineStart(k) || doc.gap(k) >= Doc.WIDE))) {
			if (doc.has(k, Lex.PLACE) && !doc.has(k, Lex.FIRST_NAME | Lex.SURNAME)) {
				k++;
				continue;
			}
			if (doc.isWord(k) && doc.length(k) == 1 && doc.isCap(k) && doc.firstChar(k) != 'I' && quoted(doc, k)) {
				out.add(k, k, IdentifierType.NAME, 0.85, "name-field");
				k++;
				continue;
			}
			if (ProperNouns.initial(doc, k) && ProperNouns.namePart(doc, k + 2) || ProperNouns.namePart(doc, k) && (!doc.has(k, Lex.CLINICAL) || doc.isPunct(k + 1, '-') && doc.joined(k + 1))
					&& !(doc.has(k, Lex.COMMON) && doc.level(k) <= 20 && !doc.has(k, Lex.FIRST_NAME) && ProperNouns.nameEnd(doc, k) == k)) {
				boolean initialOfName = ProperNouns.initial(doc, k) && ProperNouns.namePart(doc, k + 2);
				int last = initialOfName ? ProperNouns.nameEnd(doc, k + 2) : ProperNouns.initial(doc, k) ? k : ProperNouns.nameEnd(doc, k);
				if (!(last == k && doc.length(k) == 1 && !doc.isPunct(k + 1, '.'))) {
					out.add(k, last, IdentifierType.NAME, 0.93, "name-field");
				}
				k = last + 1;
				continue;
			}
			if (doc.isUpper(k) && doc.length(k) <= 3 && !doc.has(k, Lex.CLINICAL | Lex.FUNCTION | Lex.COMMON) && isolated(doc, k)) {
				out.add(k, k, IdentifierType.NAME, 0.85, "name-field");
			}
			k++;
		}
	}

	/** A token in quotation marks: the '"R,"' of 'Client: "R," a 34-year-old'. */
	private static boolean quoted(Doc doc, int k) {
		boolean open = doc.isPunct(k - 1, '"') || doc.isPunct(k - 1, '\u201C') || doc.isPunct(k - 1, '\'');
		boolean close = doc.isPunct(k + 1, '"') || doc.isPunct(k + 1, '\u201D') || doc.isPunct(k + 1, '\'')
				|| doc.isPunct(k + 1, ',') && (doc.isPunct(k + 2, '"') || doc.isPunct(k + 2, '\u201D'));
		return open && close;
	}

	/** A token standing alone between separators, like initials in a field: "cc: MJ, TJ". */
	private static boolean isolated(Doc doc, int k) {
		boolean before = k == 0 || doc.kind(k - 1) == Doc.PUNCT || doc.lineStart(k) || doc.gap(k) >= Doc.WIDE;
		boolean after = k + 1 >= doc.size() || doc.kind(k + 1) == Doc.PUNCT || doc.lineStart(k + 1) || doc.gap(k + 1) >= Doc.WIDE;
		return before && after;
	}

	private static boolean titleBeforeName(Doc doc, int i) {
		if (!doc.isCapitalized(i) && !(doc.isWord(i, "dr") || doc.isWord(i, "mr") || doc.isWord(i, "mrs") || doc.isWord(i, "ms"))) {
			return false;
		}
		int first = doc.isPunct(i + 1, '.') && doc.joined(i + 1) ? i + 2 : i + 1;
		if (first >= doc.size() || doc.gap(first) > Doc.SPACE) {
			return false;
		}
		boolean strongTitle = doc.isWord(i, "dr") || doc.isWord(i, "mr") || doc.isWord(i, "mrs") || doc.isWord(i, "ms")
				|| doc.isWord(i, "mx") || doc.isWord(i, "miss") || doc.isWord(i, "prof") || doc.isWord(i, "professor")
				|| doc.isWord(i, "rev") || doc.isWord(i, "sgt") || doc.isWord(i, "det") || doc.isWord(i, "cllr");
		if (ProperNouns.initial(doc, first)) {
			return ProperNouns.namePart(doc, first + 2);
		}
		if (!ProperNouns.namePart(doc, first)) {
			return false;
		}
		if (strongTitle) {
			return true;
		}
		// "Coach Dan", "Uncle Tony", "Father Brennan": a word title needs a name that is no common word
		return ProperNouns.notAWord(doc, first) || doc.has(first, Lex.FIRST_NAME | Lex.SURNAME) && doc.isCapitalized(i)
				&& !doc.sentenceStart(first);
	}

	/**
	 * A name right after a relation word: "her sister Signe", "partner, Will,", "his father, Brandon," and in
	 * brackets, whatever its case: "ex (dean)", "pt (kayleigh)". Returns the last token of the name, or {@code i}.
	 */
	private static int afterRelation(Doc doc, int i, Candidates out) {
		int k = i + 1;
		if (doc.isPunct(k, '(')) {
			int word = k + 1;
			if (doc.isWord(word) && doc.isPunct(word + 1, ')') && !doc.has(word, Lex.FUNCTION | Lex.NOT_A_PERSON | Lex.RELATION)
					&& (doc.isCapitalized(word) || doc.level(word) >= 35) && doc.length(word) >= 2) {
				out.add(word, word, IdentifierType.NAME, doc.isCapitalized(word) ? 0.9 : 0.8, "name-relation");
				return word + 1;
			}
			if (doc.isUpper(word) && doc.isPunct(word + 1, ')') && !doc.has(word, Lex.CLINICAL)) {
				out.add(word, word, IdentifierType.NAME, 0.85, "name-relation");
				return word + 1;
			}
			return i;
		}
		if (doc.isPunct(k, ',')) {
			k++;
		}
		if (doc.isWord(k, "named") || doc.isWord(k, "called")) {
			k++;
		}
		if (k >= doc.size() || doc.gap(k) > Doc.SPACE || !ProperNouns.namePart(doc, k) || doc.has(k, Lex.NOT_A_PERSON)) {
			return i;
		}
		if (doc.has(k, Lex.PLACE) && !doc.has(k, Lex.FIRST_NAME)) {
			return i;
		}
		int last = ProperNouns.nameEnd(doc, k);
		boolean commonWord = doc.has(k, Lex.COMMON) && last == k;
		out.add(k, last, IdentifierType.NAME, commonWord ? 0.85 : 0.92, "name-relation");
		return last;
	}

	/** A capitalised word: a given name, an unknown word, initials. Returns the last token consumed. */
	private static int capitalized(Doc doc, int i, int bits, Candidates out) {
		if (out.is(i, IdentifierType.NAME, 0.9) || out.covered(i) && out.confidenceAt(i) >= 0.9 || (bits & Lex.PRONOUN) != 0) {
			return i;
		}
		if (doc.length(i) == 1) {
			return singleLetter(doc, i, out);
		}
		if (doc.isUpper(i) && doc.length(i) <= 3) {
			shortCapitals(doc, i, out);
			return i;
		}
		if ((bits & (Lex.CLINICAL | Lex.MEDICATION | Lex.PLATFORM | Lex.DEMONYM | Lex.WEEKDAY | Lex.HOLIDAY)) != 0 && (bits & Lex.FIRST_NAME) == 0) {
			return i;
		}
		if (doc.isLower(i + 1) && doc.has(i + 1, Lex.CLINICAL) && doc.gap(i + 1) == Doc.SPACE
				|| IdRecognizer.CUES.contains(doc, i) && (bits & (Lex.FIRST_NAME | Lex.SURNAME)) == 0
				|| CONTACT_LABELS.contains(doc, i) && doc.isPunct(i + 1, ':')) {
			// "Major depressive disorder", "Tel: 028 ..."
			return i;
		}
		if ((bits & (Lex.ORG_SUFFIX | Lex.STREET_SUFFIX | Lex.TITLE | Lex.RELATION | Lex.FUNCTION)) != 0
				&& (bits & (Lex.FIRST_NAME | Lex.SURNAME)) == 0) {
			return i;
		}
		boolean given = (bits & (Lex.FIRST_NAME | Lex.GIVEN_NAME_VARIANT)) != 0;
		boolean surname = (bits & Lex.SURNAME) != 0;
		boolean common = (bits & Lex.COMMON) != 0;
		boolean place = (bits & Lex.PLACE) != 0;
		boolean meaningful = ProperNouns.meaningfulCapital(doc, i);
		boolean personContext = personContext(doc, i, out);
		double confidence;
		String rule;
		if ((bits & Lex.MONTH) != 0 && !(personContext || ProperNouns.namePart(doc, i + 1) && !doc.has(i + 1, Lex.COMMON))) {
			return i;
		}
		if (given && !common) {
			confidence = place && !personContext ? 0.7 : 0.9;
			rule = "name-given";
		} else if (surname && !common) {
			confidence = place && !personContext ? 0.65 : 0.85;
			rule = "name-surname";
		} else if (!common && !place && (bits & Lex.RARE_WORD) == 0) {
			if (locationContext(doc, i)) {
				return i;
			}
			confidence = meaningful || personContext ? 0.8 : 0.7;
			rule = "name-unknown";
		} else if (!common && (bits & Lex.RARE_WORD) != 0) {
			if (locationContext(doc, i) || place) {
				return i;
			}
			confidence = meaningful && personContext ? 0.75 : meaningful ? 0.6 : 0.4;
			rule = "name-rare";
		} else if (given || surname) {
			// a common word that is also a name: "Will", "Grace", "Hope", "Price"
			if (personContext) {
				confidence = 0.8;
			} else if (meaningful && !doc.isCapitalized(i - 1)) {
				confidence = 0.65;
			} else {
				return i;
			}
			rule = "name-word";
		} else {
			return i;
		}
		if (place && !given && !surname) {
			return i;
		}
		int last = ProperNouns.nameEnd(doc, i);
		if (last > i && confidence < 0.85 && !doc.has(last, Lex.COMMON)) {
			confidence = 0.85;
		}
		if (doc.isUpper(i) && !doc.headingLine(i) && !given && !surname) {
			return i;
		}
		out.add(i, last, IdentifierType.NAME, confidence, rule);
		return last;
	}

	/**
	 * Whether the words around token {@code i} show a person: a verb of saying or doing after it ("Will said"),
	 * a possessive ("Grace's"), an apposition with a relation ("Erica, her sister"), a preposition that takes
	 * people ("with Dana"), a name before it joined by "and".
	 */
	static boolean personContext(Doc doc, int i, Candidates out) {
		int next = i + 1;
		if (doc.isPunct(next, '(') && (doc.isNumber(next + 1) && Numbers.value(doc, next + 1) <= 110 || doc.kind(next + 1) == Doc.ALNUM
				&& Character.isDigit(doc.firstChar(next + 1))) && doc.isPunct(next + 2, ')')) {
			// "Hope (27) reports", "CJP (52M)": a person and their age
			return true;
		}
		if (doc.kind(next) == Doc.POSS) {
			// "Grace's", but not the "'s" of "he's", "that's", "let's"
			return !doc.has(i, Lex.PLACE | Lex.PRONOUN) && !(doc.has(i, Lex.FUNCTION) && !doc.has(i, Lex.FIRST_NAME));
		}
		if (doc.isWord(next) && doc.has(next, Lex.NAME_VERB) && doc.isLower(next) && doc.gap(next) == Doc.SPACE) {
			return true;
		}
		if (doc.isPunct(next, ',') && (doc.has(next + 1, Lex.RELATION) || doc.has(next + 2, Lex.RELATION) && doc.has(next + 1, Lex.FUNCTION))) {
			return true;
		}
		if (PERSON_BEFORE.contains(doc, i - 1) && doc.isLower(i - 1)) {
			return !doc.has(i, Lex.PLACE) || doc.isWord(i - 1, "with");
		}
		return doc.isWord(i - 1, "and") && out.is(i - 2, IdentifierType.NAME, 0.8);
	}

	/** Whether a preposition or verb of place precedes token {@code i}: left to the location recognizer. */
	private static boolean locationContext(Doc doc, int i) {
		return LocationRecognizer.PLACE_BEFORE.contains(doc, i - 1) && doc.isLower(i - 1);
	}

	/** "B's wife", "with L at their next session", "L started work": one capital standing for a person. */
	private static int singleLetter(Doc doc, int i, Candidates out) {
		char c = doc.firstChar(i);
		if (c == 'I' || doc.isPunct(i + 1, '.') || doc.isPunct(i + 1, ':') && doc.lineStart(i) || doc.isPunct(i - 1, '-') && doc.joined(i)
				|| doc.isPunct(i + 1, '-') && doc.joined(i + 1) || doc.isPunct(i + 1, '/') || doc.isPunct(i - 1, '/')) {
			return i;
		}
		if (c == 'A' && (doc.sentenceStart(i) || doc.isLower(i + 1)) || doc.isCapitalized(i - 1) && doc.gap(i) == Doc.SPACE
				|| doc.isLower(i - 1) && doc.level(i - 1) > 20 && !PERSON_BEFORE.contains(doc, i - 1)) {
			// "Plan B", "vitamin B is", but "with B", "told B"
			return i;
		}
		boolean possessive = doc.kind(i + 1) == Doc.POSS;
		boolean verb = doc.has(i + 1, Lex.NAME_VERB) && doc.isLower(i + 1);
		boolean person = PERSON_BEFORE.contains(doc, i - 1) && doc.isLower(i - 1) && !doc.isWord(i - 1, "and") && !doc.isWord(i - 1, "to")
				&& !doc.isWord(i - 1, "for");
		if (possessive || verb || person) {
			out.add(i, i, IdentifierType.NAME, 0.75, "name-initial");
		}
		return i;
	}

	/** "J.M.", "C.W.", "A.L."; "MJ", "TJ", "CJP" where a person is meant; "- AB" signing a note. */
	private static void shortCapitals(Doc doc, int i, Candidates out) {
		if (doc.has(i, Lex.CLINICAL | Lex.FUNCTION | Lex.DEMONYM | Lex.MONTH | Lex.WEEKDAY) || doc.has(i, Lex.COMMON) && doc.length(i) > 2
				|| doc.lexicons.isRegionCode(doc.text, doc.start(i), doc.end(i)) && doc.isPunct(i - 1, ',')) {
			return;
		}
		boolean signOff = (doc.isPunct(i - 1, '-') || doc.isPunct(i - 1, '\u2014') || doc.isPunct(i - 1, '\u2013'))
				&& (doc.lineStart(i - 1) || doc.gap(i - 1) != Doc.ADJACENT) && (i + 1 >= doc.size() || doc.lineStart(i + 1) || doc.isPunct(i + 1, ','));
		boolean person = personContext(doc, i, out) || doc.isPunct(i - 1, '(') && doc.isPunct(i + 1, ')') && doc.has(i - 2, Lex.RELATION);
		if (signOff || person) {
			out.add(i, i, IdentifierType.NAME, signOff ? 0.85 : 0.75, "name-initials");
		}
	}

	/** Dotted initials "J.M." anywhere; run as part of the main pass on letters followed by a period. */
	static void dottedInitials(Doc doc, Candidates out) {
		// an initial is a capital: only capitalised words are visited, from the token after the last one read
		int next = 0;
		for (int n = 0; n < doc.capitalizedWords(); n++) {
			int i = doc.capitalizedWord(n);
			if (i + 3 >= doc.size()) {
				break;
			}
			if (i < next || !ProperNouns.initial(doc, i) || doc.joined(i) && doc.kind(i - 1) != Doc.PUNCT) {
				continue;
			}
			int last = i + 1;
			while (ProperNouns.initial(doc, last + 1) && doc.joined(last + 1)) {
				last += 2;
			}
			if (last >= i + 3) {
				boolean abbreviation = true;
				for (int k = i; k < last; k += 2) {
					abbreviation &= ABBREVIATIONS.contains(doc, k);
				}
				String dotted = doc.text(i, last).toLowerCase(java.util.Locale.ROOT);
				boolean known = dotted.equals("u.s.") || dotted.equals("u.k.") || dotted.equals("a.m.") || dotted.equals("p.m.")
						|| dotted.equals("e.g.") || dotted.equals("i.e.") || dotted.equals("n.b.") || dotted.equals("p.s.")
						|| dotted.equals("b.a.") || dotted.equals("m.a.") || dotted.equals("b.s.") || dotted.equals("m.s.")
						|| dotted.equals("r.n.") || dotted.equals("d.o.") || dotted.equals("q.d.") || dotted.equals("p.o.")
						|| dotted.equals("d.o.b.") || dotted.equals("a.k.a.") || dotted.equals("u.s.a.");
				if (!(abbreviation && known)) {
					out.add(i, last, IdentifierType.NAME, 0.85, "name-initials");
				}
				next = last + 1;
			} else if (ProperNouns.namePart(doc, i + 2) && doc.gap(i + 2) == Doc.SPACE && !doc.has(i + 2, Lex.COMMON | Lex.MONTH)) {
				// "M. Reyes", "H. Okafor"
				int end = ProperNouns.nameEnd(doc, i + 2);
				out.add(i, end, IdentifierType.NAME, 0.9, "name-initials");
				next = end + 1;
			}
		}
	}

	/** "Ron and Will", "Tom, Kylie and B": capitalised words listed with a name are names too. */
	private static void coordinated(Doc doc, Candidates out) {
		dottedInitials(doc, out);
		// "Grace Whitty": a given name right before a surname found on its own is part of the name
		for (int n = 0; n < doc.capitalizedWords(); n++) {
			int before = doc.capitalizedWord(n);
			int i = before + 1;
			if (i < doc.size() && out.is(i, IdentifierType.NAME, 0.75) && !out.covered(before) && doc.gap(i) == Doc.SPACE
					&& doc.isCap(before) && doc.has(before, Lex.FIRST_NAME | Lex.GIVEN_NAME_VARIANT) && !doc.has(before, Lex.PRONOUN | Lex.NOT_A_PERSON)
					&& !out.vetoed(before)) {
				out.add(before, i, IdentifierType.NAME, 0.85, "name-given");
			}
		}
		for (int pass = 0; pass < 2; pass++) {
			for (int i = 0; i < doc.size(); i++) {
				if (!out.is(i, IdentifierType.NAME, 0.8)) {
					continue;
				}
				int k = i + 1;
				while (k < doc.size() && out.is(k, IdentifierType.NAME, 0.5)) {
					k++;
				}
				// the run of name tokens is read once, not once per token
				i = k - 1;
				if (!(doc.isWord(k, "and") || doc.isWord(k, "or") || doc.isPunct(k, ',') || doc.isWord(k, "&"))) {
					continue;
				}
				int next = k + 1;
				if (doc.isWord(next, "and")) {
					next++;
				}
				if (next < doc.size() && doc.isWord(next) && doc.isCapitalized(next) && !out.covered(next) && !out.vetoed(next)
						&& doc.gap(next) == Doc.SPACE && !doc.has(next, ProperNouns.NOT_IN_NAME | Lex.FUNCTION | Lex.PLACE)
						&& (doc.isCap(next) || doc.length(next) <= 3)) {
					int last = doc.length(next) == 1 ? next : ProperNouns.nameEnd(doc, next);
					out.add(next, last, IdentifierType.NAME, 0.8, "name-coordinated");
				}
			}
		}
	}
}
