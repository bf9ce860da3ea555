/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.internal;

import java.util.Arrays;

/**
 * A set of folded words, each with an int of class bits, looked up straight from a region of the text being
 * scanned: no substring, no allocation, one memory access per lookup.
 * <p>
 * Every token of every note is looked up, and with 340,000 words the table does not fit in the processor's
 * cache, so a lookup costs what its cache misses cost. A word is therefore stored as its 64-bit fingerprint
 * beside its bits, in one slot, and never as characters: a probe reads one slot and is done. Two different
 * words share a fingerprint with a probability of about 2<sup>-64</sup> per probe, far below any other error
 * the engine makes; in exchange the table holds no text at all.
 */
public final class Lexicon {

	/**
	 * Slot {@code i} is {@code table[2i]}, the fingerprint (0: empty), and {@code table[2i + 1]}, the bits: side
	 * by side, so a hit costs one cache miss, not two.
	 */
	private long[] table;
	private int size;
	private int mask;
	/**
	 * One bit of 1,024 per fingerprint present, chosen by its top ten bits: a small table (the names proven in
	 * one note) turns nearly every absent word away without a probe, and the branch that decides it is one the
	 * processor predicts. A big table has every bit set and always probes.
	 */
	private final long[] summary = new long[16];

	public Lexicon() {
		this(1 << 12);
	}

	/** A lexicon sized for about {@code expected} entries (it grows past them). */
	public Lexicon(int expected) {
		int slots = Math.max(16, Integer.highestOneBit(Math.max(1, expected)) << 2);
		table = new long[slots * 2];
		mask = slots - 1;
	}

	/** Adds class bits to a word (OR-ed with the bits it already has). */
	public void add(CharSequence word, int bits) {
		addFingerprint(fingerprint(word, 0, word.length()), bits);
	}

	private void addFingerprint(long fingerprint, int bits) {
		int slot = find(fingerprint);
		if (table[slot * 2] != 0) {
			// class bits accumulate; of two word levels (folding can merge "café" and "cafe") the commoner wins
			int old = (int) table[slot * 2 + 1];
			int oldLevel = old & Lex.LEVEL_MASK;
			int newLevel = bits & Lex.LEVEL_MASK;
			int level = oldLevel == 0 ? newLevel : newLevel == 0 ? oldLevel : Math.min(oldLevel, newLevel);
			table[slot * 2 + 1] = ((old | bits) & ~Lex.LEVEL_MASK) | level;
			return;
		}
		table[slot * 2] = fingerprint;
		table[slot * 2 + 1] = bits;
		summary[summaryWord(fingerprint)] |= summaryBit(fingerprint);
		if (++size * 2 > mask + 1) {
			rehash((mask + 1) * 2);
		}
	}

	/** The class bits of a word in {@code text[start, end)}, folded on the fly; 0 when absent. */
	public int get(CharSequence text, int start, int end) {
		return get(fingerprint(text, start, end));
	}

	public int get(CharSequence word) {
		return get(word, 0, word.length());
	}

	/** The class bits of the word whose {@link #fingerprint} is given; 0 when absent. */
	public int get(long fingerprint) {
		return (summary[summaryWord(fingerprint)] & summaryBit(fingerprint)) == 0 ? 0 : probe(fingerprint);
	}

	private int probe(long fingerprint) {
		int slot = (int) fingerprint & mask;
		while (true) {
			long f = table[slot * 2];
			if (f == fingerprint) {
				return (int) table[slot * 2 + 1];
			}
			if (f == 0) {
				return 0;
			}
			slot = (slot + 1) & mask;
		}
	}

	public int size() {
		return size;
	}

	// the slot comes from the low bits; the summary from the top ten, which are independent of it
	private static int summaryWord(long fingerprint) {
		return (int) (fingerprint >>> 60);
	}

	private static long summaryBit(long fingerprint) {
		// a shift takes its count modulo 64: bits 54 to 59
		return 1L << (fingerprint >>> 54);
	}

	/** What {@link #forEach} hands each entry: its fingerprint and class bits. */
	public interface EntryVisitor {
		void visit(long fingerprint, int bits);
	}

	public void forEach(EntryVisitor visitor) {
		for (int slot = 0; slot <= mask; slot++) {
			if (table[slot * 2] != 0) {
				visitor.visit(table[slot * 2], (int) table[slot * 2 + 1]);
			}
		}
	}

	/** Copies an entry of another lexicon, by its fingerprint. */
	public void addEntry(long fingerprint, int bits) {
		addFingerprint(fingerprint, bits);
	}

	/**
	 * Drops the spare capacity kept for growth, once loading is over: the table is left at most 70% full. A
	 * denser table is a smaller one, and every lookup is a cache miss or not by the table's size alone; probes
	 * run along one or two cache lines either way.
	 */
	public void trim() {
		int slots = Math.max(16, Integer.highestOneBit(Math.max(1, size * 10 / 7)) << 1);
		if (slots < mask + 1) {
			rehash(slots);
		}
	}

	private int find(long fingerprint) {
		int slot = (int) fingerprint & mask;
		while (table[slot * 2] != 0 && table[slot * 2] != fingerprint) {
			slot = (slot + 1) & mask;
		}
		return slot;
	}

	private void rehash(int slots) {
		long[] old = table;
		table = new long[slots * 2];
		mask = slots - 1;
		for (int i = 0; i < old.length; i += 2) {
			if (old[i] != 0) {
				int slot = find(old[i]);
				table[slot * 2] = old[i];
				table[slot * 2 + 1] = old[i + 1];
			}
		}
	}

	/** The fingerprint of {@code text[start, end)} once folded (any case, no diacritics); never 0. */
	public static long fingerprint(CharSequence text, int start, int end) {
		long h = FINGERPRINT_START;
		for (int i = start; i < end; i++) {
			h = fingerprintStep(h, text.charAt(i));
		}
		return finish(h, end - start);
	}

	/** Where a fingerprint starts, for a caller that feeds it characters as it scans them. */
	static final long FINGERPRINT_START = 0xCBF29CE484222325L;

	/** The fingerprint so far, {@code h}, after one more character. */
	static long fingerprintStep(long h, char c) {
		return (h ^ Fold.fold(c)) * 0x100000001B3L;
	}

	/** The same fingerprint, over a character array. */
	public static long fingerprint(char[] text, int start, int end) {
		long h = FINGERPRINT_START;
		for (int i = start; i < end; i++) {
			h = fingerprintStep(h, text[i]);
		}
		return finish(h, end - start);
	}

	static long finish(long h, int length) {
		// FNV-1a spreads poorly into the low bits the table indexes by: finish with a 64-bit mixer (the one of
		// MurmurHash3), and fold the length in so no two lengths collide by construction
		h ^= length * 0x9E3779B97F4A7C15L;
		h ^= h >>> 33;
		h *= 0xFF51AFD7ED558CCDL;
		h ^= h >>> 33;
		h *= 0xC4CEB9FE1A85EC53L;
		h ^= h >>> 33;
		return h == 0 ? 1 : h;
	}
}
