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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.casenotes.core.AuditTrail;
import org.casenotes.core.RecoveryCopies;
import org.casenotes.core.StoreException;
import org.casenotes.core.WrongPassphraseException;
import org.casenotes.core.internal.XmiPracticeStore;
import org.casenotes.core.internal.crypto.StoreHeader;
import org.casenotes.core.internal.crypto.WorkspaceCrypto;
import org.casenotes.model.Note;
import org.casenotes.model.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Encryption at rest: the header, the sealed files, wrong passphrases, tampering and passphrase changes. */
class EncryptionTest {

	/** A phrase that is in no demo note, so finding it on disk means plaintext leaked. */
	private static final String PHRASE = "Zephyrine kept the quartz lantern";
	private static final String OLD = "correct horse battery";
	private static final String NEW = "staple ocean window";

	@TempDir
	Path workspace;

	/** A demo practice with {@link #PHRASE} in a note, a recovery copy and an audit entry; encrypted under OLD. */
	private XmiPracticeStore encryptedWorkspace() throws Exception {
		XmiPracticeStore store = open();
		store.createDemoPractice();
		Note note = firstNote(store);
		Section section = note.getSections().get(0);
		section.setText(section.getText() + " " + PHRASE);
		store.save();
		new AuditTrail(workspace).append("dr-k", "sign", "note C-0042/1/1", "");
		new RecoveryCopies(workspace).write("n1", note);
		assertFalse(store.isEncrypted());
		store.createPassphrase(OLD.toCharArray());
		assertTrue(store.isEncrypted());
		return store;
	}

	@RegisterExtension
	final OneStoreAtATime stores = new OneStoreAtATime();

	private XmiPracticeStore open() {
		return stores.open(workspace);
	}

	/** Without backups, a damaged practice file has nothing to recover from: it is refused. */
	private void withoutBackups() throws IOException {
		try (Stream<Path> files = Files.walk(workspace.resolve("backups"))) {
			for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}

	private static Note firstNote(XmiPracticeStore store) throws StoreException {
		return store.practice().getClients().get(0).getCaseFiles().get(0).getNotes().get(0);
	}

	private static boolean hasPhrase(XmiPracticeStore store) throws StoreException {
		return firstNote(store).getSections().get(0).getText().endsWith(PHRASE);
	}

	@Test
	void aWorkspaceRoundTripsUnderItsPassphrase() throws Exception {
		XmiPracticeStore store = encryptedWorkspace();
		store.save();
		XmiPracticeStore reopened = open();
		assertTrue(reopened.needsPassphrase());
		StoreException locked = assertThrows(StoreException.class, reopened::practice);
		assertTrue(locked.getMessage().contains("passphrase"), locked.getMessage());
		reopened.unlock(OLD.toCharArray());
		assertFalse(reopened.needsPassphrase());
		assertTrue(hasPhrase(reopened));
		assertTrue(new AuditTrail(workspace).verify().intact());
		assertEquals(1, new AuditTrail(workspace).read().size());
		assertTrue(new RecoveryCopies(workspace).read("n1").isPresent());
		stores.closeAll();
	}

	@Test
	void theHeaderRecordsAStrongKdf() throws Exception {
		encryptedWorkspace();
		String json = Files.readString(workspace.resolve(StoreHeader.FILE_NAME));
		StoreHeader header = StoreHeader.parse(json);
		assertEquals("PBKDF2WithHmacSHA256", header.kdf());
		assertTrue(header.iterations() >= 600_000, json);
		assertTrue(header.salt().length >= 16, json);
		StoreException weak = assertThrows(StoreException.class, () -> {
			Files.writeString(workspace.resolve(StoreHeader.FILE_NAME), json.replace("600000", "1000"));
			open().needsPassphrase();
		});
		assertTrue(weak.getMessage().contains("weaker"), weak.getMessage());
	}

	@Test
	void noWorkspaceFileHoldsNoteTextInTheClear() throws Exception {
		XmiPracticeStore store = encryptedWorkspace();
		new AuditTrail(workspace).append("dr-k", "share", "packet 1", "to supervisor");
		new RecoveryCopies(workspace).write("n2", firstNote(store));
		store.save();
		byte[] phrase = PHRASE.getBytes(StandardCharsets.UTF_8);
		byte[] code = "C-0042".getBytes(StandardCharsets.UTF_8);
		Map<Path, byte[]> files = files();
		assertTrue(files.size() >= 5, files.keySet().toString());
		for (Map.Entry<Path, byte[]> file : files.entrySet()) {
			assertFalse(contains(file.getValue(), phrase), "note text in the clear in " + file.getKey());
			assertFalse(contains(file.getValue(), code), "a client code in the clear in " + file.getKey());
		}
	}

	@Test
	void aWrongPassphraseIsRefusedAndTouchesNothing() throws Exception {
		encryptedWorkspace();
		Map<Path, byte[]> before = files();
		Map<Path, FileTime> times = times();
		XmiPracticeStore reopened = open();
		WrongPassphraseException wrong = assertThrows(WrongPassphraseException.class, () -> reopened.unlock("not the passphrase".toCharArray()));
		assertEquals("The passphrase is not correct. Nothing was opened or changed.", wrong.getMessage());
		assertTrue(reopened.needsPassphrase());
		assertThrows(StoreException.class, reopened::practice);
		assertThrows(StoreException.class, reopened::save);
		assertEquals(before.keySet(), files().keySet());
		before.forEach((path, bytes) -> assertArrayEquals(bytes, read(path), path.toString()));
		assertEquals(times, times());
		reopened.unlock(OLD.toCharArray());
		assertTrue(hasPhrase(reopened), "the right passphrase still opens it after a wrong one");
	}

	@Test
	void theUnlockWipesThePassphrase() throws Exception {
		encryptedWorkspace();
		char[] passphrase = OLD.toCharArray();
		open().unlock(passphrase);
		assertArrayEquals(new char[passphrase.length], passphrase);
	}

	@Test
	void aFlippedByteIsRefusedWhileTheRestOpens() throws Exception {
		encryptedWorkspace();
		withoutBackups();
		Path practice = workspace.resolve(XmiPracticeStore.FILE_NAME);
		byte[] bytes = Files.readAllBytes(practice);
		bytes[bytes.length / 2] ^= 0x01;
		Files.write(practice, bytes);
		XmiPracticeStore reopened = open();
		reopened.unlock(OLD.toCharArray());
		StoreException damaged = assertThrows(StoreException.class, reopened::practice);
		assertTrue(damaged.getMessage().contains("The file practice.casenotes is damaged or was changed outside Casenotes"), damaged.getMessage());
		assertThrows(StoreException.class, reopened::save, "a damaged practice is never written over");
		assertArrayEquals(bytes, Files.readAllBytes(practice));
		assertTrue(new AuditTrail(workspace).verify().intact(), "the audit trail still opens");
		assertTrue(new RecoveryCopies(workspace).read("n1").isPresent(), "the recovery copy still opens");
	}

	@Test
	void aFlippedByteWithABackupOpensTheBackupAndSaysSo() throws Exception {
		encryptedWorkspace();
		XmiPracticeStore saving = open();
		saving.unlock(OLD.toCharArray());
		saving.practice().setName("Renamed"); // a save writes only what changed: the practice file here
		saving.save();
		stores.closeAll();
		Path practice = workspace.resolve(XmiPracticeStore.FILE_NAME);
		byte[] bytes = Files.readAllBytes(practice);
		bytes[bytes.length / 2] ^= 0x01;
		Files.write(practice, bytes);
		XmiPracticeStore reopened = open();
		reopened.unlock(OLD.toCharArray());
		assertTrue(hasPhrase(reopened), "the newest backup, encrypted like the file it copies, opens");
		assertFalse(reopened.notices().isEmpty(), "and the user is told");
		try (Stream<Path> files = Files.list(workspace)) {
			assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith(XmiPracticeStore.FILE_NAME + ".damaged")),
					"the damaged file is kept aside, never deleted");
		}
	}

	@Test
	void aFlippedByteInAnAuditEntryIsReportedOnItsLine() throws Exception {
		encryptedWorkspace();
		Path log = workspace.resolve(AuditTrail.FILE_NAME);
		byte[] bytes = Files.readAllBytes(log);
		bytes[20] = (byte) (bytes[20] == 'A' ? 'B' : 'A');
		Files.write(log, bytes);
		XmiPracticeStore reopened = open();
		reopened.unlock(OLD.toCharArray());
		AuditTrail.Report report = new AuditTrail(workspace).verify();
		assertEquals("line 1: the entry is damaged or was changed outside Casenotes", report.problems().get(0));
		assertTrue(hasPhrase(reopened), "the practice still opens");
	}

	@Test
	void aFileSwappedForAnothersContentIsRefused() throws Exception {
		encryptedWorkspace();
		withoutBackups();
		Path practice = workspace.resolve(XmiPracticeStore.FILE_NAME);
		Files.copy(workspace.resolve(".recovery/n1.xmi"), practice, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		XmiPracticeStore reopened = open();
		reopened.unlock(OLD.toCharArray());
		StoreException swapped = assertThrows(StoreException.class, reopened::practice);
		assertTrue(swapped.getMessage().contains("damaged or was changed outside Casenotes"), swapped.getMessage());
	}

	@Test
	void aPlaintextFileInAnEncryptedWorkspaceIsRefused() throws Exception {
		encryptedWorkspace();
		withoutBackups();
		Path practice = workspace.resolve(XmiPracticeStore.FILE_NAME);
		Files.writeString(practice, "<?xml version=\"1.0\"?><planted/>");
		XmiPracticeStore reopened = open();
		reopened.unlock(OLD.toCharArray());
		StoreException planted = assertThrows(StoreException.class, reopened::practice);
		assertTrue(planted.getMessage().contains("not an encrypted Casenotes file"), planted.getMessage());
	}

	@Test
	void changingThePassphraseReEncryptsEverything() throws Exception {
		XmiPracticeStore store = encryptedWorkspace();
		Map<Path, byte[]> before = files();
		assertThrows(WrongPassphraseException.class, () -> store.changePassphrase("wrong one here".toCharArray(), NEW.toCharArray()));
		before.forEach((path, bytes) -> assertArrayEquals(bytes, read(path), "a refused change touches nothing: " + path));
		store.changePassphrase(OLD.toCharArray(), NEW.toCharArray());
		assertFalse(Files.exists(workspace.resolve(WorkspaceCrypto.JOURNAL)));
		for (Path path : before.keySet()) {
			if (path.getFileName().toString().equals(".lock")) {
				continue; // who holds the workspace: no record in it
			}
			assertFalse(Arrays.equals(before.get(path), read(path)), "re-encrypted: " + path);
		}
		assertThrows(WrongPassphraseException.class, () -> open().unlock(OLD.toCharArray()));
		assertOpensWith(NEW);
		store.save();
		store.close();
		assertOpensWith(NEW);
	}

	@Test
	void aCrashBeforeTheCommitLeavesTheOldPassphrase() throws Exception {
		encryptedWorkspace();
		XmiPracticeStore store = open();
		StoreException crashed = assertThrows(StoreException.class, () -> store.crypto().changePassphrase(OLD.toCharArray(), NEW.toCharArray(),
				step -> {
					if (step.startsWith("temp " + AuditTrail.FILE_NAME)) {
						throw new IOException("simulated crash");
					}
				}));
		assertTrue(crashed.getMessage().contains("old passphrase still opens it"), crashed.getMessage());
		assertOpensWith(OLD);
		assertThrows(WrongPassphraseException.class, () -> open().unlock(NEW.toCharArray()));
	}

	@Test
	void aCrashAfterTheCommitIsFinishedOnTheNextStart() throws Exception {
		encryptedWorkspace();
		XmiPracticeStore store = open();
		assertThrows(StoreException.class, () -> store.crypto().changePassphrase(OLD.toCharArray(), NEW.toCharArray(), step -> {
			if (step.equals("switch " + XmiPracticeStore.FILE_NAME)) {
				throw new IOException("simulated crash");
			}
		}));
		assertTrue(Files.exists(workspace.resolve(WorkspaceCrypto.JOURNAL)), "half switched: the journal is still there");
		assertOpensWith(NEW);
		assertFalse(Files.exists(workspace.resolve(WorkspaceCrypto.JOURNAL)));
		try (Stream<Path> all = Files.walk(workspace)) {
			assertTrue(all.noneMatch(p -> p.toString().endsWith(".rekey")));
		}
		assertThrows(WrongPassphraseException.class, () -> open().unlock(OLD.toCharArray()));
	}

	@Test
	void aPlaintextWorkspaceStaysReadableUntilEncrypted() throws Exception {
		XmiPracticeStore store = open();
		store.createDemoPractice();
		assertFalse(store.isEncrypted());
		assertFalse(store.needsPassphrase());
		StoreException shortOne = assertThrows(StoreException.class, () -> store.createPassphrase("short".toCharArray()));
		assertTrue(shortOne.getMessage().contains("at least 8"), shortOne.getMessage());
		assertFalse(Files.exists(workspace.resolve(StoreHeader.FILE_NAME)));
		assertFalse(open().practice().getClients().isEmpty());
	}

	private void assertOpensWith(String passphrase) throws Exception {
		XmiPracticeStore reopened = open();
		reopened.unlock(passphrase.toCharArray());
		assertTrue(hasPhrase(reopened));
		assertTrue(new AuditTrail(workspace).verify().intact(), new AuditTrail(workspace).verify().problems().toString());
		assertTrue(new RecoveryCopies(workspace).read("n1").isPresent());
		stores.closeAll();
	}

	private Map<Path, byte[]> files() throws IOException {
		Map<Path, byte[]> files = new TreeMap<>();
		try (Stream<Path> all = Files.walk(workspace)) {
			for (Path p : (Iterable<Path>) all.filter(Files::isRegularFile).filter(p -> !p.endsWith(".lock"))::iterator) {
				files.put(p, Files.readAllBytes(p));
			}
		}
		return files;
	}

	private Map<Path, FileTime> times() throws IOException {
		Map<Path, FileTime> times = new TreeMap<>();
		try (Stream<Path> all = Files.walk(workspace)) {
			for (Path p : (Iterable<Path>) all.filter(p -> !p.endsWith(".lock"))::iterator) {
				times.put(p, Files.getLastModifiedTime(p));
			}
		}
		return times;
	}

	private static byte[] read(Path path) {
		try {
			return Files.readAllBytes(path);
		} catch (IOException e) {
			throw new AssertionError(path + " is gone", e);
		}
	}

	private static boolean contains(byte[] haystack, byte[] needle) {
		outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
			for (int j = 0; j < needle.length; j++) {
				if (haystack[i + j] != needle[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}
}
