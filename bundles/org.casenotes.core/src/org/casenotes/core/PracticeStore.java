/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core;

import java.nio.file.Path;
import java.util.List;

import org.casenotes.model.Practice;

/**
 * The practice of the current workspace, as one service shared by the UI and the headless commands.
 * <p>
 * A store that could not read its practice refuses every later save, so a file it does not understand is
 * never overwritten.
 */
public interface PracticeStore {

	/** The workspace folder that holds the practice. */
	Path location();

	/**
	 * The practice, read on first use. Its case files, identity sheets and consultation log are read when first
	 * reached through it; one that cannot be read stays an unresolved proxy ({@code eIsProxy()}) and is named in
	 * {@link #notices()}. A workspace without a practice yet gives a new, empty one (not written until
	 * {@link #save()}).
	 *
	 * @throws StoreException when the practice file exists but cannot be read; nothing on disk is changed
	 */
	Practice practice() throws StoreException;

	/**
	 * What the user must be told about how the practice was opened, in sentences ready to show: a save that was
	 * interrupted, a damaged file replaced by its newest intact backup and where the damaged file was kept. Empty
	 * when the practice opened as it was saved, and before {@link #practice()} was first read. The application
	 * shows them once at start; {@code casenotes verify} prints them.
	 */
	default List<String> notices() {
		return List.of();
	}

	/**
	 * Writes what changed since the last save, all of it or nothing, so that a crash during the save leaves the
	 * previous version intact.
	 */
	void save() throws StoreException;

	/**
	 * Fills an empty practice with synthetic demo clients, notes and decisions, and saves it.
	 *
	 * @throws StoreException when the practice already has clients (a demo never mixes with real records)
	 */
	void createDemoPractice() throws StoreException;

	/** Whether the workspace is encrypted (has a store header); a workspace without one is legacy plaintext. */
	default boolean isEncrypted() throws StoreException {
		return false;
	}

	/** Whether the workspace is encrypted and not yet unlocked: {@link #practice()} refuses until then. */
	default boolean needsPassphrase() throws StoreException {
		return false;
	}

	/**
	 * Unlocks an encrypted workspace. The passphrase array is wiped.
	 *
	 * @throws WrongPassphraseException when it is not the workspace's passphrase; nothing is read beyond the
	 *             header, and nothing is written
	 */
	default void unlock(char[] passphrase) throws StoreException {
		throw new StoreException("This workspace cannot be encrypted.");
	}

	/**
	 * Encrypts a new or plaintext workspace under a passphrase (wiped): every existing file is re-written
	 * encrypted, all at once or not at all.
	 */
	default void createPassphrase(char[] passphrase) throws StoreException {
		throw new StoreException("This workspace cannot be encrypted.");
	}

	/** Re-encrypts every file under a new passphrase, all at once or not at all; both arrays are wiped. */
	default void changePassphrase(char[] oldPassphrase, char[] newPassphrase) throws StoreException {
		throw new StoreException("This workspace cannot be encrypted.");
	}
}
