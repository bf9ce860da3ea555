/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes several files of the store as one step, all or none: a new case file and the practice that lists it,
 * a decision and the note it is linked to. Each new version is first written complete beside its file
 * ({@code NAME.pending}) and the replaced version kept as a backup; then the journal {@value #FILE_NAME} naming
 * them is written atomically, which is the commit point; then each is renamed over its file and the journal
 * removed. After a crash, {@link #recover()} finishes a committed step or drops an uncommitted one, so the files
 * always agree with each other. A step of one file needs no journal: its atomic rename is all or none already.
 */
final class SaveJournal {

	static final String FILE_NAME = "save.journal";
	static final String PENDING = ".pending";
	private static final String WRITE = "write ";
	private static final String REMOVE = "remove ";
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd 'at' HH:mm");

	/** One resource to write ({@code bytes} as stored) or, with null bytes, to remove. */
	record Change(String name, byte[] bytes) {
	}

	private final Path workspace;

	SaveJournal(Path workspace) {
		this.workspace = workspace;
	}

	void commit(List<Change> changes) throws IOException {
		if (changes.isEmpty()) {
			return;
		}
		if (changes.size() == 1 && changes.get(0).bytes() != null) {
			Change only = changes.get(0);
			Backups.of(workspace, only.name()).keepCurrent();
			AtomicFiles.write(workspace.resolve(only.name()), only.bytes());
			return;
		}
		List<String> steps = new ArrayList<>();
		for (Change change : changes) {
			Backups.of(workspace, change.name()).keepCurrent();
			if (change.bytes() != null) {
				AtomicFiles.write(pending(change.name()), change.bytes());
				steps.add(WRITE + change.name());
			} else {
				steps.add(REMOVE + change.name());
			}
		}
		AtomicFiles.write(journal(), (String.join("\n", steps) + "\n").getBytes(StandardCharsets.UTF_8));
		apply(steps);
	}

	/**
	 * Settles a step a crash interrupted and removes the temporary files of writes that never finished. Runs at
	 * start, under the workspace lock (a live writer's temporary file is not a left-over).
	 *
	 * @return what the user must be told when changes were lost, else null
	 */
	String recover() throws IOException {
		if (Files.exists(journal())) {
			List<String> steps = new ArrayList<>();
			for (String line : Files.readAllLines(journal(), StandardCharsets.UTF_8)) {
				if (line.isBlank()) {
					continue;
				}
				String name = line.startsWith(WRITE) ? line.substring(WRITE.length()) : line.startsWith(REMOVE) ? line.substring(REMOVE.length()) : "";
				if (!StoreLayout.isResource(name)) {
					throw new IOException("the save journal " + FILE_NAME + " names something that is not a file of the store");
				}
				steps.add(line);
			}
			apply(steps); // committed: finish it, nothing is lost
			leftOvers().forEach(SaveJournal::delete);
			return null;
		}
		List<Path> leftOvers = leftOvers();
		if (leftOvers.isEmpty()) {
			return null;
		}
		FileTime last = FileTime.fromMillis(0);
		for (Path leftOver : leftOvers) {
			FileTime modified = Files.getLastModifiedTime(leftOver);
			last = modified.compareTo(last) > 0 ? modified : last;
			delete(leftOver);
		}
		return "Casenotes was stopped while saving the practice on "
				+ LocalDateTime.ofInstant(last.toInstant(), ZoneId.systemDefault()).format(WHEN)
				+ ". It is opened as it was last saved completely; the changes of that interrupted save are not in it."
				+ " Please check your most recent notes.";
	}

	private void apply(List<String> steps) throws IOException {
		Set<Path> folders = new LinkedHashSet<>();
		for (String step : steps) {
			if (step.startsWith(WRITE)) {
				String name = step.substring(WRITE.length());
				if (Files.exists(pending(name))) { // after a crash in this loop, some are already in place
					move(pending(name), workspace.resolve(name));
				}
				folders.add(workspace.resolve(name).getParent());
			} else {
				String name = step.substring(REMOVE.length());
				Files.deleteIfExists(workspace.resolve(name));
				folders.add(workspace.resolve(name).getParent());
			}
		}
		folders.forEach(AtomicFiles::syncDirectory);
		Files.deleteIfExists(journal());
		AtomicFiles.syncDirectory(workspace);
	}

	/**
	 * Files of writes that never finished: versions that were never committed ({@code *.pending}) and the
	 * temporary files of atomic writes ({@code .NAME…tmp}), in the store's folders and its backups.
	 */
	private List<Path> leftOvers() throws IOException {
		List<Path> found = new ArrayList<>();
		for (String folder : List.of("", StoreLayout.CASE_FILES, StoreLayout.IDENTITY_SHEETS, Backups.FOLDER)) {
			Path dir = workspace.resolve(folder);
			if (!Files.isDirectory(dir)) {
				continue;
			}
			try (Stream<Path> files = folder.equals(Backups.FOLDER) ? Files.walk(dir) : Files.list(dir)) {
				files.filter(Files::isRegularFile).filter(f -> {
					String n = f.getFileName().toString();
					return n.endsWith(PENDING) || n.startsWith(".") && n.endsWith(".tmp");
				}).forEach(found::add);
			}
		}
		return found;
	}

	private Path pending(String name) {
		return workspace.resolve(name + PENDING);
	}

	private Path journal() {
		return workspace.resolve(FILE_NAME);
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void delete(Path leftOver) {
		try {
			Files.deleteIfExists(leftOver);
		} catch (IOException e) {
			// harmless: it is recognised, and tried again, at the next start
		}
	}
}
