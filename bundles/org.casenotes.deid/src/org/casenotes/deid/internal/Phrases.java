/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.internal;

/** Multi-word lexicon entries ("El Paso", "flight attendant", "Christmas Day") read off the token stream. */
final class Phrases {

	private Phrases() {
	}

	/**
	 * The last token of the longest phrase starting at token {@code first} whose classes include {@code wanted},
	 * or -1. Phrases stay on one line and span single spaces or hyphens.
	 */
	static int longest(Doc doc, int first, int wanted) {
		if (!doc.has(first, Lex.PHRASE_START)) {
			return -1;
		}
		Lexicons lexicons = doc.lexicons;
		// the phrase's fingerprint, grown a token at a time: no key string is built
		long key = Lexicon.FINGERPRINT_START;
		key = feed(doc, first, key);
		int length = doc.length(first);
		int best = -1;
		int limit = Math.min(doc.size(), first + lexicons.maxPhraseTokens());
		for (int k = first + 1; k < limit; k++) {
			byte gap = doc.gap(k);
			if (gap > Doc.SPACE) {
				break;
			}
			byte kind = doc.kind(k);
			if (kind == Doc.PUNCT) {
				char c = doc.firstChar(k);
				if (c != '-' && c != '.' && c != '\'' && c != '&') {
					break;
				}
			} else if (kind != Doc.WORD && kind != Doc.POSS && kind != Doc.ALNUM && kind != Doc.NUMBER) {
				break;
			}
			boolean hyphen = doc.isPunct(k, '-') || doc.isPunct(k - 1, '-');
			if (gap == Doc.SPACE && !hyphen) {
				key = Lexicon.fingerprintStep(key, ' ');
				length++;
			}
			key = feed(doc, k, key);
			length += doc.length(k);
			if (kind != Doc.PUNCT && (lexicons.phrase(Lexicon.finish(key, length)) & wanted) != 0) {
				best = k;
			}
		}
		return best;
	}

	private static long feed(Doc doc, int i, long key) {
		for (int c = doc.start(i); c < doc.end(i); c++) {
			key = Lexicon.fingerprintStep(key, doc.text.charAt(c));
		}
		return key;
	}
}
