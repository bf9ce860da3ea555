/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The command table and the dispatch from a command line to one command. */
public class Commands {

	private final Map<String, Command> commands = new LinkedHashMap<>();
	private final OsgiServices services;

	public Commands(OsgiServices services) {
		this.services = services;
		add(new HelpCommand(this));
		add(new VersionCommand());
		add(new ListCommand(services));
		add(new DemoCommand(services));
		add(new ShareCommand(services));
		add(new ImportCommand(services));
		add(new ReportCommand(services));
		add(new StandardCommand(services));
		add(new VerifyCommand(services));
		add(new PassphraseCommand(services));
		add(new DeidCommand());
		add(new EvaluateCommand());
		add(new BenchCommand());
		add(new StoreBenchCommand());
	}

	private void add(Command command) {
		commands.put(command.name(), command);
	}

	public List<Command> all() {
		return new ArrayList<>(commands.values());
	}

	public Command find(String name) {
		return commands.get(name);
	}

	public int run(List<String> commandLine, Console console) {
		// --passphrase-file FILE may stand anywhere: it is for the store, not for one command
		List<String> args = new ArrayList<>(commandLine);
		for (int i = 0; i < args.size(); i++) {
			if (args.get(i).equals("--passphrase-file")) {
				if (i + 1 >= args.size()) {
					console.error("--passphrase-file needs a FILE");
					return Command.USAGE;
				}
				services.passphraseFile(Path.of(args.get(i + 1)));
				args.subList(i, i + 2).clear();
				i--;
			}
		}
		if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h")) {
			return find("help").run(List.of(), console);
		}
		if (args.get(0).equals("--version")) {
			return find("version").run(List.of(), console);
		}
		Command command = find(args.get(0));
		if (command == null) {
			console.error("unknown command '" + args.get(0) + "'. Run 'casenotes help' for the list of commands.");
			return Command.USAGE;
		}
		try {
			return command.run(args.subList(1, args.size()), console);
		} catch (RuntimeException e) {
			// never a stack trace for the user; the type and message are enough to report the bug
			console.error(command.name() + " failed unexpectedly: " + e.getClass().getSimpleName()
					+ (e.getMessage() == null ? "" : ": " + e.getMessage()));
			return Command.FAILED;
		}
	}
}
