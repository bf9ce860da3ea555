/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.casenotes.core.StoreException;
import org.casenotes.model.Practice;

/**
 * Opens the practice file as the last save left it. When a save was interrupted (its temporary file is still
 * there) or the file is missing or unreadable while a backup is intact, it opens the newest intact version, keeps
 * the damaged file aside under a new name (never deleted) and words what happened for the user. Left-over
 * temporary files are removed only once that decision is made. It runs under the workspace lock: a live writer's
 * temporary file is not a left-over.
 */
final class PracticeRecovery {

	/** Bytes as saved to the practice they hold; fails on anything that is not one. */
	interface Parser {
		Practice parse(byte[] bytes) throws IOException;
	}

	/** The practice opened (null: the workspace has none yet) and what the user must be told about it. */
	record Opened(Practice practice, List<String> notices) {
	}

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd 'at' HH:mm");
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private final Path file;
	private final Backups backups;
	private final Parser parser;

	PracticeRecovery(Path file, Backups backups, Parser parser) {
		this.file = file;
		this.backups = backups;
		this.parser = parser;
	}

	Opened open() throws StoreException {
		List<Path> leftOvers = leftOvers();
		List<String> notices = new ArrayList<>();
		String interruptedOn = leftOvers.isEmpty() ? null : when(leftOvers.get(leftOvers.size() - 1));
		if (interruptedOn != null) {
			notices.add("Casenotes was stopped while saving the practice on " + interruptedOn
					+ ". The practice is opened as it was last saved completely; the changes of that interrupted save are not in it."
					+ " Please check your most recent notes.");
		}
		if (Files.exists(file)) {
			try {
				Practice practice = parser.parse(Files.readAllBytes(file));
				removeLeftOvers(leftOvers);
				return new Opened(practice, notices);
			} catch (IOException | RuntimeException e) {
				String damage = "The practice file could not be read (" + StoreMessages.reason(e) + ")";
				Opened restored = restoreNewestBackup(damage, notices);
				if (restored == null) {
					throw new StoreException("Casenotes could not read the practice file " + file + ": " + StoreMessages.reason(e)
							+ (backups.newestFirst().isEmpty() ? "" : ", and none of its backups in " + Backups.FOLDER + " could be read either")
							+ ". The file was left as it is; Casenotes will not write over it.", e);
				}
				removeLeftOvers(leftOvers);
				return restored;
			}
		}
		Opened restored = restoreNewestBackup("The practice file was missing", notices);
		if (restored == null && !backups.newestFirst().isEmpty()) {
			throw new StoreException("The practice file " + file + " is missing and none of its backups in " + Backups.FOLDER
					+ " could be read. Nothing was changed; Casenotes will not start a new practice over them.");
		}
		removeLeftOvers(leftOvers);
		if (restored != null) {
			return restored;
		}
		if (interruptedOn != null) {
			return new Opened(null, List.of("Casenotes was stopped during the first save of this practice on " + interruptedOn
					+ "; nothing had been saved completely, so the practice starts empty."));
		}
		return new Opened(null, List.of());
	}

	/** The newest backup that parses, put back in the file's place; null when there is none. */
	private Opened restoreNewestBackup(String damage, List<String> notices) throws StoreException {
		for (Path backup : backups.newestFirst()) {
			byte[] bytes;
			Practice practice;
			try {
				bytes = Files.readAllBytes(backup);
				practice = parser.parse(bytes);
			} catch (IOException | RuntimeException e) {
				continue; // an older backup may still be whole
			}
			String aside = null;
			try {
				String saved = when(backup);
				if (Files.exists(file)) {
					aside = setAside();
				}
				AtomicFiles.write(file, bytes);
				notices.add(damage + ". Casenotes opened the newest intact backup instead, saved on " + saved
						+ "; changes saved after that are not in it. Please check your most recent notes."
						+ (aside == null ? "" : " The unreadable file was kept as " + aside + "."));
				return new Opened(practice, notices);
			} catch (IOException e) {
				throw new StoreException(damage + ", and Casenotes could not put its backup " + backup + " in its place: "
						+ StoreMessages.reason(e) + ". Nothing was deleted." + (aside == null ? "" : " The unreadable file is now " + aside + "."), e);
			}
		}
		return null;
	}

	/** Renames the damaged file beside itself, so it can still be examined or sent for rescue. */
	private String setAside() throws IOException {
		String base = file.getFileName() + ".damaged-" + LocalDateTime.now().format(STAMP);
		Path aside = file.resolveSibling(base);
		for (int n = 2; Files.exists(aside); n++) {
			aside = file.resolveSibling(base + "-" + n);
		}
		Files.move(file, aside);
		return aside.getFileName().toString();
	}

	/** The temporary files of saves that never finished, the practice's and its backups', oldest first. */
	private List<Path> leftOvers() throws StoreException {
		try {
			List<Path> found = new ArrayList<>(AtomicFiles.leftOvers(file));
			found.addAll(backups.leftOvers());
			found.sort((a, b) -> modified(a).compareTo(modified(b)));
			return found;
		} catch (IOException e) {
			throw new StoreException("Casenotes could not look into the workspace " + file.getParent() + ": " + StoreMessages.reason(e)
					+ ". Nothing was changed.", e);
		}
	}

	private void removeLeftOvers(List<Path> leftOvers) {
		for (Path leftOver : leftOvers) {
			try {
				Files.deleteIfExists(leftOver);
			} catch (IOException e) {
				// harmless: it is recognised, and tried again, at the next start
			}
		}
	}

	private static FileTime modified(Path path) {
		try {
			return Files.getLastModifiedTime(path);
		} catch (IOException e) {
			return FileTime.fromMillis(0);
		}
	}

	private static String when(Path path) {
		return LocalDateTime.ofInstant(modified(path).toInstant(), ZoneId.systemDefault()).format(WHEN);
	}
}
