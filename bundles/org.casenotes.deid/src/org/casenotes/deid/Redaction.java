/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid;

import java.util.List;

/**
 * A de-identified text and where its replacements are, in that text's own indices (so a view can mark them).
 * It holds no original identifier: what a replacement stood for stays in the {@link PseudonymMap}.
 */
public record Redaction(String text, List<Replacement> replacements) {

	/** Characters {@code [start, end)} of the de-identified text replace an identifier of this type. */
	public record Replacement(int start, int end, IdentifierType type) {
	}

	public Redaction {
		replacements = List.copyOf(replacements);
	}
}
