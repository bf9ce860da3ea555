/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.cli.internal;

import java.util.Arrays;
import java.util.List;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The headless entry point: runs one command and returns its exit code to the launcher. */
public class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		Console console = Console.system();
		int code = new Commands(new OsgiServices()).run(args == null ? List.of() : Arrays.asList(args), console);
		console.flush();
		return Integer.valueOf(code);
	}

	@Override
	public void stop() {
		// commands are short-lived and hold nothing that needs releasing
	}
}
