/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.casenotes.core.StoreException;

/**
 * One writer per workspace: a lock on {@value #FILE_NAME}, held through an open channel for the store's life.
 * The operating system releases the lock when the holding process dies, however it dies, so a lock left by a
 * crash is simply taken; the file's text (process, host, since when) only names the holder in the refusal.
 */
public final class WorkspaceLock {

	public static final String FILE_NAME = ".lock";

	/*
	 * The lock covers one byte far past the text, not the text itself: Windows locks are mandatory, and a
	 * refused instance must still read who holds the workspace.
	 */
	private static final long REGION = 1L << 32;

	private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final Path file;
	private FileChannel channel;
	private FileLock lock;

	public WorkspaceLock(Path workspace) {
		this.file = workspace.resolve(FILE_NAME);
	}

	public synchronized boolean held() {
		return lock != null && lock.isValid();
	}

	/** Takes the lock, or says who holds it; nothing in the workspace but the lock file is touched. */
	public synchronized void acquire() throws StoreException {
		if (held()) {
			return;
		}
		FileChannel opened = null;
		try {
			Files.createDirectories(file.getParent());
			opened = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
			FileLock taken;
			try {
				taken = opened.tryLock(REGION, 1, false);
			} catch (OverlappingFileLockException e) {
				// another store in this very process holds it: the workspace is just as much open elsewhere
				taken = null;
			}
			if (taken == null) {
				String holder = holder(opened);
				opened.close();
				throw new StoreException("This workspace is open in another Casenotes" + holder + ". Close it first.");
			}
			opened.truncate(0);
			opened.write(ByteBuffer.wrap(describeThisProcess().getBytes(StandardCharsets.UTF_8)), 0);
			opened.force(false);
			channel = opened;
			lock = taken;
		} catch (IOException e) {
			closeQuietly(opened);
			throw new StoreException("Casenotes could not lock the workspace " + file.getParent() + ": " + StoreMessages.reason(e)
					+ ". Nothing was changed.", e);
		}
	}

	/** Lets another instance open the workspace; the text is cleared so it names no one. */
	public synchronized void release() {
		if (channel == null) {
			return;
		}
		try {
			if (held()) {
				channel.truncate(0);
			}
		} catch (IOException e) {
			// a stale text names a process that no longer holds the lock; it is overwritten by the next holder
		}
		closeQuietly(channel); // closing the channel releases the lock
		channel = null;
		lock = null;
	}

	private static String describeThisProcess() {
		return "pid=" + ProcessHandle.current().pid() + "\nhost=" + Hosts.name() + "\nsince="
				+ LocalDateTime.now().truncatedTo(ChronoUnit.MINUTES).format(SINCE) + "\n";
	}

	/** " (process 1234 on host, since 2026-03-01 09:15)", or "" when the holder has not written it yet. */
	private static String holder(FileChannel channel) {
		try {
			ByteBuffer buffer = ByteBuffer.allocate(1024);
			channel.read(buffer, 0);
			String pid = null;
			String host = null;
			String since = null;
			for (String line : new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).split("\n")) {
				if (line.startsWith("pid=")) {
					pid = line.substring(4).strip();
				} else if (line.startsWith("host=")) {
					host = line.substring(5).strip();
				} else if (line.startsWith("since=")) {
					since = line.substring(6).strip();
				}
			}
			if (pid == null || pid.isEmpty()) {
				return "";
			}
			return " (process " + pid + (host == null || host.isEmpty() ? "" : " on " + host) + (since == null ? "" : ", since " + since)
					+ ")";
		} catch (IOException e) {
			return "";
		}
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			} catch (IOException e) {
				// nothing was written through it that a close could lose
			}
		}
	}

	/** The machine's name without a DNS lookup, which can stall start-up for seconds on a badly set up network. */
	static final class Hosts {
		private Hosts() {
		}

		static String name() {
			for (String variable : new String[] { "COMPUTERNAME", "HOSTNAME" }) {
				String value = System.getenv(variable);
				if (value != null && !value.isBlank()) {
					return value.strip();
				}
			}
			try {
				String etc = Files.readString(Path.of("/etc/hostname"), StandardCharsets.UTF_8).strip();
				if (!etc.isEmpty()) {
					return etc;
				}
			} catch (IOException | RuntimeException e) {
				// not a Unix-like system
			}
			return "this computer";
		}
	}
}
