/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.internal;

import java.util.Arrays;

/**
 * A text cut into tokens (by {@link Tokenizer}, in one pass), with what every recognizer asks of a token
 * precomputed: its kind, the shape of its letters, the whitespace before it and its lexicon classes. Parallel
 * arrays, no token objects, so a 5,000-word note costs a few arrays and no garbage per token.
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
	private final int size;
	private final int[] start;
	private final int[] end;
	private final byte[] kind;
	private final byte[] shape;
	private final byte[] gap;
	/** Each token's first character: punctuation is always one character, so this is all of it. */
	private final char[] firstChars;
	private final int[] bits;
	/** Each token's {@link Lexicon#fingerprint}, computed once for every lookup. */
	private final long[] fingerprint;
	/** Each token's cue-word sets, as {@link WordSet} bits. */
	private final long[] sets;
	private final WordSet.Index setIndex = WordSet.index();
	private final boolean[] heading;
	/** What each token is, for {@link #select}. */
	private final long[] features;
	private int[] selection;
	/**
	 * The capitalised words, in order. About one token in seven is one, and several passes act on nothing
	 * else: they visit these instead of every token.
	 */
	private final int[] capitalized;

	private Doc(CharSequence text, Lexicons lexicons) {
		this.text = text;
		this.lexicons = lexicons;
		// the tokenizer's arrays as they are, spare capacity included (every query checks size): no copies
		Tokenizer tokens = Tokenizer.of(text);
		size = tokens.size;
		start = tokens.start;
		end = tokens.end;
		kind = tokens.kind;
		shape = tokens.shape;
		gap = tokens.gap;
		firstChars = tokens.firstChars;
		fingerprint = tokens.fingerprint;
		bits = new int[size];
		sets = new long[size];
		lookUp();
		heading = new boolean[size];
		markHeadingLines();
		features = TokenFeatures.of(size, kind, shape, gap, firstChars, bits);
		capitalized = select(TokenFeatures.CAPITALIZED_WORD);
	}

	/**
	 * The tokens that have any of {@code wanted} ({@link TokenFeatures}) or belong to any of {@code cues}, in
	 * order: a pass that acts on nothing else visits these instead of every token.
	 */
	int[] select(long wanted, WordSet... cues) {
		long wantedSets = 0;
		for (WordSet cue : cues) {
			if (cue.indexedIn(this)) {
				wantedSets |= cue.bit();
			} else {
				// a set this document's index does not hold: any token it could hold
				wanted |= TokenFeatures.NOT_PUNCT;
			}
		}
		int[] into = selection;
		if (into == null) {
			// one buffer for every selection of this document: a document is read by one thread
			into = selection = new int[size + 1];
		}
		return Arrays.copyOf(into, TokenFeatures.select(features, sets, size, wanted, wantedSets, into));
	}

	public static Doc of(CharSequence text, Lexicons lexicons) {
		return new Doc(text, lexicons);
	}

	/**
	 * Each token's lexicon classes and cue-word sets. The big word table does not fit in the processor's cache,
	 * so a lookup costs a cache miss; in a loop that does nothing else, the processor has several misses in
	 * flight at once instead of waiting for each in the middle of scanning the text.
	 */
	private void lookUp() {
		for (int i = 0; i < size; i++) {
			if (kind[i] == WORD) {
				bits[i] = lexicons.word(fingerprint[i]);
			}
		}
		for (int i = 0; i < size; i++) {
			sets[i] = kind[i] == PUNCT ? 0 : setIndex.of(fingerprint[i]);
		}
	}

	// ---- queries recognizers make of tokens

	public int size() {
		return size;
	}

	/** How many words are capitalised ({@link #isWord} and {@link #isCapitalized}). */
	public int capitalizedWords() {
		return capitalized.length;
	}

	/** The token index of the {@code n}th capitalised word: the passes over them visit them in order. */
	public int capitalizedWord(int n) {
		return capitalized[n];
	}

	// Every query answers for any index, out of range included (as "nothing there"): recognizers look a few
	// tokens left and right, and a text may begin or end anywhere.
	//
	// Recognizers ask these millions of times; the JIT inlines a call only where the callee's bytecode is
	// small (35 bytes at a call site it does not see as hot), so each query is kept that small, and the rare
	// work (comparing characters) sits in a method of its own.

	private boolean in(int i) {
		return i >= 0 && i < size;
	}

	public int start(int i) {
		return in(i) ? start[i] : outside(i);
	}

	public int end(int i) {
		return in(i) ? end[i] : outside(i);
	}

	/** Where a token outside the text would be: at its start or at its end. */
	private int outside(int i) {
		return i < 0 ? 0 : text.length();
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
		return (bits(i) & flags) != 0;
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
		return in(i) ? firstChars[i] : '\0';
	}

	public boolean isWord(int i) {
		return kind(i) == WORD;
	}

	public boolean isNumber(int i) {
		return kind(i) == NUMBER;
	}

	/** A single-character punctuation token equal to {@code c}. */
	public boolean isPunct(int i, char c) {
		return kind(i) == PUNCT && firstChars[i] == c;
	}

	/** A word (any case) equal to {@code lowerCaseWord}, compared folded. */
	public boolean isWord(int i, String lowerCaseWord) {
		// the length (0 outside the text) turns almost every token away before its kind or characters are read
		return length(i) == lowerCaseWord.length() && foldsTo(i, lowerCaseWord);
	}

	private boolean foldsTo(int i, String lowerCaseWord) {
		if (!isWord(i)) {
			return false;
		}
		int from = start[i];
		for (int k = 0; k < lowerCaseWord.length(); k++) {
			if (Fold.fold(text.charAt(from + k)) != lowerCaseWord.charAt(k)) {
				return false;
			}
		}
		return true;
	}

	public boolean isCap(int i) {
		return shape(i) == CAP;
	}

	public boolean isUpper(int i) {
		return shape(i) == UPPER;
	}

	/** Starts with a capital: "Dana" or "NHS" or "B". */
	public boolean isCapitalized(int i) {
		byte s = shape(i);
		return s == CAP || s == UPPER;
	}

	public boolean isLower(int i) {
		return shape(i) == LOWER;
	}

	/** No whitespace between token {@code i - 1} and token {@code i}. */
	public boolean joined(int i) {
		return i > 0 && i < size && gap[i] == ADJACENT;
	}

	public boolean lineStart(int i) {
		return i <= 0 || i >= size || gap[i] >= NEWLINE;
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
		while (j >= 0 && kind[j] == PUNCT && isOpening(firstChars[j]) && gap[j + 1] < NEWLINE) {
			j--;
		}
		if (j < 0 || gap[j + 1] >= NEWLINE || gap[i] >= WIDE) {
			return true;
		}
		if (kind[j] == PUNCT) {
			char p = firstChars[j];
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
				fields |= kind[k] == PUNCT && firstChars[k] == ':' || gap[k] == WIDE;
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
