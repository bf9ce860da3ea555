/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.internal.crypto;

import java.io.IOException;

/**
 * A workspace file that cannot be opened: damaged, changed outside Casenotes, not a Casenotes file, or the
 * workspace is still locked. The message is a whole sentence for the therapist; it never quotes the content.
 */
public class SealedFileException extends IOException {

	private static final long serialVersionUID = 1L;

	public SealedFileException(String message) {
		super(message);
	}

	public SealedFileException(String message, Throwable cause) {
		super(message, cause);
	}
}
