/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.cli.internal;

import java.util.List;

/** One headless command: {@code casenotes NAME ARGS...}. */
public interface Command {

	/** Success. */
	int OK = 0;
	/** The command ran but failed, or failed for some of its inputs. */
	int FAILED = 1;
	/** The command line itself was wrong. */
	int USAGE = 2;

	String name();

	/** The arguments, as shown by {@code casenotes help}, e.g. {@code "[--json] FILE|DIR..."}. */
	String usage();

	String summary();

	int run(List<String> args, Console console);
}
