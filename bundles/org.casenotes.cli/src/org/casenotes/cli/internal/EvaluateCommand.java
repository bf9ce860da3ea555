/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.casenotes.deid.Deidentifier;
import org.casenotes.deid.eval.AnnotatedNote;
import org.casenotes.deid.eval.Scorer;
import org.casenotes.deid.eval.Scores;

/**
 * {@code casenotes evaluate [--json] DIR...}: runs the engine on annotated notes ({@code *.note} in the
 * {@code [[TYPE:text]]} markup, or {@code *.txt} with a {@code gold.jsonl}) and prints the figures of
 * {@code score.py}: token recall, precision and F1, leak rate, strict span F1 and recall per type.
 */
final class EvaluateCommand extends AbstractCommand {

	EvaluateCommand() {
		super("evaluate", "[--json] DIR...", "score the engine on annotated notes (*.note, or *.txt + gold.jsonl)");
	}

	@Override
	public int run(List<String> args, Console console) {
		boolean json = args.contains("--json");
		List<String> dirs = new ArrayList<>(args);
		dirs.remove("--json");
		if (dirs.isEmpty() || dirs.stream().anyMatch(d -> d.startsWith("--"))) {
			console.error("evaluate needs one or more folders of annotated notes");
			return USAGE;
		}
		Scorer scorer = new Scorer();
		int failures = 0;
		int notes = 0;
		for (String dir : dirs) {
			Path folder = Path.of(dir);
			if (!Files.isDirectory(folder)) {
				console.error(dir + ": is not a folder");
				failures++;
				continue;
			}
			List<AnnotatedNote> annotated;
			try {
				annotated = AnnotatedNote.readFolder(folder);
			} catch (IOException | UncheckedIOException e) {
				console.error(dir + ": cannot be read (" + e.getMessage() + ")");
				failures++;
				continue;
			} catch (IllegalArgumentException e) {
				// the parser names the note and what is wrong with its markup
				console.error(dir + ": " + e.getMessage());
				failures++;
				continue;
			}
			if (annotated.isEmpty()) {
				console.error(dir + ": holds no annotated notes");
				failures++;
			}
			for (AnnotatedNote note : annotated) {
				scorer.add(note, Deidentifier.standard().detect(note.text()));
				notes++;
			}
		}
		if (notes > 0) {
			Scores scores = scorer.scores();
			console.out().print(json ? scores.json() + "\n" : scores.report());
		}
		return failures == 0 ? OK : FAILED;
	}
}
