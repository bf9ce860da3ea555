/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.internal;

import java.util.Arrays;

/**
 * Cuts a text into the tokens of a {@link Doc} in one pass over its characters: where each token starts and
 * ends, its kind, the shape of its letters, the whitespace before it, its first character and its
 * {@link Lexicon#fingerprint}, fed as it is scanned. The arrays grow as needed and hold {@link #size} tokens.
 */
final class Tokenizer {

	private final CharSequence text;
	int size;
	int[] start;
	int[] end;
	byte[] kind;
	byte[] shape;
	byte[] gap;
	char[] firstChars;
	long[] fingerprint;

	private Tokenizer(CharSequence text) {
		this.text = text;
		int capacity = Math.max(16, text.length() / 4);
		start = new int[capacity];
		end = new int[capacity];
		kind = new byte[capacity];
		shape = new byte[capacity];
		gap = new byte[capacity];
		firstChars = new char[capacity];
		fingerprint = new long[capacity];
	}

	/** The tokens of {@code text}. */
	static Tokenizer of(CharSequence text) {
		Tokenizer tokenizer = new Tokenizer(text);
		tokenizer.run();
		return tokenizer;
	}

	private void run() {
		// one copy of the characters, then plain array reads: through CharSequence every character costs a type
		// check and, in a String, a test of its encoding
		char[] t = text instanceof String string ? string.toCharArray() : text.toString().toCharArray();
		int length = t.length;
		byte pendingGap = Doc.BLANK_LINE;
		int i = 0;
		while (i < length) {
			char c = t[i];
			if (c == ' ') {
				pendingGap = pendingGap == Doc.ADJACENT ? Doc.SPACE : pendingGap == Doc.SPACE ? Doc.WIDE : pendingGap;
				i++;
				continue;
			}
			if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\u000C') {
				if (c == '\r' && i + 1 < length && t[i + 1] == '\n') {
					i++;
				}
				pendingGap = pendingGap >= Doc.NEWLINE ? Doc.BLANK_LINE : Doc.NEWLINE;
				i++;
				continue;
			}
			if (c == '\t' || c == '\u00A0' || (c > 0x7F && Character.isWhitespace(c)) || c == '\u200B' || c == '\uFEFF') {
				pendingGap = pendingGap < Doc.WIDE ? Doc.WIDE : pendingGap;
				i++;
				continue;
			}
			int tokenStart = i;
			if (isWordChar(t, i)) {
				i = scanWord(t, i, length, pendingGap, c);
			} else {
				int cp = Character.codePointAt(t, i);
				i += Character.charCount(cp);
				add(tokenStart, i, Character.isSupplementaryCodePoint(cp) || Character.getType(cp) == Character.OTHER_SYMBOL ? Doc.SYMBOL : Doc.PUNCT,
						Doc.NO_LETTERS, pendingGap, c, 0);
			}
			pendingGap = Doc.ADJACENT;
		}
	}

	/** Scans letters, digits and joined apostrophes from {@code i}; adds the word (and a split possessive). */
	private int scanWord(char[] t, int i, int length, byte pendingGap, char first) {
		int tokenStart = i;
		boolean letters = false;
		boolean digits = false;
		boolean firstUpper = false;
		boolean firstLower = false;
		boolean anyLower = false;
		boolean uncased = false;
		int letterCount = 0;
		// the token's fingerprint, fed as it is scanned rather than in a second pass
		long h = Lexicon.FINGERPRINT_START;
		while (i < length) {
			char c = t[i];
			int cp = c;
			int width = 1;
			if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(t[i + 1])) {
				cp = Character.toCodePoint(c, t[i + 1]);
				width = 2;
			}
			if (cp < 0x80 ? (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') : Character.isLetter(cp)) {
				boolean upper = cp < 0x80 ? cp <= 'Z' : Character.isUpperCase(cp);
				boolean lower = cp < 0x80 ? cp >= 'a' : Character.isLowerCase(cp);
				if (letterCount == 0) {
					firstUpper = upper;
					firstLower = lower;
					uncased = !upper && !lower;
				}
				anyLower |= lower;
				letterCount++;
				letters = true;
				h = Lexicon.fingerprintStep(h, c);
				if (width == 2) {
					h = Lexicon.fingerprintStep(h, t[i + 1]);
				}
				i += width;
			} else if (cp < 0x80 ? cp >= '0' && cp <= '9' : Character.isDigit(cp)) {
				digits = true;
				h = Lexicon.fingerprintStep(h, c);
				if (width == 2) {
					h = Lexicon.fingerprintStep(h, t[i + 1]);
				}
				i += width;
			} else if (i > tokenStart && isMark(cp)) {
				h = Lexicon.fingerprintStep(h, c);
				if (width == 2) {
					h = Lexicon.fingerprintStep(h, t[i + 1]);
				}
				i += width;
			} else if ((c == '\'' || c == '\u2019') && i > tokenStart && i + 1 < length && Character.isLetter(t[i + 1])
					&& Character.isLetter(t[i - 1])) {
				boolean possessive = (t[i + 1] == 's' || t[i + 1] == 'S')
						&& (i + 2 >= length || !Character.isLetterOrDigit(t[i + 2]));
				if (possessive) {
					break;
				}
				h = Lexicon.fingerprintStep(h, c);
				i++;
			} else {
				break;
			}
		}
		byte k = letters ? (digits ? Doc.ALNUM : Doc.WORD) : Doc.NUMBER;
		byte s;
		if (!letters) {
			s = Doc.NO_LETTERS;
		} else if (uncased) {
			s = Doc.UNCASED;
		} else if (firstUpper) {
			s = letterCount >= 2 && !anyLower ? Doc.UPPER : Doc.CAP;
		} else {
			s = firstLower ? Doc.LOWER : Doc.UNCASED;
		}
		h = Lexicon.finish(h, i - tokenStart);
		add(tokenStart, i, k, s, pendingGap, first, h);
		if (i < length && (t[i] == '\'' || t[i] == '\u2019') && i + 1 < length
				&& (t[i + 1] == 's' || t[i + 1] == 'S') && (i + 2 >= length || !Character.isLetterOrDigit(t[i + 2]))
				&& k != Doc.NUMBER) {
			add(i, i + 2, Doc.POSS, Doc.NO_LETTERS, Doc.ADJACENT, t[i], Lexicon.fingerprint(t, i, i + 2));
			i += 2;
		}
		return i;
	}

	private static boolean isWordChar(char[] t, int i) {
		char c = t[i];
		if (c < 0x80) {
			return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
		}
		int cp = Character.codePointAt(t, i);
		return Character.isLetterOrDigit(cp);
	}

	private static boolean isMark(int cp) {
		if (cp < 0x300) {
			return false;
		}
		int type = Character.getType(cp);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK
				|| cp == 0x200D;
	}

	private void add(int s, int e, byte k, byte sh, byte g, char first, long h) {
		if (size == start.length) {
			int capacity = size * 2;
			start = Arrays.copyOf(start, capacity);
			end = Arrays.copyOf(end, capacity);
			kind = Arrays.copyOf(kind, capacity);
			shape = Arrays.copyOf(shape, capacity);
			gap = Arrays.copyOf(gap, capacity);
			firstChars = Arrays.copyOf(firstChars, capacity);
			fingerprint = Arrays.copyOf(fingerprint, capacity);
		}
		start[size] = s;
		end[size] = e;
		kind[size] = k;
		shape[size] = sh;
		gap[size] = g;
		firstChars[size] = first;
		fingerprint[size] = h;
		size++;
	}
}
