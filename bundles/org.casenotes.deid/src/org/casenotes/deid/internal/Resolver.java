/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
		List<Candidates.Candidate> all = candidates.all();
		// rank by confidence, then length, then position, as one primitive key per candidate: no comparator
		// objects, no boxing (a long note has thousands of candidates)
		long[] ranked = new long[all.size()];
		int count = 0;
		for (int i = 0; i < all.size(); i++) {
			Candidates.Candidate c = all.get(i);
			if (c.confidence() >= context.minimumConfidence()) {
				long confidence = 10_000 - Math.round(c.confidence() * 10_000);
				long length = Math.max(0, 0xFFFF - Math.min(0xFFFF, c.end() - c.start()));
				ranked[count++] = confidence << 48 | length << 32 | i;
			}
		}
		java.util.Arrays.sort(ranked, 0, count);
		// who owns each character: 1 + the index of the accepted finding, or 0
		int[] owner = new int[doc.text.length()];
		List<Finding> accepted = new ArrayList<>();
		List<Integer> overlapped = new ArrayList<>();
		for (int r = 0; r < count; r++) {
			Candidates.Candidate c = all.get((int) ranked[r]);
			boolean clash = false;
			overlapped.clear();
			int start = c.start();
			int end = c.end();
			Finding merged = null;
			int keep = -1;
			for (int k = c.start(); k < c.end(); k++) {
				if (owner[k] == 0) {
					continue;
				}
				Finding other = accepted.get(owner[k] - 1);
				if (other.type() != c.type()) {
					clash = true;
					break;
				}
				// the same identifier seen by two rules: one finding over both, as sure as the surer
				overlapped.add(owner[k] - 1);
				start = Math.min(start, other.start());
				end = Math.max(end, other.end());
				merged = merged == null || other.confidence() > merged.confidence() ? other : merged;
				if (keep < 0 || other.length() > accepted.get(keep).length()) {
					keep = owner[k] - 1;
				}
				k = other.end() - 1;
			}
			if (clash) {
				// a surer finding of another type holds part of it: what nothing covers is still identifying
				for (int[] piece : uncovered(doc, c.start(), c.end(), owner)) {
					accept(new Finding(piece[0], piece[1], c.type(), c.confidence(), c.recognizer()), accepted, owner);
				}
				continue;
			}
			if (merged == null) {
				accept(new Finding(start, end, c.type(), c.confidence(), c.recognizer()), accepted, owner);
				continue;
			}
			// the union takes the place of the longest finding it swallows, so only the rest is relabelled
			// and a long run of overlapping candidates stays linear
			accepted.set(keep, new Finding(start, end, c.type(), merged.confidence(), merged.recognizer()));
			java.util.Arrays.fill(owner, c.start(), c.end(), keep + 1);
			for (int index : overlapped) {
				if (index != keep) {
					Finding gone = accepted.get(index);
					java.util.Arrays.fill(owner, gone.start(), gone.end(), keep + 1);
					accepted.set(index, null);
				}
			}
		}
		List<Finding> sorted = new ArrayList<>();
		for (Finding f : accepted) {
			if (f != null) {
				sorted.add(f);
			}
		}
		sorted.sort(null);
		List<Finding> findings = joinNames(doc, sorted);
		if (!context.dismissed().isEmpty()) {
			findings.removeIf(f -> context.dismissed().contains(f.text(doc.text).toLowerCase(Locale.ROOT)));
		}
		return findings;
	}

	private static void accept(Finding finding, List<Finding> accepted, int[] owner) {
		accepted.add(finding);
		java.util.Arrays.fill(owner, finding.start(), finding.end(), accepted.size());
	}

	/**
	 * The parts of {@code [start, end)} that no finding owns and that hold letters or digits, trimmed of the
	 * spaces and punctuation at their edges, so the caller can add them without any overlap.
	 */
	private static List<int[]> uncovered(Doc doc, int start, int end, int[] owner) {
		List<int[]> pieces = new ArrayList<>();
		int from = start;
		while (from < end) {
			while (from < end && owner[from] != 0) {
				from++;
			}
			int to = from;
			while (to < end && owner[to] == 0) {
				to++;
			}
			addPiece(doc, from, to, pieces);
			from = to;
		}
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
