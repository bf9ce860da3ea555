/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core;

/**
 * A store operation that failed. The message is written for the therapist: it says what failed, where, and
 * that nothing was lost; it never quotes note text.
 */
public class StoreException extends Exception {

	private static final long serialVersionUID = 1L;

	public StoreException(String message) {
		super(message);
	}

	public StoreException(String message, Throwable cause) {
		super(message, cause);
	}
}
