/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The last {@value #KEEP} saved versions of a file, in {@value #FOLDER}/{@code NAME.1} (the newest) to
 * {@code NAME.}{@value #KEEP}. Every step of a rotation is an atomic rename or an atomic write, and the file itself
 * is only read, so at every moment the current version and all but at most the oldest backup are complete.
 */
public final class Backups {

	public static final String FOLDER = "backups";
	public static final int KEEP = 3;

	private final Path file;
	private final Path folder;

	/** The backups of a file in the workspace's top folder (the practice file). */
	public Backups(Path file) {
		this.file = file.toAbsolutePath();
		this.folder = this.file.getParent().resolve(FOLDER);
	}

	private Backups(Path file, Path folder) {
		this.file = file;
		this.folder = folder;
	}

	/**
	 * The backups of the store's resource {@code name} ({@code casefiles/X.casefile} is kept in
	 * {@value #FOLDER}{@code /casefiles/X.casefile.1}, ...), so that every backup sits in one folder tree.
	 */
	public static Backups of(Path workspace, String name) {
		Path file = workspace.resolve(name).toAbsolutePath().normalize();
		Path relative = workspace.toAbsolutePath().normalize().relativize(file);
		Path folder = workspace.toAbsolutePath().normalize().resolve(FOLDER);
		return new Backups(file, relative.getParent() == null ? folder : folder.resolve(relative.getParent()));
	}

	/** The backup of the given generation, 1 being the newest. */
	public Path backup(int generation) {
		return folder.resolve(file.getFileName() + "." + generation);
	}

	/** The backups that exist, newest first. */
	public List<Path> newestFirst() {
		List<Path> found = new ArrayList<>();
		for (int generation = 1; generation <= KEEP; generation++) {
			if (Files.isRegularFile(backup(generation))) {
				found.add(backup(generation));
			}
		}
		return found;
	}

	/** Left-over temporary files of backup writes that a crash interrupted. */
	public List<Path> leftOvers() throws IOException {
		List<Path> found = new ArrayList<>();
		for (int generation = 1; generation <= KEEP; generation++) {
			found.addAll(AtomicFiles.leftOvers(backup(generation)));
		}
		return found;
	}

	/** Keeps the file's current version as the newest backup, before it is replaced; nothing when there is none. */
	public void keepCurrent() throws IOException {
		if (!Files.isRegularFile(file)) {
			return;
		}
		Files.createDirectories(folder);
		Files.deleteIfExists(backup(KEEP));
		for (int generation = KEEP - 1; generation >= 1; generation--) {
			if (Files.exists(backup(generation))) {
				move(backup(generation), backup(generation + 1));
			}
		}
		// not a rename: the file stays complete in its place until its replacement is renamed over it. A hard link
		// keeps the same bytes without copying them (the save then writes a new file, the link keeps the old one);
		// where links are not possible, a copy does the same job with twice the writing
		try {
			Files.createLink(backup(1), file);
			AtomicFiles.syncDirectory(folder);
		} catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
			Files.deleteIfExists(backup(1));
			AtomicFiles.write(backup(1), Files.readAllBytes(file));
			// the backup carries the time its version was saved, which is what a user recovering it needs to know
			Files.setLastModifiedTime(backup(1), Files.getLastModifiedTime(file));
		}
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
