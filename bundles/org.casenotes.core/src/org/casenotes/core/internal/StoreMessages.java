/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.internal;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

import org.xml.sax.SAXParseException;

/** Turns I/O and parser failures into a short reason a therapist can act on. */
final class StoreMessages {

	private StoreMessages() {
	}

	static String reason(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof SAXParseException sax) {
				return "it is not a well-formed Casenotes file (line " + sax.getLineNumber() + ", column " + sax.getColumnNumber() + ")";
			}
			if (t instanceof AccessDeniedException) {
				return "permission denied";
			}
			if (t instanceof NoSuchFileException) {
				return "the folder does not exist";
			}
			String message = t.getMessage();
			if (message != null && message.contains("No space left")) {
				return "the disk is full";
			}
			if (t instanceof FileSystemException fs && fs.getReason() != null) {
				return fs.getReason();
			}
		}
		String message = failure.getMessage();
		return message == null || message.isBlank() ? failure.getClass().getSimpleName() : firstLine(message);
	}

	/** The first line, without a closing full stop: the reason is quoted inside a sentence of its own. */
	private static String firstLine(String message) {
		int end = message.indexOf('\n');
		String line = (end < 0 ? message : message.substring(0, end)).strip();
		return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
	}
}
