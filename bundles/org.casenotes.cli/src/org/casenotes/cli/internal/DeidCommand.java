/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.casenotes.deid.Deidentifier;
import org.casenotes.deid.Finding;
import org.casenotes.deid.PseudonymMap;
import org.casenotes.deid.Redactor;
import org.casenotes.deid.ReplacementPolicy;
import org.casenotes.deid.eval.Json;

/**
 * {@code casenotes deid [--json] FILE|DIR...}: the identifiers of text files, as one JSON line per file (the
 * format {@code score.py} reads), or the de-identified text. The files of one call are treated as one case:
 * a person is the same placeholder in all of them.
 */
final class DeidCommand extends AbstractCommand {

	DeidCommand() {
		super("deid", "[--json] FILE|DIR...", "de-identify text files (DIR: its *.txt files); --json: the spans found");
	}

	@Override
	public int run(List<String> args, Console console) {
		boolean json = false;
		List<String> paths = new ArrayList<>();
		for (String arg : args) {
			if (arg.equals("--json")) {
				json = true;
			} else if (arg.startsWith("--")) {
				console.error("deid: unknown option " + arg);
				return USAGE;
			} else {
				paths.add(arg);
			}
		}
		if (paths.isEmpty()) {
			console.error("deid needs a file or a folder of .txt files");
			return USAGE;
		}
		NoteInputs inputs = new NoteInputs(console);
		PseudonymMap map = PseudonymMap.create();
		ReplacementPolicy policy = ReplacementPolicy.standard();
		for (String path : paths) {
			for (java.nio.file.Path file : inputs.files(path, ".txt")) {
				NoteInputs.Input input = inputs.read(file);
				if (input == null) {
					continue;
				}
				List<Finding> findings = Deidentifier.standard().detect(input.text());
				if (json) {
					console.out().println(spans(input, findings));
				} else {
					if (paths.size() > 1 || !file.toString().equals(path)) {
						console.out().println("==> " + input.id() + " <==");
					}
					console.out().println(Redactor.apply(input.text(), findings, policy, map, null).text());
				}
			}
		}
		console.out().flush();
		return inputs.failures() == 0 ? OK : FAILED;
	}

	static String spans(NoteInputs.Input input, List<Finding> findings) {
		StringBuilder line = new StringBuilder("{\"id\": ").append(Json.quote(input.id())).append(", \"spans\": [");
		for (int k = 0; k < findings.size(); k++) {
			Finding f = findings.get(k);
			line.append(k == 0 ? "" : ", ").append("{\"start\": ").append(f.start()).append(", \"end\": ").append(f.end())
					.append(", \"type\": \"").append(f.type()).append("\", \"text\": ").append(Json.quote(f.text(input.text())))
					.append(", \"confidence\": ").append(String.format(java.util.Locale.ROOT, "%.2f", f.confidence())).append('}');
		}
		return line.append("]}").toString();
	}
}
