/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.cli.internal;

import java.io.PrintStream;

/** Where a command writes: results to {@link #out}, messages for the user to {@link #err}. */
public record Console(PrintStream out, PrintStream err) {

	public static Console system() {
		return new Console(System.out, System.err);
	}

	public void error(String message) {
		err.println("casenotes: " + message);
	}
}
