/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.util.stream.Stream;

import org.casenotes.cli.internal.Command;
import org.casenotes.cli.internal.Commands;
import org.casenotes.cli.internal.Console;
import org.casenotes.cli.internal.OsgiServices;
import org.casenotes.core.AuditTrail;
import org.casenotes.core.PracticeStore;
import org.casenotes.core.internal.StoreLayout;
import org.casenotes.core.internal.XmiPracticeStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {

	@TempDir
	Path workspace;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private XmiPracticeStore store;

	private int run(String... args) {
		OsgiServices services = new OsgiServices() {
			@Override
			public <S> Optional<S> get(Class<S> type) {
				if (type != PracticeStore.class) {
					return Optional.empty();
				}
				// each command runs as its own process would: the store before it has let the workspace go
				if (store != null) {
					store.close();
				}
				store = new XmiPracticeStore(workspace);
				return Optional.of(type.cast(store));
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
		for (String name : List.of("help", "version", "list", "demo", "share", "import", "verify", "deid", "evaluate", "bench", "bench-store")) {
			assertTrue(out().contains("\n  " + name + " "), name + " missing from:\n" + out());
		}
	}

	@Test
	void theStoreBenchmarkReportsEachFigureAndCleansUp() {
		assertEquals(Command.OK, run("bench-store", "--notes", "40", "--case-files", "4"), err());
		for (String figure : List.of("generated 40 notes in 4 case files", "start to a listable explorer", "open one case file",
				"save one note", "heap held after opening the workspace and one case file", "read every file")) {
			assertTrue(out().contains(figure), figure + " missing from:\n" + out());
		}
		assertTrue(out().contains("(a plaintext workspace)"), out());
		out.reset();
		assertEquals(Command.OK, run("bench-store", "--notes", "6", "--case-files", "2", "--encrypted"), err());
		assertTrue(out().contains("unlock (PBKDF2-HMAC-SHA256, 600,000 iterations, once per start): "), out());
		assertTrue(out().contains("(an encrypted workspace)"), out());
		assertEquals(Command.USAGE, run("bench-store", "--notes", "lots"));
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

	@Test
	void verifyReportsAnIntactTrailAndChangesNothing() throws Exception {
		assertEquals(Command.OK, run("demo"));
		AuditTrail trail = new AuditTrail(workspace);
		trail.append("dr-k", "sign", "note _a of C-0042", "");
		trail.append("dr-k", "addendum", "note _a of C-0042", "addendum 1 of the note");
		String before = Files.readString(trail.file());
		long practiceModified = Files.getLastModifiedTime(workspace.resolve(XmiPracticeStore.FILE_NAME)).toMillis();
		out.reset();
		assertEquals(Command.OK, run("verify"), err());
		assertTrue(out().contains("practice: loads, 3 clients in 8 files, every one read\n"), out());
		assertTrue(out().contains("audit trail: 2 entries, chain intact\n"), out());
		assertEquals("", err());
		assertEquals(before, Files.readString(trail.file()));
		assertEquals(practiceModified, Files.getLastModifiedTime(workspace.resolve(XmiPracticeStore.FILE_NAME)).toMillis());
	}

	@Test
	void verifyShowsEachProblemWithItsLine() throws Exception {
		AuditTrail trail = new AuditTrail(workspace);
		trail.append("dr-k", "sign", "note _a of C-0042", "");
		trail.append("dr-k", "sign", "note _b of C-0042", "");
		trail.append("dr-k", "addendum", "note _a of C-0042", "addendum 1 of the note");
		List<String> lines = Files.readAllLines(trail.file());
		Files.write(trail.file(), List.of(lines.get(0), lines.get(1).replace("_b", "_c"), lines.get(2)));
		assertEquals(Command.FAILED, run("verify"));
		assertTrue(out().contains("audit trail: line 2: the entry was changed after it was written\n"), out());
		assertFalse(out().contains("chain intact"), out());
		assertTrue(err().contains("verify found problems in 1 check"), err());
		assertFalse(out().contains("\tat ") || err().contains("\tat "), "no stack trace");
	}

	@Test
	void verifyCountsAMissingTrailAsEmptyAndReportsAnUnreadablePractice() throws Exception {
		assertEquals(Command.OK, run("verify"), err());
		assertTrue(out().contains("audit trail: 0 entries, chain intact\n"), out());
		assertFalse(Files.exists(workspace.resolve(AuditTrail.FILE_NAME)), "verify creates nothing");
		assertFalse(Files.exists(workspace.resolve(XmiPracticeStore.FILE_NAME)), "verify creates nothing");

		Files.writeString(workspace.resolve(XmiPracticeStore.FILE_NAME), "not xml at all");
		out.reset();
		assertEquals(Command.FAILED, run("verify"));
		assertTrue(out().contains("practice: Casenotes could not read the practice file"), out());
		assertTrue(out().contains("audit trail: 0 entries, chain intact\n"), "every check runs: " + out());
		assertFalse(out().contains("\tat ") || err().contains("\tat "), "no stack trace");
	}

	@Test
	void verifyReportsTheBackupsAndARecoveryWithoutFailing() throws Exception {
		assertEquals(Command.OK, run("verify"), err());
		assertTrue(out().contains("backups: none yet"), out());
		store.close(); // as the verify process would on exit
		for (String name : List.of("first", "second", "third")) {
			try (XmiPracticeStore store = new XmiPracticeStore(workspace)) {
				store.practice().setName(name);
				store.save();
			}
		}
		Files.writeString(workspace.resolve(XmiPracticeStore.FILE_NAME), "<?xml version=\"1.0\"?>\n<casenotes:Prac");
		out.reset();
		assertEquals(Command.OK, run("verify"), err());
		assertTrue(out().contains("practice: loads, 0 clients in 2 files, every one read\n"), out());
		assertTrue(out().contains("backups: 2 of 3 kept in backups, the newest saved on "), out());
		assertTrue(out().contains("backups: The practice file could not be read (it is not a well-formed Casenotes file"), out());
		assertTrue(out().contains("backups: a damaged practice file was kept aside as practice.casenotes.damaged-"), out());
		assertFalse(out().contains("\tat ") || err().contains("\tat "), "no stack trace");
	}

	@Test
	void verifyReadsEveryCaseFileAndNamesTheOneThatCannotBeRead() throws Exception {
		try (XmiPracticeStore demo = new XmiPracticeStore(workspace)) {
			demo.createDemoPractice();
		}
		Path damaged;
		try (Stream<Path> caseFiles = Files.list(workspace.resolve(StoreLayout.CASE_FILES))) {
			damaged = caseFiles.sorted().findFirst().orElseThrow();
		}
		byte[] bytes = Files.readAllBytes(damaged);
		Files.write(damaged, java.util.Arrays.copyOf(bytes, bytes.length / 2));
		assertEquals(Command.FAILED, run("verify"));
		assertTrue(out().contains("practice: 1 of the practice's files could not be read:\n"), out());
		assertTrue(out().contains("practice: Casenotes could not read the case file casefiles/" + damaged.getFileName()), out());
		assertTrue(out().contains("audit trail: 0 entries, chain intact\n"), "every check runs: " + out());
		assertArrayEquals(java.util.Arrays.copyOf(bytes, bytes.length / 2), Files.readAllBytes(damaged), "verify changes nothing");
		assertFalse(out().contains("\tat ") || err().contains("\tat "), "no stack trace");
	}
}
