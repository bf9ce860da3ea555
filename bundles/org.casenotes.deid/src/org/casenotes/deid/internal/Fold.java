/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.internal;

import java.text.Normalizer;

/**
 * Case and diacritic folding used for every lexicon lookup, so "Renée", "RENEE" and "renee" are one word and
 * "’" is "'". A table covers Latin up to U+024F (where names in notes live); beyond it, plain lower case.
 */
public final class Fold {

	private static final int TABLE_SIZE = 0x0250;
	private static final char[] TABLE = new char[TABLE_SIZE];

	static {
		for (int c = 0; c < TABLE_SIZE; c++) {
			String decomposed = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
			char base = decomposed.charAt(0);
			TABLE[c] = Character.toLowerCase(base);
		}
		// letters that do not decompose but have an obvious base letter
		TABLE['ß'] = 's';
		TABLE['Ø'] = 'o';
		TABLE['ø'] = 'o';
		TABLE['Đ'] = 'd';
		TABLE['đ'] = 'd';
		TABLE['Ł'] = 'l';
		TABLE['ł'] = 'l';
		TABLE['Æ'] = 'a';
		TABLE['æ'] = 'a';
		TABLE['Œ'] = 'o';
		TABLE['œ'] = 'o';
		TABLE['ı'] = 'i';
	}

	private Fold() {
	}

	public static char fold(char c) {
		if (c < TABLE_SIZE) {
			return TABLE[c];
		}
		if (c == '\u2019' || c == '\u2018' || c == '\u02BC') {
			return '\'';
		}
		if (c == '\u2010' || c == '\u2011' || c == '\u2013') {
			return '-';
		}
		return Character.toLowerCase(c);
	}

	/** The folded form of a whole string (for building lexicons and for keys). */
	public static String fold(CharSequence s) {
		StringBuilder out = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			out.append(fold(s.charAt(i)));
		}
		return out.toString();
	}
}
