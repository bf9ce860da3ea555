/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.casenotes.deid.Deidentifier;
import org.casenotes.deid.Finding;
import org.casenotes.deid.PseudonymMap;
import org.casenotes.deid.ReplacementPolicy;
import org.casenotes.deid.eval.Json;

/**
 * {@code casenotes deid [--json] FILE|DIR...}: the identifiers of notes, as one JSON line per note (the format
 * {@code score.py} reads, offsets in Java String indices), or the de-identified text. A {@code .note} file is
 * de-identified as its plain text, its markup removed, so an annotated corpus can be checked by eye. The files
 * of one call are treated as one case: a person is the same placeholder in all of them.
 */
final class DeidCommand extends AbstractCommand {

	DeidCommand() {
		super("deid", "[--json] FILE|DIR...", "de-identify notes (DIR: its *.txt and *.note files); --json: the spans found");
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
		// one map for the whole call: the files of one call are one case, so a person keeps one placeholder
		PseudonymMap map = PseudonymMap.create();
		ReplacementPolicy policy = ReplacementPolicy.standard();
		boolean headers = !json && (paths.size() > 1 || Files.isDirectory(Path.of(paths.get(0))));
		for (String path : paths) {
			for (Path file : inputs.files(path)) {
				List<NoteInputs.Input> notes = inputs.read(file);
				for (NoteInputs.Input input : notes) {
					if (json) {
						console.out().println(spans(input, Deidentifier.standard().detect(input.text())));
						continue;
					}
					if (headers || notes.size() > 1) {
						// which note follows: the file's id, never anything taken from the note itself
						console.out().println("==> " + input.id() + " <==");
					}
					String text = Deidentifier.standard().deidentify(input.text(), null, policy, map).text();
					console.out().print(text.endsWith("\n") ? text : text + "\n");
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
					.append(", \"confidence\": ").append(String.format(Locale.ROOT, "%.2f", f.confidence())).append('}');
		}
		return line.append("]}").toString();
	}
}
