/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid;

import java.util.Objects;

/**
 * One identifier found in a text: the characters {@code [start, end)} as Java String indices (UTF-16 code units,
 * never splitting a surrogate pair), what it identifies, how sure the engine is, and which recognizer found it.
 */
public record Finding(int start, int end, IdentifierType type, double confidence, String recognizer) implements Comparable<Finding> {

	public Finding {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(recognizer, "recognizer");
		if (start < 0 || end <= start) {
			throw new IllegalArgumentException("a finding covers at least one character: [" + start + ", " + end + ")");
		}
		if (confidence < 0 || confidence > 1) {
			throw new IllegalArgumentException("confidence is between 0 and 1: " + confidence);
		}
	}

	public int length() {
		return end - start;
	}

	/** The characters of this finding in the text it was found in. */
	public String text(CharSequence source) {
		return source.subSequence(start, end).toString();
	}

	public boolean overlaps(Finding other) {
		return start < other.end && other.start < end;
	}

	@Override
	public int compareTo(Finding other) {
		return start != other.start ? Integer.compare(start, other.start) : Integer.compare(end, other.end);
	}
}
