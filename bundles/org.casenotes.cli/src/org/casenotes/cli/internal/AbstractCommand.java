/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.cli.internal;

/** A command's name and help text, fixed at construction. */
public abstract class AbstractCommand implements Command {

	private final String name;
	private final String usage;
	private final String summary;

	protected AbstractCommand(String name, String usage, String summary) {
		this.name = name;
		this.usage = usage;
		this.summary = summary;
	}

	@Override
	public final String name() {
		return name;
	}

	@Override
	public final String usage() {
		return usage;
	}

	@Override
	public final String summary() {
		return summary;
	}
}
