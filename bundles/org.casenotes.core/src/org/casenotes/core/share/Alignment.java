/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.share;

import java.util.ArrayList;
import java.util.List;

import org.casenotes.deid.Finding;
import org.casenotes.deid.Redaction;

/**
 * How a section's shared text lines up with its original: the replaced spans, as
 * "originalStart,originalEnd,sharedStart,sharedEnd" joined by ';'. Between two replacements both texts are the
 * same, so any passage of the shared text maps back; a passage that cuts into a replacement grows to the whole
 * original it replaced ("[Sister-1]" maps to "Anna Berg").
 */
public final class Alignment {

	private final int[][] spans;

	private Alignment(int[][] spans) {
		this.spans = spans;
	}

	/** The alignment of a redaction made from {@code findings} (one replacement per finding, in order). */
	public static Alignment of(List<Finding> findings, Redaction shared) {
		if (findings.size() != shared.replacements().size()) {
			throw new IllegalArgumentException("a redaction has one replacement per finding");
		}
		int[][] spans = new int[findings.size()][];
		for (int k = 0; k < spans.length; k++) {
			Redaction.Replacement r = shared.replacements().get(k);
			spans[k] = new int[] { findings.get(k).start(), findings.get(k).end(), r.start(), r.end() };
		}
		return new Alignment(spans);
	}

	/** Reads what {@link #toString()} wrote; anything else is an {@link IllegalArgumentException}. */
	public static Alignment parse(String text) {
		List<int[]> spans = new ArrayList<>();
		if (text != null && !text.isBlank()) {
			int[] last = { 0, 0, 0, 0 };
			for (String part : text.split(";")) {
				String[] n = part.split(",");
				if (n.length != 4) {
					throw new IllegalArgumentException("not an alignment");
				}
				int[] span = new int[4];
				for (int k = 0; k < 4; k++) {
					span[k] = Integer.parseInt(n[k].strip());
				}
				if (span[0] < last[1] || span[1] < span[0] || span[2] < last[3] || span[3] < span[2]
						|| span[0] - last[1] != span[2] - last[3]) {
					throw new IllegalArgumentException("not an alignment");
				}
				spans.add(span);
				last = span;
			}
		}
		return new Alignment(spans.toArray(int[][]::new));
	}

	/** The position in the original of shared position {@code p} as a passage's start. */
	public int originalStart(int p) {
		int delta = 0;
		for (int[] s : spans) {
			if (p < s[2]) {
				break;
			}
			if (p < s[3]) {
				return s[0];
			}
			delta = s[1] - s[3];
		}
		return p + delta;
	}

	/** The position in the original of shared position {@code p} as a passage's end. */
	public int originalEnd(int p) {
		int delta = 0;
		for (int[] s : spans) {
			if (p <= s[2]) {
				break;
			}
			if (p <= s[3]) {
				return s[1];
			}
			delta = s[1] - s[3];
		}
		return p + delta;
	}

	/** The length of the shared text made from an original of {@code originalLength}. */
	public int sharedLength(int originalLength) {
		int length = originalLength;
		for (int[] s : spans) {
			length += (s[3] - s[2]) - (s[1] - s[0]);
		}
		return length;
	}

	@Override
	public String toString() {
		StringBuilder out = new StringBuilder();
		for (int[] s : spans) {
			out.append(out.isEmpty() ? "" : ";").append(s[0]).append(',').append(s[1]).append(',').append(s[2]).append(',').append(s[3]);
		}
		return out.toString();
	}
}
