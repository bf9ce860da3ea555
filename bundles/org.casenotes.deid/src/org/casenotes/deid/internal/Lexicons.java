/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Every word list the engine uses, read once from the {@code lexicons/} folder shipped in this bundle (see its
 * NOTICE.md for where each list comes from). Immutable after loading and shared by all threads.
 */
public final class Lexicons {

	/** The longest phrase, counted in text tokens (a hyphen is a token: "Stoke-on-Trent" is five). */
	private static final int MAX_PHRASE_TOKENS = 7;
	/**
	 * Words up to this SCOWL level are everyday vocabulary: capitalised mid-sentence they are still words
	 * ("Hope", "Price"). Rarer ones ("gemma", "tolu") capitalised mid-sentence are names.
	 */
	private static final int COMMON_LEVEL = 50;

	private final Lexicon words = new Lexicon();
	/**
	 * The commonest words (SCOWL levels 10 and 20, about 11,000) again, in a table small enough to stay in the
	 * processor's cache: most tokens of running text are found here without touching the big table.
	 */
	private final Lexicon hot = new Lexicon(12_000);
	private final Lexicon phrases = new Lexicon();
	private final Set<String> regionCodes = new HashSet<>();
	private final Map<String, Set<String>> nicknames = new HashMap<>();

	private static final class Holder {
		static final Lexicons INSTANCE = new Lexicons();
	}

	static String plural(String word) {
		int n = word.length();
		if (word.endsWith("y") && n > 1 && "aeiou".indexOf(word.charAt(n - 2)) < 0) {
			return word.substring(0, n - 1) + "ies";
		}
		return word.endsWith("s") || word.endsWith("x") || word.endsWith("ch") || word.endsWith("sh") ? word + "es" : word + "s";
	}

	/** The lexicons, loaded on first use. */
	public static Lexicons get() {
		return Holder.INSTANCE;
	}

	private Lexicons() {
		lines("english-words.tsv", line -> {
			int tab = line.indexOf('\t');
			int level = Integer.parseInt(line.substring(tab + 1));
			words.add(line.substring(0, tab), (level <= COMMON_LEVEL ? Lex.COMMON : Lex.RARE_WORD) | Lex.levelBits(level));
		});
		lines("proper-nouns.tsv", line -> add(line.substring(0, line.indexOf('\t')), Lex.PROPER));
		lines("first-names.txt", line -> add(line, Lex.FIRST_NAME));
		lines("given-names.txt", line -> add(line, Lex.FIRST_NAME));
		lines("surnames.txt", line -> add(line, Lex.SURNAME));
		lines("family-names.txt", line -> add(line, Lex.SURNAME));
		lines("places.txt", line -> add(line, Lex.PLACE));
		lines("towns.txt", line -> add(line, Lex.PLACE));
		lines("titles.txt", line -> add(line, Lex.TITLE));
		lines("relations.txt", line -> add(line, Lex.RELATION));
		lines("org-suffixes.txt", line -> {
			add(line, Lex.ORG_SUFFIX);
			if (line.indexOf(' ') < 0 && line.indexOf('-') < 0) {
				// "Psychological Therapies", "Health Clinics"
				add(plural(line), Lex.ORG_SUFFIX);
			}
		});
		lines("street-suffixes.txt", line -> add(line, Lex.STREET_SUFFIX));
		lines("professions.txt", line -> add(line, Lex.PROFESSION));
		lines("clinical-terms.txt", line -> add(line, Lex.CLINICAL));
		lines("medications.txt", line -> add(line, Lex.MEDICATION));
		lines("theorists.txt", line -> add(line, Lex.THEORIST));
		lines("platforms.txt", line -> add(line, Lex.PLATFORM));
		lines("holidays.txt", line -> add(line, Lex.HOLIDAY));
		lines("demonyms.txt", line -> add(line, Lex.DEMONYM));
		lines("name-verbs.txt", line -> add(line, Lex.NAME_VERB));
		lines("region-codes.tsv", line -> regionCodes.add(line.substring(line.indexOf('\t') + 1)));
		lines("nicknames.tsv", line -> {
			int tab = line.indexOf('\t');
			String name = Fold.fold(line.substring(0, tab));
			for (String variant : line.substring(tab + 1).split(",")) {
				String v = Fold.fold(variant.strip());
				nicknames.computeIfAbsent(name, k -> new HashSet<>()).add(v);
				nicknames.computeIfAbsent(v, k -> new HashSet<>()).add(name);
				words.add(v, Lex.GIVEN_NAME_VARIANT);
			}
			words.add(name, Lex.GIVEN_NAME_VARIANT);
		});
		for (String month : List.of("january", "february", "march", "april", "may", "june", "july", "august", "september",
				"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
				"dec")) {
			words.add(month, Lex.MONTH);
		}
		for (String day : List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
				"tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays",
				"saturdays", "sundays", "weekend", "weekends")) {
			words.add(day, Lex.WEEKDAY);
		}
		for (String number : List.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
				"twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
				"forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred")) {
			words.add(number, Lex.NUMBER_WORD);
		}
		for (String pronoun : List.of("i", "me", "my", "mine", "myself", "you", "your", "yours", "he", "him", "his", "himself", "she",
				"her", "hers", "herself", "it", "its", "we", "us", "our", "ours", "they", "them", "their", "theirs", "themselves", "one",
				"someone", "somebody", "everyone", "anyone", "nobody", "who", "whom")) {
			words.add(pronoun, Lex.PRONOUN);
		}
		for (String function : List.of("the", "a", "an", "and", "or", "but", "nor", "so", "yet", "of", "in", "on", "at", "to",
				"for", "with", "from", "by", "about", "as", "into", "onto", "like", "through", "after", "over", "between", "out",
				"against", "during", "without", "before", "under", "around", "among", "since", "until", "till", "via", "per",
				"her", "his", "their", "my", "your", "our", "its", "she", "he", "they", "we", "you", "i", "it", "me", "him",
				"them", "us", "this", "that", "these", "those", "is", "was", "be", "are", "were", "been", "being", "has", "have",
				"had", "do", "does", "did", "not", "no", "if", "then", "than", "when", "while", "who", "whom", "whose", "which",
				"what", "where", "why", "how", "all", "any", "each", "every", "both", "either", "neither", "some", "such", "very",
				"also", "just", "only", "too", "can", "could", "may", "might", "must", "shall", "should", "will", "would")) {
			words.add(function, Lex.FUNCTION);
		}
		words.trim();
		phrases.trim();
		words.forEach((fingerprint, bits) -> {
			if (Lex.level(bits) <= 20) {
				hot.addEntry(fingerprint, bits);
			}
		});
		hot.trim();
	}

	/**
	 * Single words go to the word lexicon; entries of several words (or hyphenated ones, which the tokenizer
	 * splits) go to the phrase lexicon, and their first word is marked so the scanner knows to try a phrase.
	 */
	private void add(String entry, int bits) {
		String normalized = normalizePhrase(entry);
		int cut = 0;
		while (cut < normalized.length() && normalized.charAt(cut) != ' ' && normalized.charAt(cut) != '-') {
			cut++;
		}
		if (cut == normalized.length()) {
			words.add(normalized, bits);
		} else if (cut > 0) {
			phrases.add(normalized, bits);
			words.add(normalized.substring(0, cut), Lex.PHRASE_START);
		}
	}

	/** Phrases are stored folded, with one space between words and none around hyphens and apostrophes. */
	static String normalizePhrase(CharSequence text) {
		StringBuilder out = new StringBuilder(text.length());
		boolean space = false;
		for (int i = 0; i < text.length(); i++) {
			char c = Fold.fold(text.charAt(i));
			if (Character.isWhitespace(c)) {
				space = out.length() > 0;
			} else {
				if (space && c != '-' && out.charAt(out.length() - 1) != '-') {
					out.append(' ');
				}
				space = false;
				out.append(c);
			}
		}
		return out.toString();
	}

	private static void lines(String file, Consumer<String> consumer) {
		try (InputStream in = Lexicons.class.getResourceAsStream("/lexicons/" + file)) {
			if (in == null) {
				throw new IllegalStateException("the lexicon " + file + " is missing from the engine's bundle");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isEmpty() && line.charAt(0) != '#') {
					consumer.accept(line.strip());
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the lexicon " + file, e);
		}
	}

	/** The class bits of the word {@code text[start, end)}. */
	public int word(CharSequence text, int start, int end) {
		return words.get(text, start, end);
	}

	/** The class bits of the word of this {@link Lexicon#fingerprint}: the commonest words come from a table that stays in cache. */
	public int word(long fingerprint) {
		int bits = hot.get(fingerprint);
		return bits != 0 ? bits : words.get(fingerprint);
	}

	public int word(CharSequence word) {
		return words.get(word);
	}

	/** The class bits of a multi-word phrase given in normalized form (see {@link #normalizePhrase}). */
	public int phrase(CharSequence normalized) {
		return phrases.get(normalized);
	}

	/** The class bits of the multi-word phrase with this {@link Lexicon#fingerprint} (of its normalized form). */
	int phrase(long fingerprint) {
		return phrases.get(fingerprint);
	}

	public int maxPhraseTokens() {
		return MAX_PHRASE_TOKENS;
	}

	/** A US, Canadian, Australian, ... state or province code such as "OH", "ON" or "VIC". */
	public boolean isRegionCode(CharSequence text, int start, int end) {
		int length = end - start;
		if (length < 2 || length > 3) {
			return false;
		}
		return regionCodes.contains(text.subSequence(start, end).toString());
	}

	/** The other forms of a given name (folded): "elizabeth" gives liz, beth, ...; "liz" gives elizabeth. */
	public Set<String> nicknames(String folded) {
		return nicknames.getOrDefault(folded, Set.of());
	}

	public int wordCount() {
		return words.size() + phrases.size();
	}
}
