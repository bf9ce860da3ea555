/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.casenotes.core.AuditTrail;
import org.casenotes.core.PracticeStore;
import org.casenotes.core.StoreException;
import org.casenotes.core.internal.Backups;
import org.casenotes.core.internal.StoreLayout;
import org.casenotes.core.internal.XmiPracticeStore;
import org.casenotes.model.Practice;

/**
 * Checks the workspace without changing it: the practice file loads and the audit trail's chain is intact. Each
 * check prints one line when it passes and one line per problem when it does not; the exit code is 0 only when
 * every check passed.
 */
final class VerifyCommand extends AbstractCommand {

	/** One check of the workspace; it reads, never writes. */
	interface Check {
		/** What the check is about, the prefix of its lines: "practice", "audit trail". */
		String subject();

		/** The findings: one line when all is well, or the problems (at least one) when not. */
		Outcome run(PracticeStore store);
	}

	/** A check's result: passed, with its lines. */
	record Outcome(boolean passed, List<String> lines) {
		static Outcome pass(String line) {
			return new Outcome(true, List.of(line));
		}

		static Outcome fail(List<String> problems) {
			return new Outcome(false, List.copyOf(problems));
		}
	}

	private final OsgiServices services;

	VerifyCommand(OsgiServices services) {
		super("verify", "", "check the workspace: the practice loads, its backups, the audit trail's chain, every encrypted file authenticates");
		this.services = services;
	}

	static List<Check> checks() {
		return List.of(new PracticeLoads(), new SavedVersions(), new AuditChain(), new EncryptedFiles());
	}

	@Override
	public int run(List<String> args, Console console) {
		if (!args.isEmpty()) {
			console.error("verify takes no arguments");
			return USAGE;
		}
		PracticeStore store = services.practiceStore(console);
		if (store == null) {
			return FAILED;
		}
		console.out().println("workspace " + store.location());
		int failed = 0;
		for (Check check : checks()) {
			Outcome outcome;
			try {
				outcome = check.run(store);
			} catch (RuntimeException e) {
				// a check that breaks is a failed check, not a stack trace
				outcome = Outcome.fail(List.of("the check failed unexpectedly: " + e.getClass().getSimpleName()
						+ (e.getMessage() == null ? "" : ": " + e.getMessage())));
			}
			for (String line : outcome.lines()) {
				console.out().println(check.subject() + ": " + line);
			}
			if (!outcome.passed()) {
				failed++;
			}
		}
		if (failed > 0) {
			console.error("verify found problems in " + failed + (failed == 1 ? " check" : " checks"));
			return FAILED;
		}
		return OK;
	}

	/** Every file of the practice is read as the application would read it. */
	static final class PracticeLoads implements Check {
		@Override
		public String subject() {
			return "practice";
		}

		@Override
		public Outcome run(PracticeStore store) {
			try {
				Practice practice = store.practice();
				int clients = practice.getClients().size();
				String loads = "loads, " + clients + (clients == 1 ? " client" : " clients");
				if (!(store instanceof XmiPracticeStore xmi)) {
					return Outcome.pass(loads);
				}
				int files = xmi.readAll();
				if (!xmi.refusedFiles().isEmpty()) {
					List<String> lines = new ArrayList<>();
					lines.add(xmi.refusedFiles().size() + " of the practice's files could not be read:");
					lines.addAll(xmi.refusedFiles());
					return Outcome.fail(lines);
				}
				return Outcome.pass(loads + " in " + files + (files == 1 ? " file" : " files") + ", every one read");
			} catch (StoreException e) {
				return Outcome.fail(List.of(e.getMessage()));
			}
		}
	}

	/**
	 * The backups of the practice file and of the others, what opening them had to recover (the store's notices) and damaged files kept
	 * aside. Only reads: recovery itself is the store's, when {@link PracticeLoads} opened the practice.
	 */
	static final class SavedVersions implements Check {
		private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

		@Override
		public String subject() {
			return "backups";
		}

		@Override
		public Outcome run(PracticeStore store) {
			Path file = store.location().resolve(XmiPracticeStore.FILE_NAME);
			List<Path> backups = new Backups(file).newestFirst();
			List<String> lines = new ArrayList<>();
			if (backups.isEmpty()) {
				lines.add("none yet (one is kept from the second save on)");
			} else {
				lines.add(backups.size() + " of " + Backups.KEEP + " kept in " + Backups.FOLDER + ", the newest saved on " + modified(backups.get(0)));
			}
			int others = 0;
			int backedUp = 0;
			List<String> damaged = new ArrayList<>();
			try (Stream<Path> files = Files.walk(store.location(), 2)) {
				for (Path f : files.filter(Files::isRegularFile).toList()) {
					String name = store.location().relativize(f).toString().replace('\\', '/');
					if (name.contains(".damaged-")) {
						damaged.add(name);
					} else if (StoreLayout.isResource(name) && !name.equals(XmiPracticeStore.FILE_NAME)) {
						others++;
						backedUp += Backups.of(store.location(), name).newestFirst().isEmpty() ? 0 : 1;
					}
				}
			} catch (IOException e) {
				// no workspace folder yet: nothing was saved or kept aside
			}
			if (others > 0) {
				lines.add("case files, identity sheets and the log: " + backedUp + " of " + others + " files have backups (each is kept when the file is saved again)");
			}
			List<String> refused = store instanceof XmiPracticeStore xmi ? xmi.refusedFiles() : List.of();
			store.notices().stream().filter(n -> !refused.contains(n)).forEach(lines::add); // those fail the practice check
			damaged.stream().sorted().forEach(n -> lines.add(
					(n.startsWith(XmiPracticeStore.FILE_NAME) ? "a damaged practice file was kept aside as " : "a damaged file was kept aside as ") + n));
			return new Outcome(true, List.copyOf(lines));
		}

		private static String modified(Path path) {
			try {
				return LocalDateTime.ofInstant(Files.getLastModifiedTime(path).toInstant(), ZoneId.systemDefault()).format(WHEN);
			} catch (IOException e) {
				return "an unknown date";
			}
		}
	}

	/** Every encrypted file decrypts and authenticates under the workspace's key (a flipped byte shows here). */
	static final class EncryptedFiles implements Check {
		@Override
		public String subject() {
			return "encryption";
		}

		@Override
		public Outcome run(PracticeStore store) {
			try {
				if (!store.isEncrypted() || !(store instanceof XmiPracticeStore xmi)) {
					return Outcome.pass("this workspace is not encrypted (set a passphrase with File > Passphrase...)");
				}
				org.casenotes.core.internal.crypto.WorkspaceCrypto.FileCheck check = xmi.crypto().checkFiles();
				if (check.problems().isEmpty()) {
					return Outcome.pass(check.files() + (check.files() == 1 ? " file decrypts and authenticates" : " files decrypt and authenticate"));
				}
				return Outcome.fail(check.problems());
			} catch (StoreException e) {
				return Outcome.fail(List.of(e.getMessage()));
			}
		}
	}

	/** Every audit entry's hash and its link to the entry before. */
	static final class AuditChain implements Check {
		@Override
		public String subject() {
			return "audit trail";
		}

		@Override
		public Outcome run(PracticeStore store) {
			AuditTrail.Report report;
			try {
				report = new AuditTrail(store.location()).verify();
			} catch (StoreException e) {
				return Outcome.fail(List.of(e.getMessage()));
			}
			if (report.intact()) {
				return Outcome.pass(report.entries() + (report.entries() == 1 ? " entry" : " entries") + ", chain intact");
			}
			return Outcome.fail(report.problems());
		}
	}
}
