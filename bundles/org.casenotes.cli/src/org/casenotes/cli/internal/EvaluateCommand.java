/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
 * {@code score.py}: token recall, precision and F1, leak rate, strict span F1 and recall per type. The notes of
 * all the folders are scored together, as one corpus.
 */
final class EvaluateCommand extends AbstractCommand {

	EvaluateCommand() {
		super("evaluate", "[--json] DIR...", "score the engine on annotated notes (*.note, or *.txt + gold.jsonl)");
	}

	@Override
	public int run(List<String> args, Console console) {
		boolean json = false;
		List<String> sources = new ArrayList<>();
		for (String arg : args) {
			if (arg.equals("--json")) {
				json = true;
			} else if (arg.startsWith("--")) {
				console.error("evaluate: unknown option " + arg);
				return USAGE;
			} else {
				sources.add(arg);
			}
		}
		if (sources.isEmpty()) {
			console.error("evaluate needs one or more folders of annotated notes");
			return USAGE;
		}
		Scorer scorer = new Scorer();
		int failures = 0;
		int notes = 0;
		for (String source : sources) {
			List<AnnotatedNote> annotated = read(source, console);
			if (annotated == null) {
				failures++;
				continue;
			}
			for (AnnotatedNote note : annotated) {
				scorer.add(note, Deidentifier.standard().detect(note.text()));
				notes++;
			}
		}
		if (notes > 0) {
			Scores scores = scorer.scores();
			console.out().print(json ? scores.json() + "\n" : scores.report());
			console.out().flush();
		}
		return failures == 0 ? OK : FAILED;
	}

	/** The annotated notes of a folder (or of one {@code .note} file), or null after saying why there are none. */
	private static List<AnnotatedNote> read(String source, Console console) {
		Path path = Path.of(source);
		try {
			List<AnnotatedNote> notes;
			if (Files.isDirectory(path)) {
				notes = AnnotatedNote.readFolder(path);
			} else if (Files.isRegularFile(path) && source.endsWith(NoteInputs.ANNOTATED)) {
				notes = AnnotatedNote.read(path);
			} else {
				console.error(source + (Files.exists(path) ? ": is neither a folder nor a .note file" : ": does not exist"));
				return null;
			}
			if (notes.isEmpty()) {
				console.error(source + ": holds no annotated notes (*.note files, or *.txt files with a gold.jsonl)");
				return null;
			}
			return notes;
		} catch (NoSuchFileException e) {
			// gold.jsonl names a note whose .txt is missing
			console.error(source + ": " + e.getFile() + " does not exist");
		} catch (CharacterCodingException e) {
			console.error(source + ": a note in it is not valid UTF-8; save it as UTF-8 and try again");
		} catch (IOException | UncheckedIOException e) {
			console.error(source + ": cannot be read (" + e.getMessage() + ")");
		} catch (IllegalArgumentException e) {
			// the parser names the note and what is wrong with its markup, or the type gold.jsonl gives that we do not know
			console.error(source + ": " + NoteInputs.markupError(e));
		} catch (IndexOutOfBoundsException | ClassCastException | NullPointerException e) {
			// a gold.jsonl whose spans do not fit its notes: the figures would be wrong, so there are none
			console.error(source + ": gold.jsonl does not match its .txt files (a span without start and end, or outside its note)");
		}
		return null;
	}
}
