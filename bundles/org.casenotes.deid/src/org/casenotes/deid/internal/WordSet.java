/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A small set of cue words ("works", "aged", "mrn"), compared folded. Recognizers ask these sets about
 * tokens many times, so the first 64 sets are also merged into one index that the tokenizer reads once per
 * token: asking is then one bit test ({@link Doc#sets}).
 */
final class WordSet {

	/** The membership index as of some number of sets; replaced, never changed, as sets are created. */
	record Index(Lexicon words, long[] membership, int sets) {

		/** The sets (as bits) that hold the word of this {@link Lexicon#fingerprint}. */
		long of(long fingerprint) {
			int entry = words.get(fingerprint);
			return entry == 0 ? 0 : membership[entry];
		}
	}

	private static final List<String[]> ALL = new ArrayList<>();
	private static volatile Index index = new Index(new Lexicon(8), new long[1], 0);

	private final Lexicon words;
	private final int id;
	/** This set's bit in {@link Doc#sets}. */
	private final long bit;

	private WordSet(String... members) {
		words = new Lexicon(members.length);
		for (String member : members) {
			words.add(member, 1);
		}
		words.trim();
		synchronized (ALL) {
			id = ALL.size();
			bit = 1L << id;
			ALL.add(members);
			if (id < Long.SIZE) {
				index = build();
			}
		}
	}

	static WordSet of(String... members) {
		return new WordSet(members);
	}

	/** The index the tokenizer reads. */
	static Index index() {
		return index;
	}

	private static Index build() {
		Lexicon words = new Lexicon(1024);
		long[] membership = new long[1];
		int entries = 0;
		int sets = Math.min(ALL.size(), Long.SIZE);
		for (int set = 0; set < sets; set++) {
			for (String member : ALL.get(set)) {
				int entry = words.get(member);
				if (entry == 0) {
					entry = ++entries;
					words.add(member, entry);
					if (entry >= membership.length) {
						membership = java.util.Arrays.copyOf(membership, membership.length * 2 + 1);
					}
				}
				membership[entry] |= 1L << set;
			}
		}
		words.trim();
		return new Index(words, membership, sets);
	}

	/** Whether {@link Doc#sets} of {@code doc} answers for this set. */
	boolean indexedIn(Doc doc) {
		return id < doc.setsIndexed();
	}

	/** This set's bit in {@link Doc#sets}, where {@link #indexedIn} says it is there. */
	long bit() {
		return bit;
	}

	/** Whether token {@code i} is a word, number or code in the set. */
	boolean contains(Doc doc, int i) {
		// small enough for the JIT to inline at every call: outside the text and on punctuation the sets are 0
		return id < doc.setsIndexed() ? (doc.sets(i) & bit) != 0 : containsUnindexed(doc, i);
	}

	/** For a document tokenized before this set existed, or a set beyond the 64 the index holds. */
	private boolean containsUnindexed(Doc doc, int i) {
		if (i < 0 || i >= doc.size() || doc.kind(i) == Doc.PUNCT) {
			return false;
		}
		return words.get(doc.fingerprint(i)) != 0;
	}

	boolean contains(CharSequence word) {
		return words.get(word) != 0;
	}
}
