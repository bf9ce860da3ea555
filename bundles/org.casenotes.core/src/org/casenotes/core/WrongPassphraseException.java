/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core;

/** The passphrase given does not open this workspace; nothing on disk was read beyond the header or changed. */
public class WrongPassphraseException extends StoreException {

	private static final long serialVersionUID = 1L;

	public WrongPassphraseException(String message) {
		super(message);
	}
}
