/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.cli.internal;

import java.util.List;

final class HelpCommand extends AbstractCommand {

	private final Commands commands;

	HelpCommand(Commands commands) {
		super("help", "[COMMAND]", "list the commands, or show how to use one");
		this.commands = commands;
	}

	@Override
	public int run(List<String> args, Console console) {
		if (!args.isEmpty()) {
			Command command = commands.find(args.get(0));
			if (command == null) {
				console.error("unknown command '" + args.get(0) + "'");
				return USAGE;
			}
			console.out().println("usage: casenotes " + command.name() + " " + command.usage());
			console.out().println("  " + command.summary());
			return OK;
		}
		console.out().println("""
				usage: casenotes [-data WORKSPACE] [COMMAND [ARGS...]]

				Without a command, Casenotes opens its window (add --demo to fill an empty workspace
				with synthetic demo clients). The workspace is ~/Casenotes unless -data or the
				CASENOTES_WORKSPACE environment variable names another folder. An encrypted workspace
				needs its passphrase: --passphrase-file FILE (its first line) or the
				CASENOTES_PASSPHRASE environment variable.

				Commands:""");
		for (Command command : commands.all()) {
			console.out().printf("  %-10s %-26s %s%n", command.name(), command.usage(), command.summary());
		}
		return OK;
	}
}
