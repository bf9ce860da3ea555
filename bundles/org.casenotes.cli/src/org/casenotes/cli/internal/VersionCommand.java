/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.cli.internal;

import java.util.List;

import org.osgi.framework.FrameworkUtil;

final class VersionCommand extends AbstractCommand {

	VersionCommand() {
		super("version", "", "print the version of Casenotes");
	}

	@Override
	public int run(List<String> args, Console console) {
		console.out().println("Casenotes " + FrameworkUtil.getBundle(VersionCommand.class).getVersion());
		return OK;
	}
}
