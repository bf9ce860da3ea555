/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.decisions;

/** A practice standard file that cannot be used; the message says why, for the therapist. */
public class StandardException extends Exception {

	private static final long serialVersionUID = 1L;

	public StandardException(String message) {
		super(message);
	}
}
