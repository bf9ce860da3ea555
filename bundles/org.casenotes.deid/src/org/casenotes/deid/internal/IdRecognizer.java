/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.internal;

import org.casenotes.deid.IdentifierType;

/**
 * Record, insurance, licence, account and other numbers. After a cue ("MRN", "member ID", "NHS no.",
 * "Lic. #", "policy", "rego", "plate") the code that follows is an identifier whatever its shape ("44-81903",
 * "1HX 7QP"). Without a cue: codes that mix letters and digits ("SW-0048127", "8XKD417"), long digit runs,
 * US social security numbers, and numbers that pass a check digit (NHS modulus 11, Luhn). Clinical codes
 * (ICD-10 "F33.1", "PHQ-9", "CPT 90834"), doses and times are not identifiers.
 */
final class IdRecognizer implements Recognizer {
	// compiled once: these run for every candidate code
	private static final java.util.regex.Pattern ICD_CODE = java.util.regex.Pattern.compile("[A-TV-Z][0-9][0-9AB](\\.[0-9A-Z]{1,4})?");
	private static final java.util.regex.Pattern MEASURE = java.util.regex.Pattern.compile("[0-9]+(mg|mcg|ml|g|kg|lb|lbs|am|pm|a|p|h|hr|hrs|min|mins|st|nd|rd|th|x|k|s|yo|m|f|km|cm|mm)");
	private static final java.util.regex.Pattern US_SSN = java.util.regex.Pattern.compile("[0-9]{3}-[0-9]{2}-[0-9]{4}");
	private static final java.util.regex.Pattern NON_DIGITS = java.util.regex.Pattern.compile("[^0-9]");


	static final WordSet CUES = WordSet.of("mrn", "urn", "nhi", "nhs", "chi", "ssn", "sin", "ihi", "medicare", "medicaid", "id",
			"identifier", "record", "chart", "member", "policy", "insurance", "licence", "license", "lic", "registration", "rego",
			"reg", "plate", "plates", "vin", "passport", "account", "acct", "claim", "case", "ref", "reference", "auth",
			"authorization", "authorisation", "badge", "employee", "student", "serial", "ticket", "docket", "warrant", "dl", "ohip",
			"phn", "ppsn", "pps", "tfn", "abn", "ird", "crn", "nino", "ein", "itin", "mbi", "hicn", "subscriber", "group", "file",
			"aadhaar", "aadhar", "pan", "uhid", "bsn", "cpr", "personnummer", "hkid", "nric", "fin", "ending", "ends",
			"patient", "client", "enrollment", "enrolment", "booking", "order", "invoice", "no", "nr", "num", "number", "code",
			// registration bodies whose numbers identify a clinician
			"hcpc", "ahpra", "npi", "dea", "nmc", "gmc", "gphc", "bacp", "ukcp", "cpso", "cno", "caqh", "pcbc", "ncc");
	/** Cues that name a number only together with another word ("client number", "file no"). */
	private static final WordSet WEAK_CUES = WordSet.of("no", "nr", "num", "number", "group", "file", "patient", "client", "case",
			"order", "student", "employee", "booking", "invoice", "ticket");
	private static final WordSet PLATE_CUES = WordSet.of("plate", "plates", "rego", "registration", "reg", "vin");

	@Override
	public String name() {
		return "id";
	}

	@Override
	public void recognize(Doc doc, KnownIdentifiers known, Candidates out) {
		// a code starts on a number, letters and digits, or capitals
		int next = 0;
		for (int i : doc.select(TokenFeatures.NUMBER | TokenFeatures.ALNUM | TokenFeatures.ALL_CAPS)) {
			if (i < next) {
				continue;
			}
			byte kind = doc.kind(i);
			if (kind != Doc.NUMBER && kind != Doc.ALNUM && !(kind == Doc.WORD && doc.isUpper(i) && doc.length(i) <= 5)) {
				continue;
			}
			if (i > 0 && doc.joined(i) && (wordish(doc, i - 1) || doc.isPunct(i - 1, '-') && wordish(doc, i - 2))) {
				continue;
			}
			int cue = cueBefore(doc, i);
			boolean plate = cue >= 0 && PLATE_CUES.contains(doc, cue);
			int last = codeEnd(doc, i, cue >= 0);
			if (last < 0) {
				continue;
			}
			int digits = 0;
			int letters = 0;
			for (int k = i; k <= last; k++) {
				if (doc.kind(k) != Doc.PUNCT) {
					digits += Numbers.digits(doc, k);
					letters += doc.length(k) - Numbers.digits(doc, k);
				}
			}
			if (cue >= 0 && (digits >= 3 || plate && digits >= 1 && letters >= 1)) {
				out.add(i, last, IdentifierType.ID, 0.95, "id");
				next = last + 1;
			} else if (cue < 0 && !clinicalCode(doc, i, last) && !out.is(i, IdentifierType.CONTACT, 0.85)) {
				// a number already read as a phone ("021 123 4567" also passes the NHS check digit) stays one
				double confidence = cuelessConfidence(doc, i, last, digits, letters);
				if (confidence > 0) {
					out.add(i, last, IdentifierType.ID, confidence, "id");
					next = last + 1;
				}
			}
		}
	}

	private static boolean wordish(Doc doc, int i) {
		byte k = i >= 0 && i < doc.size() ? doc.kind(i) : 0;
		return k == Doc.WORD || k == Doc.NUMBER || k == Doc.ALNUM;
	}

	/**
	 * The cue token in front of a code starting at {@code first} (skipping ":", "#", "no.", "number", "is"),
	 * or -1. A weak cue ("number", "no") alone counts only with a strong one or a "#".
	 */
	static int cueBefore(Doc doc, int first) {
		int k = first - 1;
		boolean hash = false;
		int strong = -1;
		int weak = -1;
		int steps = 0;
		while (k >= 0 && steps < 5 && doc.gap(k + 1) < Doc.NEWLINE) {
			if (doc.kind(k) == Doc.PUNCT) {
				char c = doc.firstChar(k);
				if (c == '#') {
					hash = true;
				} else if (c != ':' && c != '.' && c != '-' && c != '(' && c != '=') {
					break;
				}
			} else if (doc.kind(k) == Doc.WORD || doc.kind(k) == Doc.ALNUM) {
				boolean cueWord = CUES.contains(doc, k);
				if (!cueWord && !doc.isWord(k, "is") && !doc.isWord(k, "of")) {
					break;
				}
				if (cueWord) {
					if (WEAK_CUES.contains(doc, k)) {
						weak = weak < 0 ? k : weak;
					} else {
						strong = strong < 0 ? k : strong;
					}
				}
			} else {
				break;
			}
			k--;
			steps++;
		}
		if (strong >= 0) {
			return strong;
		}
		if (weak >= 0 && (hash || doc.isPunct(weak + 1, ':'))) {
			// "File #", "File: RP-0417": a field label makes the weak word a cue
			return weak;
		}
		if (hash && doc.isPunct(first - 1, '#')) {
			return first - 1;
		}
		return -1;
	}

	/**
	 * The last token of a code starting at {@code first}: pieces joined by "-", "/" or "." with no space, or by
	 * single spaces between digit groups (or, after a cue, short capital groups: "CX 41 RT").
	 */
	private static int codeEnd(Doc doc, int first, boolean cued) {
		if (!piece(doc, first, cued)) {
			return -1;
		}
		int last = first;
		while (last + 1 < doc.size()) {
			int next = last + 1;
			if (doc.joined(next) && doc.kind(next) == Doc.PUNCT && "-/.".indexOf(doc.firstChar(next)) >= 0 && doc.joined(next + 1)
					&& piece(doc, next + 1, cued)) {
				last = next + 1;
			} else if (doc.gap(next) == Doc.SPACE && piece(doc, next, cued) && spacedPiece(doc, last, next, cued)) {
				last = next;
			} else {
				break;
			}
		}
		return last;
	}

	private static boolean piece(Doc doc, int i, boolean cued) {
		if (i < 0 || i >= doc.size()) {
			return false;
		}
		byte kind = doc.kind(i);
		return kind == Doc.NUMBER || kind == Doc.ALNUM || kind == Doc.WORD && doc.isUpper(i) && doc.length(i) <= (cued ? 5 : 4)
				&& !doc.has(i, Lex.FUNCTION);
	}

	/** Spaces join digit groups ("485 777 3456") and, after a cue, short capital groups ("CX 41 RT"). */
	private static boolean spacedPiece(Doc doc, int previous, int next, boolean cued) {
		boolean previousDigits = Numbers.digits(doc, previous) > 0;
		boolean nextDigits = Numbers.digits(doc, next) > 0;
		if (previousDigits && nextDigits) {
			return doc.length(next) <= 6;
		}
		return cued && doc.length(next) <= 4 && (previousDigits || nextDigits) && !doc.isCap(next);
	}

	/** ICD-10 codes, instrument names with a number, doses, times and ordinals. */
	private static boolean clinicalCode(Doc doc, int first, int last) {
		if (doc.kind(first) == Doc.WORD && doc.has(first, Lex.CLINICAL | Lex.MEDICATION)) {
			return true;
		}
		// most codes are plain numbers: their first and last characters rule the patterns out without a substring
		int length = doc.end(last) - doc.start(first);
		char head = doc.text.charAt(doc.start(first));
		char tail = doc.text.charAt(doc.end(last) - 1);
		if (length >= 3 && head >= 'A' && head <= 'Z' && ICD_CODE.matcher(doc.text(first, last)).matches()) {
			return true;
		}
		if (first > 0 && doc.isWord(first - 1) && (doc.isWord(first - 1, "cpt") || doc.isWord(first - 1, "icd") || doc.isWord(first - 1, "dsm")
				|| doc.isWord(first - 1, "hcpcs") || doc.isWord(first - 1, "snomed"))) {
			return true;
		}
		return Character.isDigit(head) && Character.isLetter(tail) && MEASURE.matcher(doc.text(first, last)).matches();
	}

	/** How sure an uncued code is an identifier; 0 when it is not one. */
	private static double cuelessConfidence(Doc doc, int first, int last, int digits, int letters) {
		if (letters == 0) {
			if (digits == 9 && US_SSN.matcher(doc.text(first, last)).matches()) {
				return 0.95;
			}
			if (digits == 10 && Numbers.nhsNumber(digitsOf(doc, first, last))) {
				return 0.93;
			}
			if (digits >= 13 && digits <= 19 && Numbers.luhn(digitsOf(doc, first, last))) {
				return 0.93;
			}
			if (last == first && digits >= 7 && digits <= 20) {
				return 0.75;
			}
			if (last > first && digits >= 8 && !DateRecognizer.isDateAt(doc, first)) {
				return 0.7;
			}
			return 0;
		}
		if (digits >= 3 && letters >= 1 && doc.end(last) - doc.start(first) >= 6) {
			return 0.85;
		}
		// a UK-style plate ("AB12 CDE") or a short code with several digits
		if (digits >= 2 && letters >= 2 && last > first) {
			return 0.7;
		}
		return 0;
	}

	/** The digits of a code, without its separators: only for the check-digit tests, which few codes reach. */
	private static String digitsOf(Doc doc, int first, int last) {
		return NON_DIGITS.matcher(doc.text(first, last)).replaceAll("");
	}
}
