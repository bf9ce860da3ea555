/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.share;

/** A packet that cannot be imported: its message is one sentence for the user, and nothing was written. */
public class PacketException extends Exception {

	private static final long serialVersionUID = 1L;

	public PacketException(String message) {
		super(message);
	}

	public PacketException(String message, Throwable cause) {
		super(message, cause);
	}
}
