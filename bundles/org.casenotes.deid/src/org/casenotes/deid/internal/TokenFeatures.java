/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.internal;

/**
 * What a recognizer's pass starts on, as bits per token, so a pass can visit only the tokens it can act on
 * ({@link Doc#select}). Most passes act on a few kinds of token (numbers, capitalised words, month names) and
 * test every other token only to skip it; which token comes next is unpredictable, so each of those tests is
 * a mispredicted branch as often as not, and those cost more than everything else the engine does. The
 * selection itself has no branch.
 * <p>
 * The low bits are the kind, case and punctuation of the token; the high 32 bits are its lexicon classes
 * ({@link #classes}).
 */
final class TokenFeatures {

	/** Any token but punctuation: what a cue-word set can hold. */
	static final long NOT_PUNCT = 1L;
	static final long NUMBER = 1L << 1;
	static final long ALNUM = 1L << 2;
	/** A word that starts with a capital: {@link Doc#isWord} and {@link Doc#isCapitalized}. */
	static final long CAPITALIZED_WORD = 1L << 3;
	/** Two or more letters, all capitals, in a word or a code. */
	static final long ALL_CAPS = 1L << 4;
	static final long COMMA = 1L << 5;
	static final long COLON = 1L << 6;
	static final long AT_SIGN = 1L << 7;
	static final long PLUS = 1L << 8;
	static final long OPEN_BRACKET = 1L << 9;
	/** Followed, with no space, by "." or ":": how a web address goes on from its first word. */
	static final long BEFORE_DOT_OR_COLON = 1L << 10;

	/** The features of a kind and letter shape: {@code KIND_AND_SHAPE[kind << 3 | shape]}. */
	private static final long[] KIND_AND_SHAPE = new long[8 << 3];
	/** The features of an ASCII punctuation character (a word never starts with one). */
	private static final long[] PUNCTUATION = new long[128];

	static {
		for (int kind = 0; kind < 8; kind++) {
			for (int shape = 0; shape < 8; shape++) {
				long f = kind == Doc.PUNCT || kind == 0 ? 0 : NOT_PUNCT;
				f |= kind == Doc.NUMBER ? NUMBER : kind == Doc.ALNUM ? ALNUM : 0;
				f |= kind == Doc.WORD && (shape == Doc.CAP || shape == Doc.UPPER) ? CAPITALIZED_WORD : 0;
				f |= shape == Doc.UPPER ? ALL_CAPS : 0;
				KIND_AND_SHAPE[kind << 3 | shape] = f;
			}
		}
		PUNCTUATION[','] = COMMA;
		PUNCTUATION[':'] = COLON;
		PUNCTUATION['@'] = AT_SIGN;
		PUNCTUATION['+'] = PLUS;
		PUNCTUATION['('] = OPEN_BRACKET;
	}

	private TokenFeatures() {
	}

	/** The bits of {@link Lex} classes, as features. */
	static long classes(int lexBits) {
		return (long) lexBits << 32;
	}

	static long[] of(int size, byte[] kind, byte[] shape, byte[] gap, char[] firstChars, int[] bits) {
		long[] features = new long[size];
		// tables, not tests: the kinds of consecutive tokens follow no pattern a branch predictor could learn
		for (int i = 0; i < size; i++) {
			char c = firstChars[i];
			features[i] = classes(bits[i]) | KIND_AND_SHAPE[kind[i] << 3 | shape[i]] | (c < 128 ? PUNCTUATION[c] : 0);
		}
		for (int i = 1; i < size; i++) {
			if (kind[i] == Doc.PUNCT && gap[i] == Doc.ADJACENT && (firstChars[i] == '.' || firstChars[i] == ':')) {
				features[i - 1] |= BEFORE_DOT_OR_COLON;
			}
		}
		return features;
	}

	/**
	 * The indices of the tokens that have any of {@code wanted} or belong to any of the cue-word sets
	 * {@code wantedSets} (as {@link Doc#sets} bits), in order, in {@code into} (as long as the document);
	 * returns how many.
	 */
	static int select(long[] features, long[] sets, int size, long wanted, long wantedSets, int[] into) {
		int n = 0;
		for (int i = 0; i < size; i++) {
			long hit = features[i] & wanted | sets[i] & wantedSets;
			// every index is written; only a match moves past it
			into[n] = i;
			n += (int) ((hit | -hit) >>> 63);
		}
		return n;
	}
}
