/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.internal;

import java.util.Arrays;

/**
 * A set of folded words, each with an int of class bits, looked up straight from a region of the text being
 * scanned: no substring, no allocation. Every token is looked up once, so the layout is about cache misses:
 * a slot holds the key's full hash beside its entry number, so a probe rejects other keys without reading
 * them, and an entry's start, length and bits sit together. Keys live in one char arena, so 300,000 words
 * take a few megabytes.
 */
public final class Lexicon {

	/** Per entry: start in the arena, length, class bits. */
	private static final int START = 0;
	private static final int LENGTH = 1;
	private static final int VALUE = 2;
	private static final int STRIDE = 3;

	private char[] arena;
	private int arenaSize;
	private int[] entries;
	private int size;
	/** (hash << 32) | (entry + 1); 0 is an empty slot. */
	private long[] slots;
	private int mask;

	public Lexicon() {
		this(1 << 12);
	}

	/** A lexicon sized for about {@code expected} entries (it grows past them). */
	public Lexicon(int expected) {
		int capacity = Math.max(8, Integer.highestOneBit(Math.max(1, expected)) << 1);
		arena = new char[capacity * 8];
		entries = new int[capacity * STRIDE];
		slots = new long[capacity * 2];
		mask = slots.length - 1;
	}

	/** Adds class bits to a word (OR-ed with the bits it already has). */
	public void add(CharSequence word, int bits) {
		String folded = Fold.fold(word);
		int hash = hash(folded, 0, folded.length());
		int slot = find(folded, 0, folded.length(), hash, true);
		int entry = (int) slots[slot] - 1;
		if (entry >= 0) {
			// class bits accumulate; of two word levels (folding can merge "café" and "cafe") the commoner wins
			int old = entries[entry * STRIDE + VALUE];
			int oldLevel = old & Lex.LEVEL_MASK;
			int newLevel = bits & Lex.LEVEL_MASK;
			int level = oldLevel == 0 ? newLevel : newLevel == 0 ? oldLevel : Math.min(oldLevel, newLevel);
			entries[entry * STRIDE + VALUE] = ((old | bits) & ~Lex.LEVEL_MASK) | level;
			return;
		}
		if ((size + 1) * STRIDE > entries.length) {
			entries = Arrays.copyOf(entries, entries.length * 2);
		}
		while (arenaSize + folded.length() > arena.length) {
			arena = Arrays.copyOf(arena, arena.length * 2);
		}
		folded.getChars(0, folded.length(), arena, arenaSize);
		entries[size * STRIDE + START] = arenaSize;
		entries[size * STRIDE + LENGTH] = folded.length();
		entries[size * STRIDE + VALUE] = bits;
		arenaSize += folded.length();
		slots[slot] = (long) hash << 32 | ++size;
		if (size * 2 > slots.length) {
			rehash();
		}
	}

	/** The class bits of a word in {@code text[start, end)}, folded on the fly; 0 when absent. */
	public int get(CharSequence text, int start, int end) {
		return get(text, start, end, hashFolding(text, start, end));
	}

	public int get(CharSequence word) {
		return get(word, 0, word.length());
	}

	/**
	 * The class bits of {@code text[start, end)} whose {@link #hashFolding} is already known: the tokenizer
	 * hashes each token once, and every lexicon and word set asked about it reuses the hash.
	 */
	public int get(CharSequence text, int start, int end, int hash) {
		int entry = (int) slots[find(text, start, end, hash, false)] - 1;
		return entry < 0 ? 0 : entries[entry * STRIDE + VALUE];
	}

	public int size() {
		return size;
	}

	/** What {@link #forEach} hands each entry: the folded key and its class bits. */
	public interface EntryVisitor {
		void visit(String key, int bits);
	}

	public void forEach(EntryVisitor visitor) {
		for (int entry = 0; entry < size; entry++) {
			int start = entries[entry * STRIDE + START];
			visitor.visit(new String(arena, start, entries[entry * STRIDE + LENGTH]), entries[entry * STRIDE + VALUE]);
		}
	}

	/** Drops the spare capacity kept for growth, once loading is over. */
	public void trim() {
		arena = Arrays.copyOf(arena, arenaSize);
		entries = Arrays.copyOf(entries, size * STRIDE);
	}

	private int find(CharSequence text, int start, int end, int hash, boolean foldedAlready) {
		int slot = hash & mask;
		while (true) {
			long s = slots[slot];
			if (s == 0 || (int) (s >>> 32) == hash && equalsEntry((int) s - 1, text, start, end, foldedAlready)) {
				return slot;
			}
			slot = (slot + 1) & mask;
		}
	}

	private boolean equalsEntry(int entry, CharSequence text, int start, int end, boolean foldedAlready) {
		int length = end - start;
		if (entries[entry * STRIDE + LENGTH] != length) {
			return false;
		}
		int offset = entries[entry * STRIDE + START];
		for (int i = 0; i < length; i++) {
			char c = text.charAt(start + i);
			if (arena[offset + i] != (foldedAlready ? c : Fold.fold(c))) {
				return false;
			}
		}
		return true;
	}

	private void rehash() {
		slots = new long[slots.length * 2];
		mask = slots.length - 1;
		for (int entry = 0; entry < size; entry++) {
			int hash = hash(arena, entries[entry * STRIDE + START], entries[entry * STRIDE + LENGTH]);
			int slot = hash & mask;
			while (slots[slot] != 0) {
				slot = (slot + 1) & mask;
			}
			slots[slot] = (long) hash << 32 | (entry + 1);
		}
	}

	private static int hash(CharSequence folded, int start, int end) {
		int h = 0x811C9DC5;
		for (int i = start; i < end; i++) {
			h = (h ^ folded.charAt(i)) * 0x01000193;
		}
		return mix(h);
	}

	private static int hash(char[] folded, int start, int length) {
		int h = 0x811C9DC5;
		for (int i = start; i < start + length; i++) {
			h = (h ^ folded[i]) * 0x01000193;
		}
		return mix(h);
	}

	/** The hash of {@code text[start, end)} once folded, as this class computes it for its keys. */
	public static int hashFolding(CharSequence text, int start, int end) {
		int h = 0x811C9DC5;
		for (int i = start; i < end; i++) {
			h = (h ^ Fold.fold(text.charAt(i))) * 0x01000193;
		}
		return mix(h);
	}

	private static int mix(int h) {
		h ^= h >>> 16;
		h *= 0x85EBCA6B;
		h ^= h >>> 13;
		return h;
	}
}
