/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {

	@TempDir
	Path workspace;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		OsgiServices services = new OsgiServices() {
			@Override
			public <S> Optional<S> get(Class<S> type) {
				return type == PracticeStore.class ? Optional.of(type.cast(new XmiPracticeStore(workspace))) : Optional.empty();
			}
		};
		Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Commands(services).run(List.of(args), console);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void helpListsEveryCommand() {
		assertEquals(Command.OK, run("--help"));
		for (String name : List.of("help", "version", "list", "demo", "share", "import", "deid", "evaluate", "bench")) {
			assertTrue(out().contains("\n  " + name + " "), name + " missing from:\n" + out());
		}
	}

	@Test
	void helpForOneCommandShowsItsUsage() {
		assertEquals(Command.OK, run("help", "list"));
		assertTrue(out().startsWith("usage: casenotes list"), out());
	}

	@Test
	void anUnknownCommandIsAUsageError() {
		assertEquals(Command.USAGE, run("frobnicate"));
		assertTrue(err().contains("unknown command 'frobnicate'"), err());
	}

	@Test
	void listShowsCodesAndNeverNamesFromIdentitySheets() {
		assertEquals(Command.OK, run("demo"));
		out.reset();
		assertEquals(Command.OK, run("list"));
		String listing = out();
		assertTrue(listing.contains("C-0042") && listing.contains("C-0057") && listing.contains("C-0063"), listing);
		assertTrue(listing.contains("consultation log: 3 decisions"), listing);
		// every name, place and handle on the demo identity sheets, as whole words
		for (String name : List.of("Mara", "Lindqvist", "Signe", "Tomas", "Devon", "Achebe", "Amara", "Kofi", "Rosa", "Quintero",
				"Elena", "Harbourline", "Millbrook", "Westbrook")) {
			assertFalse(java.util.regex.Pattern.compile("\\b" + name + "\\b").matcher(listing).find(),
					"the listing leaks '" + name + "':\n" + listing);
		}
	}

	@Test
	void anUnreadablePracticeIsAClearErrorAndIsLeftAlone() throws Exception {
		Path file = workspace.resolve(XmiPracticeStore.FILE_NAME);
		Files.writeString(file, "not xml at all");
		assertEquals(Command.FAILED, run("list"));
		assertTrue(err().startsWith("casenotes: Casenotes could not read the practice file"), err());
		assertFalse(err().contains("\tat "), "no stack trace");
		assertEquals("not xml at all", Files.readString(file));
	}
}
