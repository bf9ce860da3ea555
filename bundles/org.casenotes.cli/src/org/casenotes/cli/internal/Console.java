/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.cli.internal;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Where a command writes: results to {@link #out}, messages for the user to {@link #err}. */
public record Console(PrintStream out, PrintStream err) {

	/**
	 * The process's standard streams, in UTF-8 whatever the locale: notes are UTF-8, and under a POSIX locale
	 * {@code System.out} would print "Renée" as "Ren?e" in a de-identified note or a span's text.
	 */
	public static Console system() {
		return new Console(utf8(FileDescriptor.out), utf8(FileDescriptor.err));
	}

	private static PrintStream utf8(FileDescriptor descriptor) {
		return new PrintStream(new BufferedOutputStream(new FileOutputStream(descriptor), 1 << 16), true, StandardCharsets.UTF_8);
	}

	public void error(String message) {
		err.println("casenotes: " + message);
	}

	/** Before the process exits: what a command printed without a line end must not be lost. */
	public void flush() {
		out.flush();
		err.flush();
	}
}
