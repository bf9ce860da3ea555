/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.internal;

import org.casenotes.deid.IdentifierType;

/**
 * E-mail addresses, social-media handles, URLs and bare web domains, IPv4 addresses, and phone numbers in the
 * forms used in the US, Canada, the UK, Ireland, Australia, New Zealand, South Africa and India, with or
 * without a country code. Phone numbers need a plausible digit count and grouping; numbers after a record or
 * licence cue are left to {@link IdRecognizer}.
 */
final class ContactRecognizer implements Recognizer {

	private static final WordSet TLDS = WordSet.of("com", "org", "net", "edu", "gov", "mil", "int", "io", "co", "uk", "au", "ca",
			"nz", "ie", "za", "in", "us", "de", "fr", "nl", "info", "biz", "me", "tv", "ly", "app", "dev", "ai", "xyz", "site",
			"online", "blog", "store", "shop", "health", "care", "org.uk", "social", "link", "page", "space", "life", "studio");

	private static final WordSet PHONE_CUES = WordSet.of("tel", "telephone", "phone", "ph", "mobile", "mob", "cell", "cellphone",
			"call", "called", "calling", "text", "texted", "fax", "landline", "number", "contact", "line", "ring", "rang", "whatsapp",
			"home", "work", "m", "t", "p", "c", "h", "w", "f");

	@Override
	public String name() {
		return "contact";
	}

	@Override
	public void recognize(Doc doc, KnownIdentifiers known, Candidates out) {
		// "@", a number or what opens one, and a word that goes on with "." or ":" start every contact
		int next = 0;
		for (int i : doc.select(TokenFeatures.AT_SIGN | TokenFeatures.PLUS | TokenFeatures.OPEN_BRACKET | TokenFeatures.NUMBER
				| TokenFeatures.BEFORE_DOT_OR_COLON)) {
			if (i < next) {
				continue;
			}
			// each rule returns the last token it read: i itself when it found nothing
			int last = i;
			byte kind = doc.kind(i);
			if (kind == Doc.PUNCT) {
				char c = doc.firstChar(i);
				if (c == '@') {
					last = atSign(doc, i, out);
				} else if (c == '+' || c == '(') {
					last = phone(doc, i, out);
				}
			} else if (kind == Doc.WORD) {
				last = webAddress(doc, i, out);
			} else if (kind == Doc.NUMBER) {
				int after = ipAddress(doc, i, out);
				last = after > i ? after : phone(doc, i, out);
			}
			next = last + 1;
		}
	}

	private static boolean wordish(Doc doc, int i) {
		byte k = i >= 0 && i < doc.size() ? doc.kind(i) : 0;
		return k == Doc.WORD || k == Doc.NUMBER || k == Doc.ALNUM;
	}

	/** "x@y.z" or "@handle"; returns the last token consumed. */
	private static int atSign(Doc doc, int at, Candidates out) {
		// the local part of an address: word pieces joined by . _ - + with no space
		int first = at;
		while (first - 1 >= 0 && doc.joined(first) && (wordish(doc, first - 1) || isJoiner(doc, first - 1) && first - 2 >= 0 && doc.joined(first - 1))) {
			first--;
		}
		while (first < at && !wordish(doc, first)) {
			first++;
		}
		int last = at;
		int dots = 0;
		while (last + 1 < doc.size() && doc.joined(last + 1) && (wordish(doc, last + 1) || isJoiner(doc, last + 1) && wordish(doc, last + 2) && doc.joined(last + 2))) {
			last++;
			if (doc.isPunct(last, '.')) {
				dots++;
			}
		}
		if (last == at) {
			return at;
		}
		if (first < at) {
			if (dots >= 1 && doc.kind(last) == Doc.WORD && doc.length(last) >= 2) {
				out.add(first, last, IdentifierType.CONTACT, 0.99, "email");
			}
			return last;
		}
		// a handle: @ at the start of a word; a trailing period ends the sentence, not the handle
		while (last > at && !wordish(doc, last)) {
			last--;
		}
		if (last > at && (at == 0 || !doc.joined(at) || !wordish(doc, at - 1))) {
			out.add(at, last, IdentifierType.CONTACT, 0.96, "handle");
		}
		return last;
	}

	private static boolean isJoiner(Doc doc, int i) {
		if (i < 0 || i >= doc.size() || doc.kind(i) != Doc.PUNCT) {
			return false;
		}
		char c = doc.firstChar(i);
		return c == '.' || c == '_' || c == '-' || c == '+';
	}

	/** URLs with a scheme or "www.", and bare domains with a known top-level domain. */
	private static int webAddress(Doc doc, int i, Candidates out) {
		if (!doc.joined(i + 1) || !(doc.isPunct(i + 1, '.') || doc.isPunct(i + 1, ':'))) {
			// every address goes on with "." or ":" right after its first word; most words do not
			return i;
		}
		boolean scheme = (doc.isWord(i, "http") || doc.isWord(i, "https") || doc.isWord(i, "ftp")) && doc.isPunct(i + 1, ':')
				&& doc.joined(i + 1) && doc.isPunct(i + 2, '/') && doc.joined(i + 2);
		boolean www = doc.isWord(i, "www") && doc.isPunct(i + 1, '.') && doc.joined(i + 1);
		if (scheme || www) {
			int last = i;
			while (last + 1 < doc.size() && doc.joined(last + 1) && doc.kind(last + 1) != Doc.SYMBOL) {
				last++;
			}
			last = trimTrailingPunctuation(doc, i, last);
			out.add(i, last, IdentifierType.CONTACT, 0.98, "url");
			return last;
		}
		if (i > 0 && doc.joined(i) && (doc.isPunct(i - 1, '@') || doc.isPunct(i - 1, '.'))) {
			return i;
		}
		// bare domain: label(.label)+ with a known top-level domain, optional path
		int last = i;
		int labels = 1;
		while (doc.isPunct(last + 1, '.') && doc.joined(last + 1) && wordish(doc, last + 2) && doc.joined(last + 2)) {
			last += 2;
			labels++;
		}
		if (labels < 2 || !TLDS.contains(doc, last) || doc.length(i) < 2
				|| doc.start(last) - doc.start(i) < 4) {
			return i;
		}
		if (doc.isPunct(last + 1, '/') && doc.joined(last + 1)) {
			while (last + 1 < doc.size() && doc.joined(last + 1) && doc.kind(last + 1) != Doc.SYMBOL) {
				last++;
			}
			last = trimTrailingPunctuation(doc, i, last);
		}
		out.add(i, last, IdentifierType.CONTACT, 0.92, "url");
		return last;
	}

	private static int trimTrailingPunctuation(Doc doc, int first, int last) {
		while (last > first && doc.kind(last) == Doc.PUNCT && ".,;:!?)]}\"'".indexOf(doc.firstChar(last)) >= 0) {
			last--;
		}
		return last;
	}

	private static int ipAddress(Doc doc, int i, Candidates out) {
		int last = i;
		for (int part = 1; part < 4; part++) {
			if (!doc.isPunct(last + 1, '.') || !doc.joined(last + 1) || !doc.isNumber(last + 2) || !doc.joined(last + 2)) {
				return i;
			}
			last += 2;
		}
		for (int k = i; k <= last; k += 2) {
			int v = Numbers.value(doc, k);
			if (v < 0 || v > 255 || doc.length(k) > 3) {
				return i;
			}
		}
		if (doc.isPunct(last + 1, '.') && doc.joined(last + 1) && doc.isNumber(last + 2)) {
			return i;
		}
		out.add(i, last, IdentifierType.CONTACT, 0.95, "ip-address");
		return last;
	}

	/**
	 * A phone number starting at token {@code i}: groups of digits separated by single spaces, hyphens, dots or
	 * a parenthesised area code, with an optional leading "+".
	 */
	private static int phone(Doc doc, int i, Candidates out) {
		if (i > 0 && doc.joined(i) && (wordish(doc, i - 1) || doc.isPunct(i - 1, '/') || doc.isPunct(i - 1, '.')
				|| doc.isPunct(i - 1, '-') || doc.isPunct(i - 1, ':'))) {
			return i;
		}
		int first = i;
		int k = i;
		boolean plus = false;
		if (doc.isPunct(k, '+')) {
			plus = true;
			k++;
			if (!doc.isNumber(k) || !doc.joined(k)) {
				return i;
			}
		}
		// the number's digits are only counted, and its first one kept: no buffer for every number in a note
		int n = 0;
		char firstDigit = 0;
		int groups = 0;
		int longest = 0;
		int last = -1;
		char separator = 0;
		boolean mixedSeparators = false;
		while (k < doc.size()) {
			boolean open = doc.isPunct(k, '(');
			int number = open ? k + 1 : k;
			if (!doc.isNumber(number) || (open && !(doc.isPunct(number + 1, ')') && doc.joined(number) && doc.joined(number + 1)))) {
				break;
			}
			if (doc.length(number) > 11) {
				return i;
			}
			if (n == 0) {
				firstDigit = doc.firstChar(number);
			}
			n += doc.length(number);
			groups++;
			if (groups > 6 || n > 15) {
				// longer than any phone number (E.164 allows 15 digits): a table of figures
				return i;
			}
			longest = Math.max(longest, doc.length(number));
			last = open ? number + 1 : number;
			int next = last + 1;
			if (next >= doc.size() || doc.gap(next) >= Doc.WIDE) {
				break;
			}
			char sep;
			if (doc.gap(next) == Doc.SPACE && (doc.isNumber(next) || doc.isPunct(next, '('))) {
				sep = ' ';
			} else if (doc.joined(next) && (doc.isPunct(next, '-') || doc.isPunct(next, '.')) && doc.isNumber(next + 1) && doc.joined(next + 1)) {
				sep = doc.firstChar(next);
				next++;
			} else if (open && doc.gap(next) == Doc.ADJACENT && doc.isNumber(next)) {
				sep = ')';
			} else if (doc.gap(next) == Doc.SPACE && (doc.isPunct(next, '-') || doc.isPunct(next, '\u2013')) && doc.gap(next + 1) == Doc.SPACE
					&& doc.isNumber(next + 1)) {
				sep = '-';
				next++;
			} else {
				break;
			}
			if (sep != ' ' && sep != ')' && separator != 0 && sep != separator) {
				mixedSeparators = true;
			}
			if (sep != ' ' && sep != ')') {
				separator = sep;
			}
			k = next;
		}
		if (last < 0) {
			return i;
		}
		boolean phone;
		if (groups == 1) {
			// one solid run: a mobile written without spaces, or with a country code
			phone = (plus && n >= 9 && n <= 15) || (firstDigit == '0' && (n == 10 || n == 11));
		} else {
			phone = n >= 9 && n <= 15 && !mixedSeparators && longest <= 8
					|| n == 7 && groups == 2 && (separator == '-' || separator == '.') && doc.length(last) == 4;
		}
		if (!phone || looksLikeDate(doc, first, last, separator, groups)) {
			return i;
		}
		if (IdRecognizer.cueBefore(doc, first) >= 0 && !plus) {
			return i;
		}
		double confidence = phoneCueBefore(doc, first) ? 0.97 : 0.9;
		out.add(first, last, IdentifierType.CONTACT, confidence, "phone");
		return last;
	}

	private static boolean looksLikeDate(Doc doc, int first, int last, char separator, int groups) {
		if (groups != 3 || separator == ' ' || separator == 0) {
			return false;
		}
		return DateRecognizer.numericDate(doc, first) > 0;
	}

	private static boolean phoneCueBefore(Doc doc, int first) {
		for (int k = first - 1; k >= Math.max(0, first - 4); k--) {
			if (doc.isWord(k) && PHONE_CUES.contains(doc, k)) {
				return true;
			}
		}
		return false;
	}
}
