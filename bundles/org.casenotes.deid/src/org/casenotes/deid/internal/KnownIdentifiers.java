/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casenotes.deid.DetectionContext;
import org.casenotes.deid.IdentifierType;
import org.casenotes.deid.KnownIdentifier;

/**
 * A context's known identifiers compiled into the forms they take in notes. A name gives its full form, each
 * part, its initials ("D.W.", "D. Whitcombe"), the short and long forms of the given name (Elizabeth, Liz,
 * Beth) and the parts of a hyphenated surname; a place gives its distinctive words; a phone number matches
 * however it is written. Matching is on folded text (any case, no diacritics); variants that are also common
 * words ("Will", "Hope") match only when capitalised.
 */
public final class KnownIdentifiers {

	public static final KnownIdentifiers NONE = new KnownIdentifiers(List.of(), List.of(), List.of());

	/** One searchable form of a known identifier. */
	public record Variant(String folded, KnownIdentifier source, boolean capitalizedOnly) {
	}

	private record Digits(String digits, KnownIdentifier source) {
	}

	private static final List<String> PARTICLES = List.of("van", "von", "der", "den", "de", "del", "della", "da", "di", "du",
			"dos", "das", "la", "le", "el", "al", "bin", "bint", "ibn", "ben", "mac", "mc", "ni", "nic", "o", "st", "ter", "ten");

	private final List<Variant> variants;
	private final List<Digits> digits;
	private final List<LocalDate> datesOfBirth;

	private KnownIdentifiers(List<Variant> variants, List<Digits> digits, List<LocalDate> datesOfBirth) {
		this.variants = variants;
		this.digits = digits;
		this.datesOfBirth = datesOfBirth;
	}

	public static KnownIdentifiers compile(DetectionContext context, Lexicons lexicons) {
		if (context.isEmpty()) {
			return NONE;
		}
		Map<String, Variant> variants = new LinkedHashMap<>();
		List<Digits> digits = new ArrayList<>();
		for (KnownIdentifier known : context.known()) {
			String text = known.text().strip();
			String digitsOnly = text.replaceAll("[^0-9]", "");
			if (known.type() == IdentifierType.CONTACT && digitsOnly.length() >= 7 && text.replaceAll("[0-9+()\\-. ]", "").isEmpty()) {
				digits.add(new Digits(digitsOnly, known));
				continue;
			}
			switch (known.type()) {
			case NAME -> nameVariants(text, known, lexicons, variants);
			case LOCATION -> placeVariants(text, known, lexicons, variants);
			case CONTACT -> contactVariants(text, known, variants);
			default -> {
				add(variants, text, known, lexicons);
				int paren = text.indexOf('(');
				if (paren > 0) {
					// "Pepper (her dog)": the identifier is what comes before the explanation
					add(variants, text.substring(0, paren), known, lexicons);
				}
			}
			}
		}
		return new KnownIdentifiers(List.copyOf(variants.values()), List.copyOf(digits), context.datesOfBirth());
	}

	private static void nameVariants(String name, KnownIdentifier known, Lexicons lexicons, Map<String, Variant> out) {
		String[] parts = name.replace('\u2019', '\'').split("[\\s,]+");
		List<String> tokens = new ArrayList<>();
		for (String part : parts) {
			if (!part.isBlank() && !isTitle(part, lexicons)) {
				tokens.add(part.replaceAll("^[.(\"]+|[.)\"]+$", ""));
			}
		}
		if (tokens.isEmpty()) {
			return;
		}
		add(out, String.join(" ", tokens), known, lexicons);
		List<String> words = new ArrayList<>();
		for (String token : tokens) {
			for (String piece : token.split("-")) {
				if (piece.length() >= 2 && !PARTICLES.contains(Fold.fold(piece))) {
					words.add(piece);
				}
			}
			if (token.contains("-")) {
				add(out, token, known, lexicons);
			}
		}
		for (String word : words) {
			add(out, word, known, lexicons);
			for (String nickname : lexicons.nicknames(Fold.fold(word))) {
				add(out, nickname, known, lexicons);
			}
		}
		if (tokens.size() >= 2) {
			String first = tokens.get(0);
			String last = tokens.get(tokens.size() - 1);
			add(out, first + " " + last, known, lexicons);
			StringBuilder dotted = new StringBuilder();
			StringBuilder letters = new StringBuilder();
			for (String token : tokens) {
				dotted.append(Character.toUpperCase(token.charAt(0))).append('.');
				letters.append(Character.toUpperCase(token.charAt(0)));
			}
			add(out, dotted.toString(), known, lexicons);
			add(out, Character.toUpperCase(first.charAt(0)) + ". " + last, known, lexicons);
			add(out, Character.toUpperCase(first.charAt(0)) + "." + Character.toUpperCase(last.charAt(0)) + ".", known, lexicons);
			String initials = letters.toString();
			if (initials.length() >= 2 && (lexicons.word(initials) & (Lex.CLINICAL | Lex.FUNCTION)) == 0) {
				// "DW" stands for Dana Whitcombe only when written in capitals
				out.putIfAbsent(Fold.fold(initials), new Variant(Fold.fold(initials), known, true));
			}
		}
	}

	private static void placeVariants(String place, KnownIdentifier known, Lexicons lexicons, Map<String, Variant> out) {
		add(out, place, known, lexicons);
		String[] tokens = place.strip().split("\\s+");
		for (String token : tokens) {
			String bare = token.replaceAll("[^\\p{L}\\p{N}'\\-]", "");
			int bits = lexicons.word(bare);
			if (bare.length() >= 3 && (bits & (Lex.COMMON | Lex.ORG_SUFFIX | Lex.STREET_SUFFIX | Lex.FUNCTION)) == 0) {
				add(out, bare, known, lexicons);
			}
		}
		// leading words of a longer name ("Cedar Rise" of "Cedar Rise Climbing Gym")
		for (int n = 2; n < tokens.length; n++) {
			add(out, String.join(" ", java.util.Arrays.copyOf(tokens, n)), known, lexicons);
		}
	}

	private static void contactVariants(String contact, KnownIdentifier known, Map<String, Variant> out) {
		String folded = Fold.fold(contact);
		out.putIfAbsent(folded, new Variant(folded, known, false));
		if (folded.startsWith("@") && folded.length() > 2) {
			out.putIfAbsent(folded.substring(1), new Variant(folded.substring(1), known, false));
		}
		String site = folded.replaceFirst("^https?://", "").replaceFirst("^www\\.", "").replaceFirst("/+$", "");
		if (!site.equals(folded) && site.length() > 3) {
			out.putIfAbsent(site, new Variant(site, known, false));
		}
	}

	private static boolean isTitle(String token, Lexicons lexicons) {
		String bare = token.replace(".", "");
		return (lexicons.word(bare) & Lex.TITLE) != 0 && (lexicons.word(bare) & Lex.FIRST_NAME) == 0;
	}

	private static void add(Map<String, Variant> out, String form, KnownIdentifier known, Lexicons lexicons) {
		String folded = Fold.fold(form.strip().replaceAll("\\s+", " "));
		if (folded.length() < 2) {
			return;
		}
		int bits = lexicons.word(folded);
		boolean commonWord = (bits & (Lex.COMMON | Lex.FUNCTION)) != 0 && folded.indexOf(' ') < 0;
		out.putIfAbsent(folded, new Variant(folded, known, commonWord));
	}

	public boolean isEmpty() {
		return variants.isEmpty() && digits.isEmpty() && datesOfBirth.isEmpty();
	}

	public boolean isDateOfBirth(LocalDate date) {
		return datesOfBirth.contains(date);
	}

	public List<Variant> variants() {
		return variants;
	}

	/** Proposes every occurrence of every variant, and every written form of a known number. */
	public void find(Doc doc, Candidates out) {
		if (variants.isEmpty() && digits.isEmpty()) {
			return;
		}
		CharSequence text = doc.text;
		String folded = foldedWithSpaces(text);
		for (Variant variant : variants) {
			String needle = variant.folded();
			for (int at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
				int end = at + needle.length();
				if (boundary(folded, at - 1) && boundary(folded, end) && (!variant.capitalizedOnly() || Character.isUpperCase(text.charAt(at)))) {
					out.addChars(at, end, variant.source().type() == IdentifierType.CONTACT ? IdentifierType.CONTACT : variant.source().type(),
							0.99, "known-identifier");
				}
			}
		}
		if (!digits.isEmpty()) {
			findNumbers(text, out);
		}
	}

	/**
	 * The known identifier a found text stands for ("Liz", "Ms Moore's", "E.A.M.", "07700900123"), or null.
	 * The replacement takes its placeholder from that identifier's role.
	 */
	public KnownIdentifier identify(CharSequence found) {
		String text = found.toString().strip().replace('\u2019', '\'');
		if (text.endsWith("'s") || text.endsWith("'S")) {
			text = text.substring(0, text.length() - 2);
		}
		String folded = Fold.fold(text.replaceAll("\\s+", " "));
		for (Variant variant : variants) {
			if (variant.folded().equals(folded)) {
				return variant.source();
			}
		}
		String digitsOnly = text.replaceAll("[^0-9]", "");
		if (digitsOnly.length() >= 7) {
			for (Digits known : digits) {
				if (digitsOnly.endsWith(known.digits()) || known.digits().endsWith(digitsOnly) && digitsOnly.length() >= 9) {
					return known.source();
				}
			}
		}
		return null;
	}

	/** Every run of digits with phone punctuation in between, compared on its digits alone. */
	private void findNumbers(CharSequence text, Candidates out) {
		int length = text.length();
		int i = 0;
		while (i < length) {
			if (!isDigit(text.charAt(i)) && !(text.charAt(i) == '+' || text.charAt(i) == '(')) {
				i++;
				continue;
			}
			int start = i;
			StringBuilder run = new StringBuilder();
			int lastDigit = -1;
			int separators = 0;
			while (i < length) {
				char c = text.charAt(i);
				if (isDigit(c)) {
					run.append(c);
					lastDigit = i;
					separators = 0;
				} else if ((c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '+') && separators < 2) {
					separators++;
				} else {
					break;
				}
				i++;
			}
			if (lastDigit >= 0 && run.length() >= 7 && boundary(text, start - 1)) {
				String found = run.toString();
				for (Digits known : digits) {
					if (found.endsWith(known.digits()) || known.digits().endsWith(found) && found.length() >= 9) {
						int first = start;
						while (first < lastDigit && !isDigit(text.charAt(first)) && text.charAt(first) != '(' && text.charAt(first) != '+') {
							first++;
						}
						out.addChars(first, lastDigit + 1, IdentifierType.CONTACT, 0.99, "known-identifier");
						break;
					}
				}
			}
			i = Math.max(i, start + 1);
		}
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean boundary(CharSequence text, int index) {
		if (index < 0 || index >= text.length()) {
			return true;
		}
		return !Character.isLetterOrDigit(text.charAt(index));
	}

	private static String foldedWithSpaces(CharSequence text) {
		char[] folded = new char[text.length()];
		for (int i = 0; i < folded.length; i++) {
			char c = text.charAt(i);
			folded[i] = Character.isWhitespace(c) || c == '\u00A0' ? ' ' : Fold.fold(c);
		}
		return new String(folded);
	}
}
