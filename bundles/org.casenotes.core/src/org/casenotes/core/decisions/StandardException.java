/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.decisions;

/** A practice standard file that Casenotes refuses to import; the message is one sentence for the user. */
public class StandardException extends Exception {

	private static final long serialVersionUID = 1L;

	public StandardException(String message) {
		super(message);
	}

	public StandardException(String message, Throwable cause) {
		super(message, cause);
	}
}
