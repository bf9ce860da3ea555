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
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnmappableCharacterException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The text files a command was given, read strictly: a file or a folder of {@code *.txt} files, each valid
 * UTF-8 text under a size limit. What cannot be read is reported in one line naming the file and why; the
 * other files are still read. Note text never appears in a message.
 */
final class NoteInputs {

	/** Larger files are refused before they are read: a note is a few kilobytes, a 100 MB "note" a mistake. */
	static final long LIMIT = 100L * 1024 * 1024;

	/** One readable input: its id (the file name without {@code .txt}) and its text. */
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

	/** The files an argument names: itself, or a folder's files ending in one of {@code extensions}. */
	List<Path> files(String argument, String... extensions) {
		Path path = Path.of(argument);
		if (!Files.isDirectory(path)) {
			return List.of(path);
		}
		List<Path> found = new ArrayList<>();
		try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
			for (Path entry : entries) {
				for (String extension : extensions) {
					if (entry.getFileName().toString().endsWith(extension) && Files.isRegularFile(entry)) {
						found.add(entry);
					}
				}
			}
		} catch (IOException e) {
			fail(path, "cannot list the folder (" + reason(e) + ")");
			return List.of();
		}
		if (found.isEmpty()) {
			fail(path, "the folder has no " + String.join(" or ", extensions) + " files");
		}
		found.sort(null);
		return found;
	}

	/** The file's text, or null after reporting why it cannot be used. */
	Input read(Path file) {
		try {
			long size = Files.size(file);
			if (size >= LIMIT) {
				fail(file, "is " + size / (1024 * 1024) + " MB; notes over " + LIMIT / (1024 * 1024) + " MB are refused");
				return null;
			}
			byte[] bytes = Files.readAllBytes(file);
			if (bytes.length == 0) {
				fail(file, "is empty");
				return null;
			}
			for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
				if (bytes[i] == 0) {
					fail(file, "is not text (it holds binary data)");
					return null;
				}
			}
			String text = decode(file, bytes);
			if (text == null) {
				return null;
			}
			if (text.startsWith("\uFEFF")) {
				// a byte-order mark is not part of the note; offsets count from the first real character
				text = text.substring(1);
			}
			String name = file.getFileName().toString();
			return new Input(name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name, file, text);
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
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		try {
			return decoder.decode(in).toString();
		} catch (MalformedInputException | UnmappableCharacterException e) {
			fail(file, "is not valid UTF-8 (at byte " + in.position() + "); save it as UTF-8 and try again");
		} catch (CharacterCodingException e) {
			fail(file, "is not valid UTF-8; save it as UTF-8 and try again");
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
