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

	private TokenFeatures() {
	}

	/** The bits of {@link Lex} classes, as features. */
	static long classes(int lexBits) {
		return (long) lexBits << 32;
	}

	static long[] of(int size, byte[] kind, byte[] shape, byte[] gap, char[] firstChars, int[] bits) {
		long[] features = new long[size];
		for (int i = 0; i < size; i++) {
			long f = classes(bits[i]);
			byte k = kind[i];
			if (k == Doc.PUNCT) {
				f |= punctuation(firstChars[i]);
			} else {
				f |= NOT_PUNCT;
			}
			if (k == Doc.NUMBER) {
				f |= NUMBER;
			} else if (k == Doc.ALNUM) {
				f |= ALNUM;
			}
			if (k == Doc.WORD && (shape[i] == Doc.CAP || shape[i] == Doc.UPPER)) {
				f |= CAPITALIZED_WORD;
			}
			if (shape[i] == Doc.UPPER) {
				f |= ALL_CAPS;
			}
			if (i + 1 < size && kind[i + 1] == Doc.PUNCT && gap[i + 1] == Doc.ADJACENT && (firstChars[i + 1] == '.' || firstChars[i + 1] == ':')) {
				f |= BEFORE_DOT_OR_COLON;
			}
			features[i] = f;
		}
		return features;
	}

	private static long punctuation(char c) {
		return switch (c) {
		case ',' -> COMMA;
		case ':' -> COLON;
		case '@' -> AT_SIGN;
		case '+' -> PLUS;
		case '(' -> OPEN_BRACKET;
		default -> 0;
		};
	}

	/**
	 * The indices of the tokens that have any of {@code wanted} or belong to any of the cue-word sets
	 * {@code wantedSets} (as {@link Doc#sets} bits), in order.
	 */
	static int[] select(long[] features, long[] sets, int size, long wanted, long wantedSets) {
		int[] tokens = new int[size + 1];
		int n = 0;
		for (int i = 0; i < size; i++) {
			long hit = features[i] & wanted | sets[i] & wantedSets;
			// every index is written; only a match moves past it
			tokens[n] = i;
			n += (int) ((hit | -hit) >>> 63);
		}
		return java.util.Arrays.copyOf(tokens, n);
	}
}
