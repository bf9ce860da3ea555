/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/** Replaces a file so that, whatever happens, it holds either the old or the new content, never a mix. */
public final class AtomicFiles {

	private static final String TEMP_SUFFIX = ".tmp";

	private AtomicFiles() {
	}

	public static void write(Path target, byte[] content) throws IOException {
		Path dir = target.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		Path temp = Files.createTempFile(dir, tempPrefix(target), TEMP_SUFFIX);
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
				ByteBuffer buffer = ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
			syncDirectory(dir);
		} finally {
			Files.deleteIfExists(temp);
		}
	}

	/**
	 * The temporary files of writes to {@code target} that never finished: a crash (or kill) between creating the
	 * temporary file and renaming it leaves it behind, since the {@code finally} that removes it never ran.
	 */
	public static List<Path> leftOvers(Path target) throws IOException {
		Path dir = target.toAbsolutePath().getParent();
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		String prefix = tempPrefix(target);
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(f -> f.getFileName().toString().startsWith(prefix) && f.getFileName().toString().endsWith(TEMP_SUFFIX))
					.sorted().toList();
		}
	}

	private static String tempPrefix(Path target) {
		return "." + target.getFileName();
	}

	/** Makes the rename itself durable; not every platform lets a directory be opened, which is harmless. */
	static void syncDirectory(Path dir) {
		try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
			channel.force(true);
		} catch (IOException | UnsupportedOperationException e) {
			// the data is on disk; only the directory entry's durability is left to the OS
		}
	}
}
