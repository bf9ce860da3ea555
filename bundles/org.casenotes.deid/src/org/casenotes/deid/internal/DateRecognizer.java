/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.internal;

import org.casenotes.deid.IdentifierType;

/**
 * Dates more specific than a year: numeric (3/14/2025, 14/03/25, 2025-03-14, 24.02.2025, 18-Sep-2024, 2/28),
 * with month names in either order (March 14th, 14 March 2025, 3rd Jan, Sept. 20, the 14th of May), month and
 * year (August 2024), day ordinals ("on the 14th") and holidays that date an event ("Christmas Day 2022").
 * A year alone, a weekday, a month alone and relative times are not identifiers and are left alone, as are
 * ratios that look like dates ("7/10 anxiety", "3/7 nights", "24/7").
 */
final class DateRecognizer implements Recognizer {

	private static final WordSet RATIO_WORDS = WordSet.of("days", "nights", "weeks", "sessions", "times", "items", "questions",
			"pain", "anxiety", "mood", "sleep", "energy", "distress", "suds", "on", "scale", "tablets", "tabs", "doses", "drinks",
			"units", "cigarettes", "hours", "hrs", "mg");
	private static final WordSet SCORE_WORDS = WordSet.of("rated", "rates", "rating", "score", "scored", "scores", "suds", "pain",
			"scale", "sleep", "mood", "anxiety", "level", "intensity", "distress", "urges", "urge", "craving", "cravings", "energy",
			"confidence", "motivation", "out", "of");
	private static final WordSet DATE_CUES = WordSet.of("on", "since", "from", "until", "till", "by", "dob", "dated", "date",
			"appt", "appointment", "session", "next", "seen", "due", "before", "after", "born", "effective", "expires", "signed");

	@Override
	public String name() {
		return "date";
	}

	@Override
	public void recognize(Doc doc, KnownIdentifiers known, Candidates out) {
		// every date starts on a number, a code ("14th") or a month, holiday or phrase word
		int next = 0;
		for (int i : doc.select(TokenFeatures.NUMBER | TokenFeatures.ALNUM | TokenFeatures.classes(Lex.MONTH | Lex.HOLIDAY | Lex.PHRASE_START))) {
			if (i < next) {
				continue;
			}
			byte kind = doc.kind(i);
			int last = -1;
			double confidence = 0.97;
			if (kind == Doc.NUMBER) {
				if (i > 0 && doc.joined(i) && (doc.kind(i - 1) == Doc.NUMBER || doc.kind(i - 1) == Doc.ALNUM || doc.isPunct(i - 1, '/')
						|| doc.isPunct(i - 1, '.') || doc.isPunct(i - 1, '-') && doc.isNumber(i - 2))) {
					continue;
				}
				last = numericDate(doc, i);
				if (last < 0) {
					last = shortDate(doc, i);
					confidence = dateCue(doc, i) ? 0.95 : 0.88;
				}
				if (last < 0) {
					last = dayMonth(doc, i);
					confidence = 0.96;
				}
			} else if (kind == Doc.ALNUM) {
				last = dayMonth(doc, i);
				confidence = 0.96;
				if (last < 0 && Numbers.ordinal(doc, i) >= 1 && Numbers.ordinal(doc, i) <= 31 && doc.isWord(i - 1, "the")
						&& !followedByNoun(doc, i)) {
					last = i;
					confidence = 0.8;
				}
			} else if (kind == Doc.WORD) {
				if (doc.has(i, Lex.MONTH)) {
					last = monthFirst(doc, i);
					confidence = 0.96;
				} else if (doc.has(i, Lex.HOLIDAY | Lex.PHRASE_START)) {
					last = holiday(doc, i);
					confidence = last > i && doc.isNumber(last) ? 0.9 : 0.65;
				}
			}
			if (last >= i) {
				out.add(i, last, IdentifierType.DATE, confidence, "date");
				next = last + 1;
			}
		}
	}

	/**
	 * A three-part numeric date starting at {@code i}: day, month and year in any of the usual orders, with one
	 * kind of separator; returns its last token or -1.
	 */
	static int numericDate(Doc doc, int i) {
		if (!doc.isNumber(i) || !doc.isNumber(i + 2) || !doc.isNumber(i + 4) || !doc.joined(i + 1) || !doc.joined(i + 2)
				|| !doc.joined(i + 3) || !doc.joined(i + 4)) {
			return monthNamedMiddle(doc, i);
		}
		char separator = doc.kind(i + 1) == Doc.PUNCT ? doc.firstChar(i + 1) : 0;
		if ((separator != '/' && separator != '-' && separator != '.') || !doc.isPunct(i + 3, separator)) {
			return -1;
		}
		int a = Numbers.value(doc, i);
		int b = Numbers.value(doc, i + 2);
		int c = Numbers.value(doc, i + 4);
		int la = doc.length(i);
		int lb = doc.length(i + 2);
		int lc = doc.length(i + 4);
		boolean valid;
		if (la == 4) {
			valid = lb <= 2 && lc <= 2 && b >= 1 && b <= 12 && c >= 1 && c <= 31;
		} else {
			valid = la <= 2 && lb <= 2 && (lc == 2 || lc == 4) && dayAndMonth(a, b);
		}
		if (!valid || doc.isPunct(i + 5, separator) && doc.joined(i + 5) && doc.isNumber(i + 6)) {
			return -1;
		}
		return i + 4;
	}

	/** Whether a numeric date starts at token {@code i}. */
	static boolean isDateAt(Doc doc, int i) {
		return numericDate(doc, i) >= 0;
	}

	/** "18-Sep-2024", "18 Sep 2024" is handled by {@link #dayMonth}. */
	private static int monthNamedMiddle(Doc doc, int i) {
		if (doc.isNumber(i) && doc.isPunct(i + 1, '-') && doc.has(i + 2, Lex.MONTH) && doc.isPunct(i + 3, '-') && doc.isNumber(i + 4)
				&& doc.joined(i + 1) && doc.joined(i + 2) && doc.joined(i + 3) && doc.joined(i + 4)) {
			int day = Numbers.value(doc, i);
			return day >= 1 && day <= 31 ? i + 4 : -1;
		}
		return -1;
	}

	private static boolean dayAndMonth(int a, int b) {
		return (a >= 1 && a <= 12 && b >= 1 && b <= 31) || (a >= 1 && a <= 31 && b >= 1 && b <= 12);
	}

	/** "2/28", "12/06", "28/11" and "Nov 28/24": a day and month with a slash, unless it reads as a ratio. */
	private static int shortDate(Doc doc, int i) {
		if (!doc.isPunct(i + 1, '/') || !doc.joined(i + 1) || !doc.isNumber(i + 2) || !doc.joined(i + 2)) {
			return -1;
		}
		if (doc.isPunct(i + 3, '/') && doc.joined(i + 3)) {
			return -1;
		}
		int a = Numbers.value(doc, i);
		int b = Numbers.value(doc, i + 2);
		if (doc.length(i) > 2 || doc.length(i + 2) > 2 || !dayAndMonth(a, b)) {
			return -1;
		}
		if (a == 24 && b == 7) {
			return -1;
		}
		boolean cue = dateCue(doc, i);
		if (!cue) {
			// "7/10 anxiety", "3/7 nights", "scored 4/5": a ratio, not a date
			if (b == 10 || (b == 7 && a <= 7) || b == 5 && a <= 5) {
				return -1;
			}
			if (doc.isWord(i + 3) && RATIO_WORDS.contains(doc, i + 3)) {
				return -1;
			}
			if (i > 0 && (doc.isPunct(i - 1, '=') || doc.isWord(i - 1) && SCORE_WORDS.contains(doc, i - 1))) {
				return -1;
			}
		}
		return i + 2;
	}

	private static boolean dateCue(Doc doc, int i) {
		if (doc.lineStart(i) || i > 0 && doc.has(i - 1, Lex.WEEKDAY) || i > 0 && doc.has(i - 1, Lex.MONTH)) {
			return true;
		}
		int k = i - 1;
		if (k >= 0 && doc.kind(k) == Doc.PUNCT && (doc.firstChar(k) == ':' || doc.firstChar(k) == '(')) {
			k--;
		}
		return k >= 0 && doc.isWord(k) && DATE_CUES.contains(doc, k);
	}

	/** "14 March", "4th March 2025", "3rd Jan", "the 14th of May", "17 June": day first. */
	private static int dayMonth(Doc doc, int i) {
		int day = doc.kind(i) == Doc.NUMBER && doc.length(i) <= 2 ? Numbers.value(doc, i) : Numbers.ordinal(doc, i);
		if (day < 1 || day > 31) {
			return -1;
		}
		int m = i + 1;
		if (doc.isWord(m, "of")) {
			m++;
		}
		if (!isMonth(doc, m, true)) {
			return -1;
		}
		int last = m;
		if (doc.isPunct(last + 1, '.') && doc.joined(last + 1) && doc.length(m) <= 4) {
			last++;
		}
		return withYear(doc, last);
	}

	/** "March 14", "March 14th, 2025", "Sept. 20", "Jan. 22, 2025", "August 2024", "Nov 28/24". */
	private static int monthFirst(Doc doc, int i) {
		if (!isMonth(doc, i, false)) {
			return -1;
		}
		int k = i + 1;
		if (doc.isPunct(k, '.') && doc.joined(k)) {
			k++;
		}
		int day = doc.isNumber(k) && doc.length(k) <= 2 ? Numbers.value(doc, k) : Numbers.ordinal(doc, k);
		if (day >= 1 && day <= 31 && !doc.lineStart(k)) {
			if (doc.isNumber(k) && doc.isPunct(k + 1, '/') && doc.joined(k + 1) && doc.isNumber(k + 2) && doc.joined(k + 2)
					&& doc.length(k + 2) == 2) {
				return k + 2;
			}
			if (doc.isPunct(k + 1, ':') || doc.isNumber(k) && doc.isWord(k + 1) && (doc.isWord(k + 1, "am") || doc.isWord(k + 1, "pm"))) {
				return -1;
			}
			return withYear(doc, k);
		}
		int year = doc.isNumber(k) && doc.length(k) == 4 ? Numbers.value(doc, k) : -1;
		if (year >= 1900 && year <= 2099) {
			return k;
		}
		return -1;
	}

	/** Extends a day-and-month date over a following year (", 2025" or " 2025" or "'25"). */
	private static int withYear(Doc doc, int last) {
		int k = last + 1;
		if (doc.isPunct(k, ',') && doc.joined(k)) {
			k++;
		}
		if (doc.isNumber(k) && doc.length(k) == 4 && doc.gap(k) <= Doc.SPACE) {
			int year = Numbers.value(doc, k);
			if (year >= 1900 && year <= 2099) {
				return k;
			}
		}
		return last;
	}

	/**
	 * Whether token {@code i} is a month name: capitalised ("March", "May", "Jan") or any case when a day
	 * number sits right beside it. "may" and "march" in lower case are a verb, not a month.
	 */
	private static boolean isMonth(Doc doc, int i, boolean dayBefore) {
		if (!doc.has(i, Lex.MONTH)) {
			return false;
		}
		if (doc.isCapitalized(i)) {
			return true;
		}
		if (doc.isWord(i, "may") || doc.isWord(i, "march") || doc.isWord(i, "sat") || doc.isWord(i, "sun")) {
			return false;
		}
		return dayBefore || doc.isNumber(i + 1) || Numbers.ordinal(doc, i + 1) > 0;
	}

	private static boolean followedByNoun(Doc doc, int i) {
		return doc.isWord(i + 1) && (doc.isWord(i + 1, "floor") || doc.isWord(i + 1, "century") || doc.isWord(i + 1, "birthday")
				|| doc.isWord(i + 1, "time") || doc.isWord(i + 1, "session") || doc.isWord(i + 1, "grade") || doc.isWord(i + 1, "percentile")
				|| doc.isWord(i + 1, "place") || doc.isWord(i + 1, "anniversary"));
	}

	/** A holiday with a year ("Christmas Day 2022"), or a named day after "on" ("on Anzac Day"). */
	private static int holiday(Doc doc, int i) {
		if (!doc.isCapitalized(i) && !doc.isNumber(i)) {
			return -1;
		}
		int last = -1;
		int bits = doc.bits(i);
		if ((bits & Lex.HOLIDAY) != 0) {
			last = i;
		}
		if ((bits & Lex.PHRASE_START) != 0) {
			int phraseLast = Phrases.longest(doc, i, Lex.HOLIDAY);
			if (phraseLast > last) {
				last = phraseLast;
			}
		}
		if (last < 0) {
			return -1;
		}
		int year = doc.isNumber(last + 1) && doc.length(last + 1) == 4 ? Numbers.value(doc, last + 1) : -1;
		if (year >= 1900 && year <= 2099) {
			return last + 1;
		}
		// a named day ("Anzac Day", "Boxing Day") dates an event; "Christmas" alone is the season
		boolean namedDay = last > i && doc.isWord(last, "day") && doc.isCapitalized(last);
		return namedDay ? last : -1;
	}
}
