/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.cli.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.casenotes.core.PracticeStore;
import org.casenotes.core.StoreException;

/**
 * {@code casenotes passphrase --new-passphrase-file FILE}: encrypts a plaintext workspace, or changes the passphrase of
 * an encrypted one (opened with its current passphrase from --passphrase-file or the environment). The new passphrase
 * is read from a file, never from the command line, where other users of the machine could see it.
 */
final class PassphraseCommand extends AbstractCommand {

	private final OsgiServices services;

	PassphraseCommand(OsgiServices services) {
		super("passphrase", "--new-passphrase-file FILE",
				"encrypt the workspace with a passphrase, or change it (the current one from --passphrase-file or the environment)");
		this.services = services;
	}

	@Override
	public int run(List<String> args, Console console) {
		if (args.size() != 2 || !args.get(0).equals("--new-passphrase-file")) {
			console.error("usage: casenotes passphrase --new-passphrase-file FILE");
			return USAGE;
		}
		PracticeStore store = services.practiceStore(console);
		if (store == null) {
			return FAILED;
		}
		char[] neu = null;
		char[] current = null;
		try {
			neu = OsgiServices.readPassphrase(Path.of(args.get(1)));
			if (store.isEncrypted()) {
				current = services.passphrase();
				store.changePassphrase(current, neu);
				console.out().println("passphrase changed: every file of " + store.location() + " is encrypted under the new one");
			} else {
				store.practice();
				store.createPassphrase(neu);
				console.out().println("workspace encrypted: " + store.location() + " now opens only with its passphrase");
			}
			return OK;
		} catch (StoreException e) {
			console.error(e.getMessage());
			return FAILED;
		} finally {
			if (neu != null) {
				Arrays.fill(neu, '\0');
			}
			if (current != null) {
				Arrays.fill(current, '\0');
			}
		}
	}
}
