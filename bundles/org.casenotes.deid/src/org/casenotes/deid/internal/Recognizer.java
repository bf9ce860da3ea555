/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.internal;

/** One way of finding identifiers: reads the tokens, proposes candidates. Stateless and thread-safe. */
public interface Recognizer {

	/** The recognizer's name, as findings report it. */
	String name();

	void recognize(Doc doc, KnownIdentifiers known, Candidates out);
}
