/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.casenotes.deid.DetectionContext;
import org.casenotes.deid.Finding;
import org.casenotes.deid.IdentifierType;

/**
 * Turns overlapping candidates into findings that never overlap: the most confident candidate wins where two
 * disagree, candidates of the same type that overlap are merged, a given name and a surname found by
 * different rules become one name, and texts the therapist dismissed are dropped.
 */
final class Resolver {

	private Resolver() {
	}

	static List<Finding> resolve(Candidates candidates, DetectionContext context) {
		Doc doc = candidates.doc();
		List<Candidates.Candidate> ranked = new ArrayList<>();
		for (Candidates.Candidate c : candidates.all()) {
			if (c.confidence() >= context.minimumConfidence()) {
				ranked.add(c);
			}
		}
		ranked.sort(Comparator.comparingDouble(Candidates.Candidate::confidence).reversed()
				.thenComparing(Comparator.comparingInt((Candidates.Candidate c) -> c.end() - c.start()).reversed())
				.thenComparingInt(Candidates.Candidate::start));
		TreeMap<Integer, Finding> accepted = new TreeMap<>();
		for (Candidates.Candidate c : ranked) {
			Integer from = accepted.floorKey(c.start());
			Map<Integer, Finding> overlapping = accepted.subMap(from == null ? c.start() : from, true, c.end() - 1, true);
			boolean clash = false;
			int start = c.start();
			int end = c.end();
			Finding merged = null;
			for (Finding other : overlapping.values()) {
				if (other.end() <= c.start()) {
					continue;
				}
				if (other.type() != c.type()) {
					clash = true;
					break;
				}
				// the same identifier seen by two rules: one finding over both, as sure as the surer
				start = Math.min(start, other.start());
				end = Math.max(end, other.end());
				merged = merged == null || other.confidence() > merged.confidence() ? other : merged;
			}
			if (clash) {
				// a surer finding of another type holds part of it: what nothing covers is still identifying
				for (int[] piece : uncovered(doc, c.start(), c.end(), overlapping)) {
					accepted.put(piece[0], new Finding(piece[0], piece[1], c.type(), c.confidence(), c.recognizer()));
				}
				continue;
			}
			overlapping.values().removeIf(other -> other.end() > c.start());
			accepted.put(start, merged == null ? new Finding(start, end, c.type(), c.confidence(), c.recognizer())
					: new Finding(start, end, c.type(), merged.confidence(), merged.recognizer()));
		}
		List<Finding> findings = joinNames(doc, new ArrayList<>(accepted.values()));
		if (!context.dismissed().isEmpty()) {
			findings.removeIf(f -> context.dismissed().contains(f.text(doc.text).toLowerCase(Locale.ROOT)));
		}
		return findings;
	}

	/**
	 * The parts of {@code [start, end)} outside the given findings that hold letters or digits, trimmed of the
	 * spaces and punctuation at their edges. Only pieces that no finding touches at all are returned, so the
	 * caller can add them without any overlap.
	 */
	private static List<int[]> uncovered(Doc doc, int start, int end, Map<Integer, Finding> findings) {
		List<int[]> pieces = new ArrayList<>();
		int from = start;
		List<Finding> sorted = new ArrayList<>(findings.values());
		sorted.sort(Comparator.comparingInt(Finding::start));
		for (Finding f : sorted) {
			if (f.end() <= start || f.start() >= end) {
				continue;
			}
			addPiece(doc, from, Math.min(f.start(), end), pieces);
			from = Math.max(from, f.end());
		}
		addPiece(doc, from, end, pieces);
		return pieces;
	}

	private static void addPiece(Doc doc, int from, int to, List<int[]> pieces) {
		while (from < to && !Character.isLetterOrDigit(doc.text.charAt(from))) {
			from++;
		}
		while (to > from && !Character.isLetterOrDigit(doc.text.charAt(to - 1))) {
			to--;
		}
		if (to > from) {
			pieces.add(new int[] { from, to });
		}
	}

	/** "Dana" and "Whitcombe" found apart, or "Harrington" "-" "Ruiz": one name. */
	private static List<Finding> joinNames(Doc doc, List<Finding> sorted) {
		List<Finding> joined = new ArrayList<>(sorted.size());
		for (Finding f : sorted) {
			if (!joined.isEmpty()) {
				Finding previous = joined.get(joined.size() - 1);
				if (previous.type() == IdentifierType.NAME && f.type() == IdentifierType.NAME && separatedBySpaceOrHyphen(doc, previous.end(), f.start())) {
					joined.set(joined.size() - 1, new Finding(previous.start(), f.end(), IdentifierType.NAME,
							Math.max(previous.confidence(), f.confidence()), previous.recognizer()));
					continue;
				}
			}
			joined.add(f);
		}
		return joined;
	}

	private static boolean separatedBySpaceOrHyphen(Doc doc, int end, int start) {
		int gap = start - end;
		if (gap == 1) {
			char c = doc.text.charAt(end);
			return c == ' ' || c == '-';
		}
		return false;
	}
}
