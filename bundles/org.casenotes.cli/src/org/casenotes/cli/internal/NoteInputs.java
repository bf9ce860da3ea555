/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.cli.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.casenotes.deid.eval.AnnotatedNote;

/**
 * The notes a command was given, read strictly: a file, or a folder of {@code *.txt} and {@code *.note} files,
 * each valid UTF-8 text under a size limit. A {@code .note} file is read as its plain text, the
 * {@code [[TYPE:text]]} markup removed. What cannot be read is reported in one line naming the file and why;
 * the other files are still read. Note text never appears in a message.
 */
final class NoteInputs {

	/** Larger files are refused before they are read: a note is a few kilobytes, a 100 MB "note" a mistake. */
	static final long LIMIT = 100L * 1024 * 1024;

	static final String TEXT = ".txt";
	static final String ANNOTATED = ".note";

	/** One readable note: its id (the file name without {@code .txt}, or the id of a note in a {@code .note} file) and its text. */
	record Input(String id, Path path, String text) {
	}

	private final Console console;
	private int failures;

	NoteInputs(Console console) {
		this.console = console;
	}

	/** How many of the arguments (or files in them) could not be read. */
	int failures() {
		return failures;
	}

	/** The files an argument names: itself, or a folder's {@code *.txt} and {@code *.note} files in name order. */
	List<Path> files(String argument) {
		Path path = Path.of(argument);
		if (!Files.isDirectory(path)) {
			return List.of(path);
		}
		List<Path> found = new ArrayList<>();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
			for (Path entry : entries) {
				String name = entry.getFileName().toString();
				if ((name.endsWith(TEXT) || name.endsWith(ANNOTATED)) && Files.isRegularFile(entry)) {
					found.add(entry);
				}
			}
		} catch (IOException e) {
			fail(path, "cannot list the folder (" + reason(e) + ")");
			return List.of();
		}
		if (found.isEmpty()) {
			fail(path, "the folder has no " + TEXT + " (or " + ANNOTATED + ") files");
		}
		found.sort(null);
		return found;
	}

	/** The notes of a file (a {@code .note} file may hold several), or none after reporting why it cannot be used. */
	List<Input> read(Path file) {
		String text = text(file);
		if (text == null) {
			return List.of();
		}
		String name = file.getFileName().toString();
		if (!name.endsWith(ANNOTATED)) {
			return List.of(new Input(name.endsWith(TEXT) ? name.substring(0, name.length() - TEXT.length()) : name, file, text));
		}
		List<AnnotatedNote> notes;
		try {
			notes = AnnotatedNote.split(name.substring(0, name.length() - ANNOTATED.length()), text);
		} catch (IllegalArgumentException e) {
			fail(file, "has malformed markup: " + markupError(e));
			return List.of();
		}
		if (notes.isEmpty()) {
			fail(file, "holds no note");
			return List.of();
		}
		List<Input> inputs = new ArrayList<>(notes.size());
		for (AnnotatedNote note : notes) {
			inputs.add(new Input(note.id(), file, note.text()));
		}
		return inputs;
	}

	/**
	 * The parser's message without the markup it quotes: that is note text ("[[NAME:Dana]]"), and messages
	 * never carry note text.
	 */
	static String markupError(IllegalArgumentException e) {
		String message = String.valueOf(e.getMessage());
		int quote = message.indexOf(" in [[");
		return quote < 0 ? message : message.substring(0, quote);
	}

	/**
	 * The file's text exactly as decoded, a byte-order mark included: offsets must index the same string that
	 * {@code score.py} reads, or every span of the file would be off by one.
	 */
	private String text(Path file) {
		try {
			// before reading: a file too large to hold must not take the heap down with it
			long size = Files.size(file);
			if (size >= LIMIT) {
				fail(file, "is " + size / (1024 * 1024) + " MB; notes of " + LIMIT / (1024 * 1024) + " MB or more are refused");
				return null;
			}
			byte[] bytes = Files.readAllBytes(file);
			if (bytes.length == 0) {
				fail(file, "is empty");
				return null;
			}
			// NUL is valid UTF-8 but never in text: a PDF, a .docx or an image would otherwise be "de-identified"
			for (byte b : bytes) {
				if (b == 0) {
					fail(file, "is not text (it holds binary data); save the note as plain UTF-8 text");
					return null;
				}
			}
			return decode(file, bytes);
		} catch (NoSuchFileException e) {
			fail(file, "does not exist");
		} catch (AccessDeniedException e) {
			fail(file, "cannot be read (permission denied)");
		} catch (IOException | OutOfMemoryError e) {
			fail(file, "cannot be read (" + reason(e) + ")");
		}
		return null;
	}

	private String decode(Path file, byte[] bytes) {
		// REPORT, not the default REPLACE: a Latin-1 "café" would silently become "caf\uFFFD" and shift nothing
		// visible, but a name with a replaced letter is no longer found
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		try {
			return decoder.decode(in).toString();
		} catch (CharacterCodingException e) {
			// the decoder stops at the first bad sequence, so the buffer's position is its offset
			fail(file, "is not valid UTF-8 (at byte " + in.position() + "); save it as UTF-8 and try again");
		}
		return null;
	}

	void fail(Path file, String why) {
		failures++;
		console.error(file + ": " + why);
	}

	private static String reason(Throwable e) {
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}
}
