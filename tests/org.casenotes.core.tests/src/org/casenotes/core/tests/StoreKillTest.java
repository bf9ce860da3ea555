/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;

import org.casenotes.core.StoreException;
import org.casenotes.core.internal.XmiPracticeStore;
import org.casenotes.core.tests.child.StoreChild;
import org.casenotes.model.CaseFile;
import org.casenotes.model.Client;
import org.casenotes.model.Note;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real crashes: a child JVM saving notes, or holding the workspace, is killed with SIGKILL. */
class StoreKillTest {

	private static final int ROUNDS = 8;

	@TempDir
	Path workspace;

	@Test
	void noCompletedSaveIsLostWhenTheProcessIsKilledWhileSaving() throws Exception {
		long seed = System.nanoTime();
		Random random = new Random(seed);
		SortedSet<Integer> completed = new TreeSet<>();
		for (int round = 1; round <= ROUNDS; round++) {
			try (ChildJvm child = new ChildJvm("save", workspace)) {
				String first = child.nextLine();
				assertTrue(first.startsWith("saved "), first);
				completed.add(Integer.parseInt(first.substring(6)));
				Thread.sleep(random.nextInt(0, 300));
				for (String line : child.kill()) {
					if (line.startsWith("saved ")) {
						completed.add(Integer.parseInt(line.substring(6)));
					}
				}
			}
			String context = "round " + round + " (seed " + seed + ")";
			try (XmiPracticeStore store = new XmiPracticeStore(workspace)) {
				Map<String, String> notes = new HashMap<>();
				Client client = store.practice().getClients().stream().filter(c -> StoreChild.CLIENT.equals(c.getCode())).findFirst()
						.orElseThrow(() -> new AssertionError(context + ": the client is missing"));
				for (CaseFile caseFile : client.getCaseFiles()) {
					assertFalse(caseFile.eIsProxy(), context + ": a case file the practice lists cannot be read");
					for (Note note : caseFile.getNotes()) {
						notes.put(note.getTitle(), note.getSections().get(0).getText());
					}
				}
				for (int n : completed) {
					String text = notes.get("Note " + n);
					assertNotNull(text, context + ": note " + n + " was saved, and is lost");
					assertEquals(StoreChild.text(n), text, context + ": note " + n + " is not intact");
				}
			}
		}
		assertTrue(completed.size() >= ROUNDS, "every round saved at least once: " + completed);
	}

	@Test
	void aLockHeldByAKilledProcessIsTakenOverSilently() throws Exception {
		try (ChildJvm child = new ChildJvm("hold", workspace)) {
			assertEquals("holding", child.nextLine());
			try (XmiPracticeStore store = new XmiPracticeStore(workspace)) {
				StoreException refused = org.junit.jupiter.api.Assertions.assertThrows(StoreException.class, store::practice);
				assertTrue(refused.getMessage().startsWith("This workspace is open in another Casenotes (process " + child.pid() + " on "),
						refused.getMessage());
				assertTrue(refused.getMessage().endsWith("). Close it first."), refused.getMessage());

				List<String> rest = child.kill();
				assertEquals(List.of(), rest);
				store.practice().setName("Taken over");
				store.save();
				assertEquals(List.of(), store.notices(), "a stale lock is taken over without a word");
			}
		}
		assertEquals("Taken over", XmiPracticeStore.readOnly(workspace).practice().getName());
	}
}
