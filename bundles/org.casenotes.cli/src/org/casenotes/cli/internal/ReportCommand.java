/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.cli.internal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.casenotes.core.PracticeStore;
import org.casenotes.core.StoreException;
import org.casenotes.core.decisions.DecisionReports;
import org.casenotes.core.decisions.DecisionReports.Scope;
import org.casenotes.model.Client;
import org.casenotes.model.Practice;

/**
 * {@code casenotes report [--from DATE] [--to DATE] [--client CODE] [--format csv|html] [--with-names] --out FILE}:
 * the consultation log as CSV or printable HTML, pseudonymous unless {@code --with-names} is given.
 */
final class ReportCommand extends AbstractCommand {

	private final OsgiServices services;

	ReportCommand(OsgiServices services) {
		super("report", "[--from YYYY-MM-DD] [--to YYYY-MM-DD] [--client CODE] [--format csv|html] [--with-names] --out FILE",
				"write the consultation log's decisions as CSV or printable HTML (pseudonymous unless --with-names)");
		this.services = services;
	}

	@Override
	public int run(List<String> args, Console console) {
		LocalDate from = null;
		LocalDate to = null;
		String clientCode = null;
		String format = null;
		String out = null;
		boolean names = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--help") || arg.equals("-h")) {
				console.out().println("usage: casenotes " + name() + " " + usage());
				console.out().println("  " + summary());
				console.out().println("  dates are the events' dates, both inclusive; the format defaults to the file's extension, else csv");
				return OK;
			}
			if (arg.equals("--with-names")) {
				names = true;
				continue;
			}
			if (!List.of("--from", "--to", "--client", "--format", "--out").contains(arg)) {
				console.error("report: unknown argument " + arg);
				return USAGE;
			}
			if (i + 1 >= args.size()) {
				console.error("report: " + arg + " needs a value");
				return USAGE;
			}
			String value = args.get(++i);
			try {
				switch (arg) {
				case "--from" -> from = LocalDate.parse(value);
				case "--to" -> to = LocalDate.parse(value);
				case "--client" -> clientCode = value;
				case "--format" -> format = value;
				default -> out = value;
				}
			} catch (DateTimeParseException e) {
				console.error("report: " + arg + " takes a date as YYYY-MM-DD, not " + value);
				return USAGE;
			}
		}
		if (out == null) {
			console.error("report needs --out FILE (see 'casenotes help report')");
			return USAGE;
		}
		if (format == null) {
			format = out.toLowerCase(java.util.Locale.ROOT).endsWith(".html") || out.toLowerCase(java.util.Locale.ROOT).endsWith(".htm") ? "html" : "csv";
		}
		if (!format.equals("csv") && !format.equals("html")) {
			console.error("report: --format is csv or html, not " + format);
			return USAGE;
		}
		if (from != null && to != null && from.isAfter(to)) {
			console.error("report: --from " + from + " is after --to " + to);
			return USAGE;
		}
		PracticeStore store = services.practiceStore(console);
		if (store == null) {
			return FAILED;
		}
		try {
			Practice practice = store.practice();
			Client client = null;
			if (clientCode != null) {
				String code = clientCode;
				client = practice.getClients().stream().filter(c -> code.equalsIgnoreCase(c.getCode())).findFirst().orElse(null);
				if (client == null) {
					console.error("report: no client " + clientCode + " (run 'casenotes list' for the codes)");
					return FAILED;
				}
			}
			Scope scope = new Scope(from, to, client, names);
			int count = DecisionReports.select(practice, scope).size();
			new DecisionReports(store).export(scope, format, Path.of(out));
			console.out().println("wrote " + count + (count == 1 ? " decision" : " decisions") + " (" + scope.describe() + ") to " + out);
			return OK;
		} catch (StoreException e) {
			console.error(e.getMessage());
			return FAILED;
		}
	}
}
