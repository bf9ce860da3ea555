/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.casenotes.core.StoreException;
import org.casenotes.core.internal.Backups;
import org.casenotes.core.internal.XmiPracticeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rotating backups and what the store does on start after a save was interrupted or the file was damaged. */
class StoreRecoveryTest {

	@TempDir
	Path workspace;

	private Path file() {
		return workspace.resolve(XmiPracticeStore.FILE_NAME);
	}

	/** Saves versions named "v1".."vN" (the practice's name), each by a store of its own, as restarts would. */
	private void saveVersions(int count) throws Exception {
		for (int v = 1; v <= count; v++) {
			try (XmiPracticeStore store = new XmiPracticeStore(workspace)) {
				store.practice().setName("v" + v);
				store.save();
			}
		}
	}

	private String nameAfterReopening(List<String> notices) throws Exception {
		try (XmiPracticeStore store = new XmiPracticeStore(workspace)) {
			String name = store.practice().getName();
			notices.addAll(store.notices());
			return name;
		}
	}

	@Test
	void everySaveKeepsThePreviousVersionsAsThreeRotatingBackups() throws Exception {
		saveVersions(5);
		Backups backups = new Backups(file());
		assertEquals(3, backups.newestFirst().size());
		assertEquals("v5", XmiPracticeStore.readOnly(workspace).practice().getName());
		for (int generation = 1; generation <= 3; generation++) {
			String text = Files.readString(backups.backup(generation), StandardCharsets.UTF_8);
			assertTrue(text.contains("name=\"v" + (5 - generation) + "\""), "backup " + generation + " holds v" + (5 - generation));
		}
		List<String> notices = new java.util.ArrayList<>();
		assertEquals("v5", nameAfterReopening(notices));
		assertEquals(List.of(), notices, "a clean start says nothing");
	}

	@Test
	void aSaveInterruptedBeforeItsRenameKeepsTheLastSavedVersionAndSaysSo() throws Exception {
		saveVersions(2);
		Path leftOver = workspace.resolve("." + XmiPracticeStore.FILE_NAME + "123456.tmp");
		Files.writeString(leftOver, "<?xml version=\"1.0\"?>\n<casenotes:Practice xmlns:casenotes=\"http://casenotes.org/model/1.0\" na");
		Path backupLeftOver = workspace.resolve(Backups.FOLDER).resolve("." + XmiPracticeStore.FILE_NAME + ".1" + "987.tmp");
		Files.writeString(backupLeftOver, "half a backup");

		List<String> notices = new java.util.ArrayList<>();
		assertEquals("v2", nameAfterReopening(notices));
		assertEquals(1, notices.size(), notices::toString);
		assertTrue(notices.get(0).startsWith("Casenotes was stopped while saving the practice on "), notices.get(0));
		assertTrue(notices.get(0).contains("as it was last saved completely"), notices.get(0));
		assertFalse(Files.exists(leftOver), "left-over temporary files are removed once recovery has decided");
		assertFalse(Files.exists(backupLeftOver));
		List<String> again = new java.util.ArrayList<>();
		nameAfterReopening(again);
		assertEquals(List.of(), again, "told once");
	}

	@Test
	void aDamagedFileIsKeptAsideAndTheNewestIntactBackupOpened() throws Exception {
		saveVersions(3);
		byte[] damaged = "<?xml version=\"1.0\"?>\n<casenotes:Practice xmlns:casenot".getBytes(StandardCharsets.UTF_8);
		Files.write(file(), damaged);
		Files.writeString(new Backups(file()).backup(1), "also damaged");

		List<String> notices = new java.util.ArrayList<>();
		assertEquals("v1", nameAfterReopening(notices), "backup 1 is damaged too, so backup 2 (v1) is the newest intact version");
		assertEquals(1, notices.size(), notices::toString);
		String notice = notices.get(0);
		assertTrue(notice.startsWith("The practice file could not be read (it is not a well-formed Casenotes file"), notice);
		assertTrue(notice.contains("opened the newest intact backup instead, saved on "), notice);
		assertFalse(notice.contains("Exception"), notice);
		Path aside;
		try (Stream<Path> files = Files.list(workspace)) {
			aside = files.filter(f -> f.getFileName().toString().startsWith(XmiPracticeStore.FILE_NAME + ".damaged-")).findFirst().orElseThrow();
		}
		assertTrue(notice.contains("The unreadable file was kept as " + aside.getFileName() + "."), notice);
		assertArrayEquals(damaged, Files.readAllBytes(aside), "the damaged file is kept exactly as it was");
		assertEquals("v1", XmiPracticeStore.readOnly(workspace).practice().getName(), "the intact version is back in place");
	}

	@Test
	void aMissingFileIsRestoredFromItsBackup() throws Exception {
		saveVersions(2);
		Files.delete(file());
		List<String> notices = new java.util.ArrayList<>();
		assertEquals("v1", nameAfterReopening(notices));
		assertTrue(notices.get(0).startsWith("The practice file was missing. Casenotes opened the newest intact backup"), notices.get(0));
	}

	@Test
	void withoutAnyIntactVersionNothingIsTouched() throws Exception {
		saveVersions(2);
		Files.writeString(file(), "not xml");
		Files.writeString(new Backups(file()).backup(1), "not xml either");
		try (XmiPracticeStore store = new XmiPracticeStore(workspace)) {
			StoreException error = assertThrows(StoreException.class, store::practice);
			assertTrue(error.getMessage().contains("none of its backups in backups could be read either"), error.getMessage());
			assertThrows(StoreException.class, store::save);
		}
		assertEquals("not xml", Files.readString(file()));
		assertEquals("not xml either", Files.readString(new Backups(file()).backup(1)));
	}
}
