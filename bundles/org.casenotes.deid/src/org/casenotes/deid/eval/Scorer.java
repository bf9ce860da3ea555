/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.casenotes.deid.Finding;

/** Scores system findings against gold spans exactly as {@code eval/score.py} does. */
public final class Scorer {

	private int tp;
	private int fp;
	private int fn;
	private int leaks;
	private int goldSpans;
	private int strictTp;
	private int strictSystem;
	private int notes;
	private int missing;
	private final Map<String, int[]> perType = new TreeMap<>();
	private final List<String> leaked = new ArrayList<>();

	/** Adds one note: its gold spans and the findings the system reported for it (null: the note is missing). */
	public void add(AnnotatedNote note, List<Finding> findings) {
		notes++;
		if (findings == null) {
			missing++;
			findings = List.of();
		}
		String text = note.text();
		int length = text.length();
		boolean[] covered = new boolean[length];
		for (Finding f : findings) {
			for (int k = Math.max(0, f.start()); k < Math.min(length, f.end()); k++) {
				covered[k] = true;
			}
		}
		String[] goldType = new String[length];
		for (AnnotatedNote.GoldSpan g : note.spans()) {
			for (int k = g.start(); k < g.end(); k++) {
				goldType[k] = g.type().name();
			}
		}
		int k = 0;
		while (k < length) {
			int cp = text.codePointAt(k);
			if (!isWordChar(cp)) {
				k += Character.charCount(cp);
				continue;
			}
			int start = k;
			while (k < length && isWordChar(text.codePointAt(k))) {
				k += Character.charCount(text.codePointAt(k));
			}
			String type = null;
			boolean system = false;
			for (int c = start; c < k; c++) {
				if (type == null && goldType[c] != null) {
					type = goldType[c];
				}
				system |= covered[c];
			}
			if (type != null) {
				int[] counts = perType.computeIfAbsent(type, t -> new int[2]);
				counts[1]++;
				if (system) {
					counts[0]++;
					tp++;
				} else {
					fn++;
				}
			} else if (system) {
				fp++;
			}
		}
		Set<String> gold = new HashSet<>();
		for (AnnotatedNote.GoldSpan g : note.spans()) {
			gold.add(g.start() + ":" + g.end() + ":" + g.type());
			goldSpans++;
			if (leaks(text, g, covered)) {
				leaks++;
				if (leaked.size() < 400) {
					leaked.add(note.id() + "\t" + g.type() + "\t" + g.text());
				}
			}
		}
		Set<String> system = new HashSet<>();
		for (Finding f : findings) {
			system.add(f.start() + ":" + f.end() + ":" + f.type());
		}
		strictSystem += system.size();
		for (String s : system) {
			if (gold.contains(s)) {
				strictTp++;
			}
		}
	}

	/** A gold span leaks when one of its tokens has no covered character at all. */
	private static boolean leaks(String text, AnnotatedNote.GoldSpan g, boolean[] covered) {
		int k = g.start();
		while (k < g.end()) {
			int cp = text.codePointAt(k);
			if (!isWordChar(cp)) {
				k += Character.charCount(cp);
				continue;
			}
			int start = k;
			boolean any = false;
			while (k < g.end() && isWordChar(text.codePointAt(k))) {
				any |= covered[k];
				k += Character.charCount(text.codePointAt(k));
			}
			if (k > start && !any) {
				return true;
			}
		}
		return false;
	}

	/** Python's {@code \w} in Unicode mode: letters, digits and numerals of any script, and "_". */
	static boolean isWordChar(int cp) {
		if (cp < 0x80) {
			return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9' || cp == '_';
		}
		int type = Character.getType(cp);
		return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
				|| type == Character.OTHER_NUMBER;
	}

	public Scores scores() {
		double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
		double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
		double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
		double strictRecall = goldSpans == 0 ? 0 : (double) strictTp / goldSpans;
		double strictPrecision = strictSystem == 0 ? 0 : (double) strictTp / strictSystem;
		double strictF1 = strictPrecision + strictRecall == 0 ? 0 : 2 * strictPrecision * strictRecall / (strictPrecision + strictRecall);
		Map<String, Double> types = new TreeMap<>();
		perType.forEach((type, counts) -> types.put(type, counts[1] == 0 ? 0 : (double) counts[0] / counts[1]));
		return new Scores(notes, missing, recall, precision, f1, goldSpans == 0 ? 0 : (double) leaks / goldSpans, leaks, goldSpans, strictF1,
				types, List.copyOf(leaked));
	}
}
