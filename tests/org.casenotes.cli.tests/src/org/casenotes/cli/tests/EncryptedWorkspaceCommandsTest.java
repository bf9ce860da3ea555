/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.casenotes.cli.internal.Command;
import org.casenotes.cli.internal.Commands;
import org.casenotes.cli.internal.Console;
import org.casenotes.cli.internal.OsgiServices;
import org.casenotes.core.PracticeStore;
import org.casenotes.core.internal.XmiPracticeStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Headless commands on an encrypted workspace: the passphrase from a file or the environment, and a wrong one. */
class EncryptedWorkspaceCommandsTest {

	private static final String PASSPHRASE = "correct horse battery";

	@TempDir
	Path workspace;
	@TempDir
	Path elsewhere;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private String environment;
	private XmiPracticeStore store;

	@BeforeEach
	void encryptedDemo() throws Exception {
		XmiPracticeStore setup = new XmiPracticeStore(workspace);
		setup.createDemoPractice();
		setup.createPassphrase(PASSPHRASE.toCharArray());
		// the commands run as a new process would: this one lets go of the workspace
		setup.close();
	}

	private int run(String... args) {
		OsgiServices services = new OsgiServices() {
			@Override
			public <S> Optional<S> get(Class<S> type) {
				if (type != PracticeStore.class) {
					return Optional.empty();
				}
				// each command runs as its own process would: the store of the one before has let the workspace go
				if (store != null) {
					store.close();
				}
				store = new XmiPracticeStore(workspace);
				return Optional.of(type.cast(store));
			}

			@Override
			protected String environment(String name) {
				return name.equals(PASSPHRASE_VARIABLE) ? environment : null;
			}
		};
		Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Commands(services).run(List.of(args), console);
	}

	@AfterEach
	void closeStore() {
		if (store != null) {
			store.close();
		}
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void withoutAPassphraseTheCommandSaysHowToGiveOne() {
		assertEquals(Command.FAILED, run("list"));
		assertEquals("casenotes: this workspace is encrypted: give its passphrase with --passphrase-file FILE or the "
				+ "CASENOTES_PASSPHRASE environment variable\n", err());
	}

	@Test
	void aPassphraseFileOpensIt() throws Exception {
		Path file = Files.writeString(elsewhere.resolve("pass.txt"), PASSPHRASE + "\n");
		assertEquals(Command.OK, run("--passphrase-file", file.toString(), "list"), err());
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("C-0042"));
		out.reset();
		assertEquals(Command.OK, run("verify", "--passphrase-file", file.toString()), err() + out.toString(StandardCharsets.UTF_8));
	}

	@Test
	void theEnvironmentVariableOpensIt() {
		environment = PASSPHRASE;
		assertEquals(Command.OK, run("list"), err());
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("C-0057"));
	}

	@Test
	void aWrongPassphraseIsOneLineAndTouchesNothing() throws Exception {
		Path practice = workspace.resolve(XmiPracticeStore.FILE_NAME);
		byte[] before = Files.readAllBytes(practice);
		var modified = Files.getLastModifiedTime(practice);
		Path file = Files.writeString(elsewhere.resolve("pass.txt"), "not the passphrase\n");
		assertEquals(Command.FAILED, run("--passphrase-file", file.toString(), "demo"));
		assertEquals("casenotes: The passphrase is not correct. Nothing was opened or changed.\n", err());
		err.reset();
		environment = "also wrong";
		assertEquals(Command.FAILED, run("list"));
		assertEquals("casenotes: The passphrase is not correct. Nothing was opened or changed.\n", err());
		assertArrayEquals(before, Files.readAllBytes(practice));
		assertEquals(modified, Files.getLastModifiedTime(practice));
	}

	@Test
	void aMissingPassphraseFileIsOneLine() {
		assertEquals(Command.FAILED, run("--passphrase-file", elsewhere.resolve("none.txt").toString(), "list"));
		assertTrue(err().startsWith("casenotes: cannot read the passphrase file ") && err().indexOf('\n') == err().length() - 1, err());
	}

	@Test
	void verifyAuthenticatesEveryEncryptedFileAndNamesADamagedOne() throws Exception {
		new org.casenotes.core.AuditTrail(workspace).append("dr-k", "sign", "note _x of C-0042", "");
		environment = PASSPHRASE;
		assertEquals(Command.OK, run("verify"), err());
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("encryption: ") && out.toString(StandardCharsets.UTF_8).contains("authenticate"),
				out.toString(StandardCharsets.UTF_8));
		Path log = workspace.resolve("audit.log");
		byte[] bytes = Files.readAllBytes(log);
		bytes[10] = (byte) (bytes[10] == 'A' ? 'B' : 'A');
		Files.write(log, bytes);
		out.reset();
		assertEquals(Command.FAILED, run("verify"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("encryption: audit.log line 1:"), out.toString(StandardCharsets.UTF_8));
	}

	@Test
	void thePassphraseIsChangedFromAFileAndTheOldOneNoLongerOpens() throws Exception {
		Path newer = Files.writeString(elsewhere.resolve("new.txt"), "a longer new passphrase\n");
		environment = PASSPHRASE;
		assertEquals(Command.OK, run("passphrase", "--new-passphrase-file", newer.toString()), err());
		assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("passphrase changed"), out.toString(StandardCharsets.UTF_8));
		err.reset();
		assertEquals(Command.FAILED, run("list"));
		assertEquals("casenotes: The passphrase is not correct. Nothing was opened or changed.\n", err());
		environment = "a longer new passphrase";
		out.reset();
		assertEquals(Command.OK, run("list"), err());
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("C-0042"));
		assertEquals(Command.USAGE, run("passphrase", "new passphrase on the command line"));
	}
}
