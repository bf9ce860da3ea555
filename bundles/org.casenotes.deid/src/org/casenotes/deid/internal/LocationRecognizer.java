/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.internal;

import org.casenotes.deid.IdentifierType;

/**
 * Places and organisations tied to a person. Organisations are read back from the word that ends their name
 * ("Lakewalk Counseling", "St James's University Hospital", "The Anchor Grill") and forward over "of"
 * ("University of Roehampton"). Towns, regions and countries come from the gazetteer ("Toronto", "El Paso");
 * those that are also words ("Reading", "Bath") count only after a preposition. Any capitalised name after a
 * place preposition ("moved to Hartlepool") or an employment cue ("works at Boeing", "shifts at Royal Mail",
 * "Insurance: Aetna") is a place. Generic services ("Mental Health", "the Police") are not identifiers.
 */
final class LocationRecognizer implements Recognizer {

	/** Words after which a capitalised name is a place. */
	static final WordSet PLACE_BEFORE = WordSet.of("in", "at", "from", "near", "outside", "around", "into", "toward", "towards",
			"across", "via", "visiting", "visit", "visited", "leaving", "left", "moved", "relocated", "lives", "lived", "living",
			"born", "raised", "grew", "returned", "return", "flew", "drove", "travelled", "traveled", "trip", "holiday", "vacation",
			"based", "downtown", "of");
	/** Words after which a capitalised name is a workplace, school or other organisation of the person. */
	private static final WordSet EMPLOYER_BEFORE = WordSet.of("works", "worked", "working", "work", "job", "jobs", "shift",
			"shifts", "employed", "employer", "interning", "internship", "volunteers", "volunteering", "volunteer", "studies",
			"studying", "student", "enrolled", "attends", "attending", "attended", "senior", "junior", "sophomore", "freshman",
			"teaches", "taught", "manager", "nurse", "placement", "apprenticeship", "hired", "promoted", "fired", "contract",
			"insurance", "insurer", "covered", "school", "college", "university", "church", "member", "joined", "goes", "went", "study",
			"studied", "prescribed", "admitted", "discharged", "referred", "treated", "seen", "shop", "shopping", "bouldering",
			"training", "trains", "coaches", "coached", "plays", "played", "swims", "climbs", "worship", "worships");
	private static final WordSet GENERIC_SERVICES = WordSet.of("mental", "health", "social", "services", "service", "children's",
			"child", "protection", "family", "court", "primary", "care", "emergency", "department", "urgent", "student", "human",
			"resources", "occupational", "public", "community", "adult", "behavioral", "behavioural", "police", "high", "middle",
			"school", "secondary", "medical", "center", "centre", "therapy", "couples", "group", "crisis", "team", "youth", "home",
			"hospital", "clinic", "unit", "ward", "practice", "general", "national", "state", "local", "county", "city", "district",
			"the", "a", "our", "your", "their", "her", "his", "my", "counselling", "counseling", "psychology", "psychiatry",
			"wellbeing", "wellness", "recovery", "treatment", "day", "inpatient", "outpatient", "residential", "sleep", "pain",
			"eating", "disorders", "disorder", "trust", "office", "board", "services'", "program", "programme", "office", "gp");
	/** Form fields whose value is an organisation: "Employer: Boeing", "Referred by: Foundation House". */
	private static final WordSet FIELD_LABELS = WordSet.of("insurance", "insurer", "employer", "school", "workplace", "college",
			"university", "agency", "referrer", "referral", "organisation", "organization", "placement", "church", "practice",
			"workplace", "company", "service", "site", "location", "facility", "setting");
	/** The words that make a saint's name a place: "St Vincent de Paul", "St. Luke's", "Saint Mary's". */
	private static final WordSet SAINT = WordSet.of("st", "saint", "ste", "sainte");
	/** Words that a number completes in the name of a union local, a legion branch, a scout troop. */
	private static final WordSet NUMBERED = WordSet.of("local", "branch", "post", "lodge", "troop", "chapter", "pack", "unit",
			"district", "station", "company", "squadron", "battalion", "regiment", "precinct", "ward");
	/** Organisation words that also name a kind of treatment or a programme. */
	private static final WordSet MODALITIES = WordSet.of("therapy", "therapies", "program", "programme", "programs", "programmes",
			"group", "groups", "training", "treatment", "skills", "line", "helpline");
	/** Words that a number follows to say which one, not where: "Year 12", "Grade 9", "Ward 4B". */
	private static final WordSet ORDINAL_NOUNS = WordSet.of("year", "grade", "form", "class", "room", "bed", "level", "stage", "step",
			"week", "day", "session", "page", "chapter", "module", "phase", "part", "section", "item", "question", "version");
	// not "in" or "on": "Infosys in Bengaluru" is an employer and a town
	private static final WordSet CONNECTORS = WordSet.of("of", "for", "and", "the", "de", "du", "la", "le", "st", "saint", "upon");

	@Override
	public String name() {
		return "location";
	}

	@Override
	public void recognize(Doc doc, KnownIdentifiers known, Candidates out) {
		// every rule starts on a capitalised word, so only those are visited
		int words = doc.capitalizedWords();
		// organisations first, over every token: a place read forward from a cue ("from Valley Freight
		// Logistics") must not hide the suffix word that proves an organisation
		for (int n = 0; n < words; n++) {
			int i = doc.capitalizedWord(n);
			if (!out.vetoed(i) && doc.has(i, Lex.ORG_SUFFIX)) {
				organisation(doc, i, out);
			}
		}
		// the first token not yet read as part of a place
		int next = 0;
		for (int n = 0; n < words; n++) {
			int i = doc.capitalizedWord(n);
			if (i < next || out.vetoed(i)) {
				continue;
			}
			if (SAINT.contains(doc, i) && doc.isCap(i) && !(doc.isCapitalized(i - 1) && !doc.has(i - 1, Lex.FUNCTION))) {
				int last = saint(doc, i, out);
				if (last > i) {
					next = last + 1;
					continue;
				}
			}
			int bits = doc.bits(i);
			if (!out.is(i, IdentifierType.LOCATION, 0.85)) {
				int last = gazetteer(doc, i, bits, out);
				if (last < 0) {
					last = afterCue(doc, i, out);
				}
				if (last >= i) {
					next = last + 1;
				}
			}
		}
	}

	/** Reads an organisation's name back from the word that ends it, and forward over "of"/"for". */
	private static void organisation(Doc doc, int suffix, Candidates out) {
		// the name ends at the last of consecutive suffix words: "Medical Practice", "Counselling Group"
		int end = suffix;
		while (doc.isWord(end + 1) && doc.has(end + 1, Lex.ORG_SUFFIX) && doc.isCapitalized(end + 1) && doc.gap(end + 1) == Doc.SPACE) {
			end++;
		}
		if (doc.isWord(end + 1) && doc.isCapitalized(end + 1) && doc.gap(end + 1) == Doc.SPACE && !doc.has(end + 1, Lex.FUNCTION)
				&& !doc.isWord(end + 1, "of") && !doc.has(end + 1, Lex.PLACE)) {
			// "Care Plan", "Health Questionnaire": the suffix word is inside a longer title, not an organisation
			return;
		}
		int first = suffix;
		int distinctive = 0;
		int k = suffix - 1;
		while (k >= 0 && suffix - k <= 6) {
			byte gap = doc.gap(k + 1);
			if (gap > Doc.SPACE) {
				break;
			}
			if (doc.kind(k) == Doc.POSS || doc.isPunct(k, '-') && doc.joined(k + 1) || doc.isPunct(k, '&')
					|| (doc.isPunct(k, '\'') || doc.isPunct(k, '\u2019')) && doc.joined(k) && doc.text.charAt(doc.end(k - 1) - 1) == 's' || doc.isPunct(k, '.')
					&& doc.isWord(k - 1, "st")) {
				k--;
				continue;
			}
			if (doc.isWord(k) && (doc.isCapitalized(k) || doc.isWord(k, "of") && doc.isCapitalized(k - 1)) && !doc.has(k, Lex.TITLE | Lex.RELATION)
					|| doc.kind(k) == Doc.ALNUM && doc.isCapitalized(k)) {
				if (!doc.has(k, Lex.FUNCTION) || doc.isWord(k, "of")) {
					if (!GENERIC_SERVICES.contains(doc, k) && !doc.has(k, Lex.ORG_SUFFIX)) {
						distinctive++;
					}
					first = k;
					k--;
					continue;
				}
				if (doc.isWord(k, "the") && doc.isCap(k)) {
					first = k;
				}
			}
			break;
		}
		int last = end;
		if ((doc.isWord(last + 1, "of") || doc.isWord(last + 1, "for")) && doc.gap(last + 2) == Doc.SPACE && doc.isCapitalized(last + 2)) {
			int k2 = last + 2;
			while (k2 < doc.size() && doc.gap(k2) == Doc.SPACE && (doc.isCapitalized(k2) || CONNECTORS.contains(doc, k2) && doc.isCapitalized(k2 + 1))
					&& k2 - last < 6) {
				if (doc.isCapitalized(k2) && !GENERIC_SERVICES.contains(doc, k2)) {
					distinctive++;
				}
				last = k2;
				k2++;
			}
		}
		if (distinctive == 0) {
			return;
		}
		while (first < suffix && doc.isWord(first, "of")) {
			first++;
		}
		boolean strong = false;
		for (int t = first; t <= last; t++) {
			if (doc.isWord(t) && doc.isCapitalized(t) && !GENERIC_SERVICES.contains(doc, t) && !doc.has(t, Lex.CLINICAL)
					&& (!doc.common(t) || doc.has(t, Lex.PLACE | Lex.SURNAME | Lex.FIRST_NAME))) {
				strong = true;
			}
		}
		if (!strong && MODALITIES.contains(doc, end)) {
			// "Cognitive Processing Therapy", "DBT Skills Group", "Intensive Outpatient Program": treatments and
			// programmes named in plain words are what was done, not where
			return;
		}
		// a name ending in "Psychology" or "Hospital" with a word of its own is the surest evidence there is
		double confidence = strong ? 0.95 : ProperNouns.meaningfulCapital(doc, first) || doc.isWord(first, "the") ? 0.7 : 0.6;
		out.add(first, last, IdentifierType.LOCATION, confidence, "location-organisation");
	}

	/**
	 * "St Vincent de Paul", "St. Luke's": named after a saint, so a church, school, hospital, charity or
	 * street, never a person in a note. Not "Main St" (a word before) nor "St" alone.
	 */
	private static int saint(Doc doc, int i, Candidates out) {
		int name = doc.isPunct(i + 1, '.') && doc.joined(i + 1) ? i + 2 : i + 1;
		if (!doc.isWord(name) || !doc.isCap(name) || doc.gap(name) != Doc.SPACE || doc.has(name, Lex.NOT_A_PERSON | Lex.FUNCTION)) {
			return -1;
		}
		int last = chainEnd(doc, name);
		out.add(i, last, IdentifierType.LOCATION, 0.92, "location-saint");
		return last;
	}

	/** Towns, regions and countries of the gazetteer; returns the last token, or -1. */
	private static int gazetteer(Doc doc, int i, int bits, Candidates out) {
		int last = -1;
		if ((bits & Lex.PHRASE_START) != 0) {
			last = Phrases.longest(doc, i, Lex.PLACE);
		}
		boolean phrase = last > i;
		if (!phrase && (bits & Lex.PLACE) != 0) {
			last = i;
		}
		if (last < 0 || doc.has(i, Lex.NOT_A_PERSON) && !phrase || doc.isPunct(i - 1, '-') && doc.joined(i)) {
			// not the "BOCS" of "Y-BOCS"
			return -1;
		}
		boolean cue = PLACE_BEFORE.contains(doc, i - 1) && doc.isLower(i - 1) || EMPLOYER_BEFORE.contains(doc, i - 1)
				|| doc.isPunct(i - 1, ',') && out.is(i - 2, IdentifierType.LOCATION, 0.6)
				|| doc.isPunct(last + 1, ',') && (doc.has(last + 2, Lex.PLACE) || doc.isUpper(last + 2)) && doc.isCapitalized(last + 2);
		boolean commonWord = !phrase && (bits & Lex.COMMON) != 0;
		boolean personName = !phrase && (bits & (Lex.FIRST_NAME | Lex.SURNAME | Lex.GIVEN_NAME_VARIANT)) != 0;
		double confidence;
		if (commonWord) {
			if (!cue || !ProperNouns.meaningfulCapital(doc, i)) {
				return -1;
			}
			confidence = 0.8;
		} else if (personName) {
			if (!cue || NameRecognizer.personContext(doc, i, out)) {
				return -1;
			}
			// "42 Wallaby Way, Sydney NSW 2000": a town in an address, though Sydney is also a given name
			confidence = doc.isPunct(i - 1, ',') && out.is(i - 2, IdentifierType.LOCATION, 0.85)
					|| doc.isUpper(last + 1) && doc.lexicons.isRegionCode(doc.text, doc.start(last + 1), doc.end(last + 1)) ? 0.9 : 0.85;
		} else {
			confidence = cue || phrase ? 0.92 : 0.88;
		}
		if (doc.isUpper(i) && !phrase && doc.length(i) <= 3) {
			return -1;
		}
		out.add(i, last, IdentifierType.LOCATION, confidence, "location-gazetteer");
		return last;
	}

	/** A capitalised name after a place preposition or an employment cue. */
	private static int afterCue(Doc doc, int i, Candidates out) {
		int cue = i - 1;
		if (doc.isWord(cue, "the") && doc.isLower(cue)) {
			// "at the St Vincent de Paul op shop"
			cue--;
		}
		boolean employer = EMPLOYER_BEFORE.contains(doc, cue) || (doc.isWord(cue, "at") || doc.isWord(cue, "for") || doc.isWord(cue, "by")
				|| doc.isWord(cue, "with")) && (EMPLOYER_BEFORE.contains(doc, cue - 1) || doc.has(cue - 1, Lex.PROFESSION)
						|| out.is(cue - 1, IdentifierType.PROFESSION, 0.5) || out.is(cue - 1, IdentifierType.NAME, 0.85));
		if (doc.isPunct(cue, ':') && (FIELD_LABELS.contains(doc, cue - 1) || doc.isWord(cue - 1, "by") && doc.isWord(cue - 2, "referred"))) {
			employer = true;
		}
		boolean place = PLACE_BEFORE.contains(doc, cue) && doc.isLower(cue);
		if (!employer && !place || doc.gap(i) > Doc.SPACE && !doc.isPunct(cue, ':')) {
			return -1;
		}
		if (doc.has(i, Lex.DEMONYM) && doc.isCapitalized(i + 1) && doc.gap(i + 1) == Doc.SPACE && !doc.has(i + 1, Lex.NOT_A_PERSON)) {
			// "at Swedish Ballard", "at the Eritrean Community Centre": a nationality opening a name
			return chain(doc, i, i + 1, out, employer ? 0.88 : 0.85, employer);
		}
		int bits = doc.bits(i);
		if ((bits & (Lex.NOT_A_PERSON | Lex.TITLE | Lex.RELATION | Lex.FUNCTION)) != 0 && (bits & Lex.PLACE) == 0 && !employer) {
			return -1;
		}
		if ((bits & (Lex.CLINICAL | Lex.MEDICATION | Lex.WEEKDAY | Lex.MONTH | Lex.HOLIDAY)) != 0 || doc.has(i, Lex.PLATFORM) && !employer
				|| (bits & Lex.TITLE) != 0 && (bits & Lex.PLACE) == 0 || ORDINAL_NOUNS.contains(doc, i) && doc.isNumber(i + 1)) {
			// "works Saturdays", "prescribed by Dr. Anand", "in Year 12"
			return -1;
		}
		int last = chainEnd(doc, i);
		boolean business = last > i + 1 || employer || doc.isWord(cue, "at") && !doc.has(i, Lex.RELATION | Lex.PRONOUN);
		if (doc.kind(last) == Doc.POSS && business && (last + 1 >= doc.size() || !doc.isWord(last + 1)
				|| doc.gap(last + 1) > Doc.SPACE || doc.has(last + 1, Lex.FUNCTION) && !doc.has(last + 1, Lex.PRONOUN))) {
			// "at Joe Rockhead's with a cousin", "at Murphy's": a business named after someone, the "'s" part of it
			out.add(i, last, IdentifierType.LOCATION, 0.92, "location-business");
			return last;
		}
		if (doc.kind(last) == Doc.POSS) {
			last--;
		}
		if (out.is(i, IdentifierType.NAME, 0.85) && !employer) {
			return -1;
		}
		boolean given = (bits & (Lex.FIRST_NAME | Lex.GIVEN_NAME_VARIANT)) != 0;
		if (given && last == i && !employer && (bits & Lex.PLACE) == 0) {
			// "a text from Grace", "the wife of Tom": a person, unless the name is also a known place
			return -1;
		}
		if (given && !employer && (bits & Lex.PLACE) == 0 && last > i && out.is(i, IdentifierType.NAME, 0.85)) {
			return -1;
		}
		int distinctive = 0;
		for (int k = i; k <= last; k++) {
			if (doc.isWord(k) && doc.isCapitalized(k) && ProperNouns.notAWord(doc, k)) {
				distinctive++;
			}
		}
		double confidence;
		if (employer) {
			confidence = 0.88;
		} else if (distinctive > 0) {
			confidence = 0.85;
		} else if (ProperNouns.meaningfulCapital(doc, i)) {
			confidence = 0.65;
		} else {
			return -1;
		}
		return chain(doc, i, last, out, confidence, employer);
	}

	private static int chain(Doc doc, int first, int last, Candidates out, double confidence, boolean employer) {
		last = Math.max(last, chainEnd(doc, first));
		if (doc.kind(last) == Doc.POSS) {
			last--;
		}
		out.add(first, last, IdentifierType.LOCATION, confidence, employer ? "location-employer" : "location-preposition");
		return last;
	}

	/**
	 * How far a place name runs from {@code first}: capitalised words, "&", hyphens, a possessive, and
	 * lower-case connectors between capitalised words ("U of T", "St Vincent de Paul").
	 */
	private static int chainEnd(Doc doc, int first) {
		int last = first;
		while (last + 1 < doc.size() && last - first < 6) {
			int next = last + 1;
			if (doc.kind(next) == Doc.POSS) {
				last = next;
				if (!(doc.isCapitalized(next + 1) && doc.gap(next + 1) == Doc.SPACE)) {
					break;
				}
				continue;
			}
			if (doc.isPunct(next, '-') && doc.joined(next) && doc.joined(next + 1) && doc.isWord(next + 1) || doc.isPunct(next, '&')
					&& doc.isCapitalized(next + 1)) {
				last = next + 1;
				continue;
			}
			if (doc.gap(next) == Doc.SPACE && CONNECTORS.contains(doc, next) && doc.isLower(next) && doc.gap(next + 1) == Doc.SPACE
					&& doc.isCapitalized(next + 1) && !doc.has(next + 1, Lex.NOT_A_PERSON)) {
				last = next + 1;
				continue;
			}
			if (doc.gap(next) == Doc.SPACE && doc.isWord(next) && doc.isCapitalized(next) && !doc.has(next, Lex.NOT_A_PERSON | Lex.FUNCTION)) {
				last = next;
				continue;
			}
			if (doc.gap(next) == Doc.SPACE && doc.isNumber(next) && NUMBERED.contains(doc, last) && doc.length(next) <= 5) {
				// "Carpenters Local 330", "Legion Branch 42"
				last = next;
			}
			break;
		}
		return last;
	}
}
