/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.tests;

import static org.casenotes.ui.tests.UiRobot.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.casenotes.core.PracticeStore;
import org.casenotes.core.Practices;
import org.casenotes.model.Client;
import org.casenotes.model.Practice;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;

/**
 * The application started on an encrypted workspace, as a user starts it: without {@code --demo}, in an execution
 * of its own (see pom.xml). {@link EncryptedStart} encrypted the demo practice before the start and
 * {@link UnlockAtStart} answered the unlock dialog; this checks what they saw and what the window shows.
 */
class EncryptedStartTest {

	/** Words of the demo practice that must never reach the disk unencrypted. */
	private static final List<String> PLAINTEXT = List.of("C-0042", "Lindqvist");

	@Test
	void theUnlockDialogAtStartRefusesAWrongPassphraseThenOpensThePractice() throws Exception {
		EncryptedStart.testRan();
		Throwable failure = UnlockAtStart.failure();
		if (failure != null) {
			fail("the start on the encrypted workspace went wrong: " + failure, failure);
		}
		assertTrue(UnlockAtStart.wrongRefused(), "the unlock dialog refused the wrong passphrase");
		assertTrue(UnlockAtStart.unlocked(), "the unlock dialog closed on the right passphrase");

		PracticeStore store = UiRobot.context().get(PracticeStore.class);
		assertNotNull(store, "the application has a practice store");
		assertEquals(EncryptedStart.workspace(), store.location(), "the application opened the encrypted workspace");
		assertTrue(store.isEncrypted());
		assertFalse(store.needsPassphrase(), "the store is unlocked");

		Tree tree = UiRobot.widget(UiRobot.mainShell(), "caseExplorer.tree", Tree.class);
		assertNotNull(tree, "the case explorer is in the window");
		waitUntil("the explorer is filled", () -> tree.getItemCount() > 0);
		List<String> listed = Arrays.stream(tree.getItems()).map(TreeItem::getText).toList();
		assertTrue(listed.contains("C-0042"), "the demo clients are listed: " + listed);
		assertEquals(store.practice().getClients().stream().map(Client::getCode).toList(), listed);

		assertEquals(List.of(), filesWithPlaintext(store.location()), "files holding demo words in plaintext");
	}

	/**
	 * Opening read the practice file only; a search of note text reads the case files it needs first (with a
	 * progress dialog) and finds a word that is only in C-0042's intake note.
	 */
	@Test
	void aSearchOfNoteTextReadsTheCaseFilesNotOpenedYet() throws Exception {
		Practice practice = UiRobot.context().get(PracticeStore.class).practice();
		assertTrue(Practices.unreadCaseFiles(practice) > 0, "opening the workspace read no case file");
		Text search = UiRobot.widget(UiRobot.mainShell(), "caseExplorer.search", Text.class);
		Tree tree = UiRobot.widget(UiRobot.mainShell(), "caseExplorer.tree", Tree.class);
		try {
			search.setText("dispatcher");
			UiRobot.flush();
			assertEquals(0, Practices.unreadCaseFiles(practice), "every case file was read for the search");
			assertEquals(List.of("C-0042"), Arrays.stream(tree.getItems()).map(TreeItem::getText).toList());
		} finally {
			search.setText("");
		}
	}

	/** Every regular file under the workspace, .metadata included, that holds one of {@link #PLAINTEXT}. */
	private static List<String> filesWithPlaintext(Path workspace) throws IOException {
		List<String> found = new ArrayList<>();
		int read = 0;
		try (Stream<Path> files = Files.walk(workspace)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				byte[] bytes = Files.readAllBytes(file);
				read++;
				for (String word : PLAINTEXT) {
					if (contains(bytes, word.getBytes(StandardCharsets.UTF_8))) {
						found.add(workspace.relativize(file) + ": " + word);
					}
				}
			}
		}
		// an empty folder would pass for the wrong reason
		assertTrue(read > 0, "the workspace " + workspace + " has files");
		return found;
	}

	private static boolean contains(byte[] bytes, byte[] word) {
		for (int i = 0; i <= bytes.length - word.length; i++) {
			if (Arrays.equals(bytes, i, i + word.length, word, 0, word.length)) {
				return true;
			}
		}
		return false;
	}
}
