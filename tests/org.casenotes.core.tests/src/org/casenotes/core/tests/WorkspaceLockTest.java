/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.casenotes.core.StoreException;
import org.casenotes.core.internal.XmiPracticeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceLockTest {

	@TempDir
	Path workspace;

	@Test
	void aSecondStoreOnTheSameWorkspaceIsRefusedAndChangesNothing() throws Exception {
		XmiPracticeStore second = new XmiPracticeStore(workspace);
		try (XmiPracticeStore first = new XmiPracticeStore(workspace)) {
			first.createDemoPractice();
			Path file = workspace.resolve(XmiPracticeStore.FILE_NAME);
			byte[] before = Files.readAllBytes(file);

			StoreException refused = assertThrows(StoreException.class, second::practice);
			assertTrue(refused.getMessage().matches("This workspace is open in another Casenotes \\(process " + ProcessHandle.current().pid()
					+ " on .+, since \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\)\\. Close it first\\."), refused.getMessage());
			assertThrows(StoreException.class, second::save);
			assertArrayEquals(before, Files.readAllBytes(file));
			assertEquals(3, XmiPracticeStore.readOnly(workspace).practice().getClients().size(), "reading without the lock still works");
		}
		assertEquals(3, second.practice().getClients().size(), "once the first is closed, the second opens the workspace");
		second.close();
	}

	@Test
	void aReadOnlyStoreNeverSaves() throws Exception {
		XmiPracticeStore reader = XmiPracticeStore.readOnly(workspace);
		reader.practice().setName("changed");
		StoreException refused = assertThrows(StoreException.class, reader::save);
		assertTrue(refused.getMessage().contains("read-only; nothing was saved"), refused.getMessage());
		assertTrue(!Files.exists(workspace.resolve(XmiPracticeStore.FILE_NAME)));
	}
}
