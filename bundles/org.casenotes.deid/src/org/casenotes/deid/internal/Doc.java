/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.internal;

import java.util.Arrays;

/**
 * A text cut into tokens in one pass, with what every recognizer asks of a token precomputed: its kind, the
 * shape of its letters, the whitespace before it and its lexicon classes. Parallel arrays, no token objects,
 * so a 5,000-word note costs a few arrays and no garbage per token.
 */
public final class Doc {

	// token kinds
	public static final byte WORD = 1;
	public static final byte NUMBER = 2;
	/** Letters and digits mixed: "42yo", "14th", "8XKD417". */
	public static final byte ALNUM = 3;
	public static final byte PUNCT = 4;
	/** The possessive "'s" (or "’s") split off a word, so "Grace's" is the name "Grace". */
	public static final byte POSS = 5;
	/** Any other symbol, emoji included (one code point). */
	public static final byte SYMBOL = 6;

	// letter shapes
	public static final byte NO_LETTERS = 0;
	public static final byte LOWER = 1;
	/** First letter upper case, not all upper case: "Dana", "McKay", "O'Shea", and single capitals. */
	public static final byte CAP = 2;
	/** Two or more letters, all upper case: "NHS", "KRISTIN". */
	public static final byte UPPER = 3;
	/** Letters without case (Hebrew, Arabic, CJK...) or starting with a title-case letter. */
	public static final byte UNCASED = 4;

	// the whitespace before a token
	public static final byte ADJACENT = 0;
	public static final byte SPACE = 1;
	/** Two or more spaces or a tab: a field separator in note headers. */
	public static final byte WIDE = 2;
	public static final byte NEWLINE = 3;
	public static final byte BLANK_LINE = 4;

	public final CharSequence text;
	public final Lexicons lexicons;
	private int size;
	private int[] start;
	private int[] end;
	private byte[] kind;
	private byte[] shape;
	private byte[] gap;
	private int[] bits;
	/** Each token's {@link Lexicon#fingerprint}, computed once for every lookup. */
	private long[] fingerprint;
	/** Each token's cue-word sets, as {@link WordSet} bits. */
	private long[] sets;
	private final WordSet.Index setIndex = WordSet.index();
	private boolean[] heading;

	private Doc(CharSequence text, Lexicons lexicons) {
		this.text = text;
		this.lexicons = lexicons;
		int capacity = Math.max(16, text.length() / 4);
		start = new int[capacity];
		end = new int[capacity];
		kind = new byte[capacity];
		shape = new byte[capacity];
		gap = new byte[capacity];
		bits = new int[capacity];
		fingerprint = new long[capacity];
		sets = new long[capacity];
	}

	public static Doc of(CharSequence text, Lexicons lexicons) {
		Doc doc = new Doc(text, lexicons);
		doc.tokenize();
		doc.markHeadingLines();
		return doc;
	}

	private void tokenize() {
		CharSequence t = text;
		int length = t.length();
		byte pendingGap = BLANK_LINE;
		int i = 0;
		while (i < length) {
			char c = t.charAt(i);
			if (c == ' ') {
				pendingGap = pendingGap == ADJACENT ? SPACE : pendingGap == SPACE ? WIDE : pendingGap;
				i++;
				continue;
			}
			if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\u000C') {
				if (c == '\r' && i + 1 < length && t.charAt(i + 1) == '\n') {
					i++;
				}
				pendingGap = pendingGap >= NEWLINE ? BLANK_LINE : NEWLINE;
				i++;
				continue;
			}
			if (c == '\t' || c == '\u00A0' || (c > 0x7F && Character.isWhitespace(c)) || c == '\u200B' || c == '\uFEFF') {
				pendingGap = pendingGap < WIDE ? WIDE : pendingGap;
				i++;
				continue;
			}
			int tokenStart = i;
			if (isWordChar(t, i)) {
				i = scanWord(t, i, length, pendingGap);
			} else {
				int cp = Character.codePointAt(t, i);
				i += Character.charCount(cp);
				add(tokenStart, i, Character.isSupplementaryCodePoint(cp) || Character.getType(cp) == Character.OTHER_SYMBOL ? SYMBOL : PUNCT,
						NO_LETTERS, pendingGap, 0, 0);
			}
			pendingGap = ADJACENT;
		}
	}

	/** Scans letters, digits and joined apostrophes from {@code i}; adds the word (and a split possessive). */
	private int scanWord(CharSequence t, int i, int length, byte pendingGap) {
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
			char c = t.charAt(i);
			int cp = c;
			int width = 1;
			if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(t.charAt(i + 1))) {
				cp = Character.toCodePoint(c, t.charAt(i + 1));
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
					h = Lexicon.fingerprintStep(h, t.charAt(i + 1));
				}
				i += width;
			} else if (cp < 0x80 ? cp >= '0' && cp <= '9' : Character.isDigit(cp)) {
				digits = true;
				h = Lexicon.fingerprintStep(h, c);
				if (width == 2) {
					h = Lexicon.fingerprintStep(h, t.charAt(i + 1));
				}
				i += width;
			} else if (i > tokenStart && isMark(cp)) {
				h = Lexicon.fingerprintStep(h, c);
				if (width == 2) {
					h = Lexicon.fingerprintStep(h, t.charAt(i + 1));
				}
				i += width;
			} else if ((c == '\'' || c == '\u2019') && i > tokenStart && i + 1 < length && Character.isLetter(t.charAt(i + 1))
					&& Character.isLetter(t.charAt(i - 1))) {
				boolean possessive = (t.charAt(i + 1) == 's' || t.charAt(i + 1) == 'S')
						&& (i + 2 >= length || !Character.isLetterOrDigit(t.charAt(i + 2)));
				if (possessive) {
					break;
				}
				h = Lexicon.fingerprintStep(h, c);
				i++;
			} else {
				break;
			}
		}
		byte k = letters ? (digits ? ALNUM : WORD) : NUMBER;
		byte s;
		if (!letters) {
			s = NO_LETTERS;
		} else if (uncased) {
			s = UNCASED;
		} else if (firstUpper) {
			s = letterCount >= 2 && !anyLower ? UPPER : CAP;
		} else {
			s = firstLower ? LOWER : UNCASED;
		}
		h = Lexicon.finish(h, i - tokenStart);
		add(tokenStart, i, k, s, pendingGap, k == WORD ? lexicons.word(h) : 0, h);
		if (i < length && (t.charAt(i) == '\'' || t.charAt(i) == '\u2019') && i + 1 < length
				&& (t.charAt(i + 1) == 's' || t.charAt(i + 1) == 'S') && (i + 2 >= length || !Character.isLetterOrDigit(t.charAt(i + 2)))
				&& k != NUMBER) {
			add(i, i + 2, POSS, NO_LETTERS, ADJACENT, 0, Lexicon.fingerprint(t, i, i + 2));
			i += 2;
		}
		return i;
	}

	private static boolean isWordChar(CharSequence t, int i) {
		char c = t.charAt(i);
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

	private void add(int s, int e, byte k, byte sh, byte g, int b, long h) {
		if (size == start.length) {
			int capacity = size * 2;
			start = Arrays.copyOf(start, capacity);
			end = Arrays.copyOf(end, capacity);
			kind = Arrays.copyOf(kind, capacity);
			shape = Arrays.copyOf(shape, capacity);
			gap = Arrays.copyOf(gap, capacity);
			bits = Arrays.copyOf(bits, capacity);
			fingerprint = Arrays.copyOf(fingerprint, capacity);
			sets = Arrays.copyOf(sets, capacity);
		}
		start[size] = s;
		end[size] = e;
		kind[size] = k;
		shape[size] = sh;
		gap[size] = g;
		bits[size] = b;
		fingerprint[size] = h;
		sets[size] = k == PUNCT ? 0 : setIndex.of(h);
		size++;
	}

	// ---- queries recognizers make of tokens

	public int size() {
		return size;
	}

	// Every query answers for any index, out of range included (as "nothing there"): recognizers look a few
	// tokens left and right, and a text may begin or end anywhere.

	private boolean in(int i) {
		return i >= 0 && i < size;
	}

	public int start(int i) {
		return in(i) ? start[i] : i < 0 ? 0 : text.length();
	}

	public int end(int i) {
		return in(i) ? end[i] : i < 0 ? 0 : text.length();
	}

	/** The kind of token {@code i}, 0 outside the text. */
	public byte kind(int i) {
		return in(i) ? kind[i] : 0;
	}

	public byte shape(int i) {
		return in(i) ? shape[i] : NO_LETTERS;
	}

	/** The space before token {@code i}; outside the text, as if a blank line. */
	public byte gap(int i) {
		return in(i) ? gap[i] : BLANK_LINE;
	}

	/** The cue-word sets token {@code i} belongs to, as {@link WordSet} bits. */
	long sets(int i) {
		return in(i) ? sets[i] : 0;
	}

	/** How many of the cue-word sets {@link #sets} answers for. */
	int setsIndexed() {
		return setIndex.sets();
	}

	public long fingerprint(int i) {
		return in(i) ? fingerprint[i] : 0;
	}

	public int bits(int i) {
		return in(i) ? bits[i] : 0;
	}

	public boolean has(int i, int flags) {
		return i >= 0 && i < size && (bits[i] & flags) != 0;
	}

	public int length(int i) {
		return in(i) ? end[i] - start[i] : 0;
	}

	public String text(int i) {
		return in(i) ? text.subSequence(start[i], end[i]).toString() : "";
	}

	/** The text from the start of token {@code from} to the end of token {@code to}, inclusive. */
	public String text(int from, int to) {
		return text.subSequence(start[from], end[to]).toString();
	}

	public char firstChar(int i) {
		return in(i) ? text.charAt(start[i]) : '\0';
	}

	public boolean isWord(int i) {
		return i >= 0 && i < size && kind[i] == WORD;
	}

	public boolean isNumber(int i) {
		return i >= 0 && i < size && kind[i] == NUMBER;
	}

	/** A single-character punctuation token equal to {@code c}. */
	public boolean isPunct(int i, char c) {
		return i >= 0 && i < size && kind[i] == PUNCT && end[i] - start[i] == 1 && text.charAt(start[i]) == c;
	}

	/** A word (any case) equal to {@code lowerCaseWord}, compared folded. */
	public boolean isWord(int i, String lowerCaseWord) {
		if (!isWord(i) || end[i] - start[i] != lowerCaseWord.length()) {
			return false;
		}
		for (int k = 0; k < lowerCaseWord.length(); k++) {
			if (Fold.fold(text.charAt(start[i] + k)) != lowerCaseWord.charAt(k)) {
				return false;
			}
		}
		return true;
	}

	public boolean isCap(int i) {
		return i >= 0 && i < size && shape[i] == CAP;
	}

	public boolean isUpper(int i) {
		return i >= 0 && i < size && shape[i] == UPPER;
	}

	/** Starts with a capital: "Dana" or "NHS" or "B". */
	public boolean isCapitalized(int i) {
		return i >= 0 && i < size && (shape[i] == CAP || shape[i] == UPPER);
	}

	public boolean isLower(int i) {
		return i >= 0 && i < size && shape[i] == LOWER;
	}

	/** No whitespace between token {@code i - 1} and token {@code i}. */
	public boolean joined(int i) {
		return i > 0 && i < size && gap[i] == ADJACENT;
	}

	public boolean lineStart(int i) {
		return !in(i) || i == 0 || gap[i] >= NEWLINE;
	}

	/** The SCOWL level of the word (10 = most common), or 100 when it is no English word. */
	public int level(int i) {
		return Lex.level(bits(i));
	}

	/** An English word of the commoner kinds (level 70 or less). */
	public boolean common(int i) {
		return (bits(i) & Lex.COMMON) != 0;
	}

	/**
	 * Whether token {@code i} opens a sentence, a line, a list item or a header field, where a capital letter
	 * says nothing about the word.
	 */
	public boolean sentenceStart(int i) {
		if (!in(i)) {
			return true;
		}
		int j = i - 1;
		while (j >= 0 && kind[j] == PUNCT && isOpening(text.charAt(start[j])) && gap[j + 1] < NEWLINE) {
			j--;
		}
		if (j < 0 || gap[j + 1] >= NEWLINE || gap[i] >= WIDE) {
			return true;
		}
		if (kind[j] == PUNCT) {
			char p = text.charAt(start[j]);
			if (p == '.' || p == '!' || p == '?' || p == ':' || p == '\u2026' || p == '\u2022' || p == '*') {
				return !(p == '.' && j > 0 && kind[j - 1] == WORD && end[j - 1] - start[j - 1] == 1 && shape[j - 1] == CAP
						&& joined(j));
			}
			if ((p == '-' || p == '\u2013' || p == '\u2014') && (gap[j] != ADJACENT && gap[j + 1] != ADJACENT || lineStart(j))) {
				return true;
			}
			if (p == ')' && j > 0 && lineStart(j - 1) && kind[j - 1] == NUMBER) {
				return true;
			}
			if (p == ',' && j + 1 < i && (isPunct(j + 1, '"') || isPunct(j + 1, '\u201C'))) {
				// speech opening after a comma: 'He asked, "So we ...'
				return true;
			}
		}
		if (kind[j] == NUMBER && lineStart(j) && j + 1 < i && isPunct(j + 1, '.')) {
			return true;
		}
		return false;
	}

	private static boolean isOpening(char c) {
		return c == '"' || c == '\'' || c == '(' || c == '[' || c == '\u201C' || c == '\u2018' || c == '\u00AB';
	}

	/**
	 * Whether the line of token {@code i} is a heading: every word on it capitalised, or all upper case, so
	 * capitals on it say nothing either.
	 */
	public boolean headingLine(int i) {
		return in(i) && heading[i];
	}

	private void markHeadingLines() {
		heading = new boolean[size];
		int first = 0;
		while (first < size) {
			int last = first + 1;
			while (last < size && !lineStart(last)) {
				last++;
			}
			int words = 0;
			int capitalized = 0;
			boolean fields = false;
			for (int k = first; k < last; k++) {
				// "Client: Dana Whitcombe    DOB: ..." is a line of fields, not a heading
				fields |= kind[k] == PUNCT && text.charAt(start[k]) == ':' || gap[k] == WIDE;
				if (kind[k] == WORD && (bits[k] & Lex.FUNCTION) == 0) {
					words++;
					if (shape[k] == CAP || shape[k] == UPPER) {
						capitalized++;
					}
				}
			}
			if (words >= 2 && capitalized == words && !fields && words <= 12) {
				Arrays.fill(heading, first, last, true);
			}
			first = last;
		}
	}

	/** The index of the first token whose end is after {@code offset}, or {@link #size()}. */
	public int tokenAt(int offset) {
		int lo = 0;
		int hi = size;
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (end[mid] <= offset) {
				lo = mid + 1;
			} else {
				hi = mid;
			}
		}
		return lo;
	}
}
