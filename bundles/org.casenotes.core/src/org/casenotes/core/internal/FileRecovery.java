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

/**
 * Opens one file of the store (the practice, a case file, ...) as the last save left it. When a save was
 * interrupted (its temporary file is still there) or the file is missing or unreadable while a backup is intact,
 * it opens the newest intact version, keeps the damaged file aside under a new name (never deleted) and words
 * what happened for the user. It runs under
 * the workspace lock, after {@link SaveJournal#recover()} has settled any save a crash interrupted.
 */
final class FileRecovery<T> {

	/** Bytes as saved to what they hold; fails on anything that is not one. */
	interface Parser<T> {
		T parse(byte[] bytes) throws IOException;
	}

	/** What was opened (null: there is no such file yet) and what the user must be told about it. */
	record Opened<T>(T value, List<String> notices) {
	}

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd 'at' HH:mm");
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private final Path file;
	private final String what;
	private final Backups backups;
	private final Parser<T> parser;

	/** @param what how the user is told which file is meant, such as "the practice file" */
	FileRecovery(Path file, String what, Backups backups, Parser<T> parser) {
		this.file = file;
		this.what = what;
		this.backups = backups;
		this.parser = parser;
	}

	Opened<T> open() throws StoreException {
		List<String> notices = new ArrayList<>();
		if (Files.exists(file)) {
			try {
				return new Opened<>(parser.parse(Files.readAllBytes(file)), notices);
			} catch (IOException | RuntimeException e) {
				String damage = capitalised(what) + " could not be read (" + StoreMessages.reason(e) + ")";
				Opened<T> restored = restoreNewestBackup(damage, notices);
				if (restored == null) {
					// the path, unless the description names the file already (a case file is named by its path in the workspace)
					String where = what.contains(file.getFileName().toString()) ? what : what + " " + file;
					throw new StoreException("Casenotes could not read " + where + ": " + StoreMessages.reason(e)
							+ (backups.newestFirst().isEmpty() ? "" : ", and none of its backups in " + Backups.FOLDER + " could be read either")
							+ ". The file was left as it is; Casenotes will not write over it.", e);
				}
				return restored;
			}
		}
		Opened<T> restored = restoreNewestBackup(capitalised(what) + " was missing", notices);
		if (restored == null && !backups.newestFirst().isEmpty()) {
			throw new StoreException(capitalised(what) + " " + file + " is missing and none of its backups in " + Backups.FOLDER
					+ " could be read. Nothing was changed; Casenotes will not start a new one over them.");
		}
		return restored != null ? restored : new Opened<>(null, notices);
	}

	/** The newest backup that parses, put back in the file's place; null when there is none. */
	private Opened<T> restoreNewestBackup(String damage, List<String> notices) throws StoreException {
		for (Path backup : backups.newestFirst()) {
			byte[] bytes;
			T value;
			try {
				bytes = Files.readAllBytes(backup);
				value = parser.parse(bytes);
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
				return new Opened<>(value, notices);
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

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
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
