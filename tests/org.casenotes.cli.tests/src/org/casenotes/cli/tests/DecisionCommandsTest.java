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
import org.casenotes.core.AuditTrail;
import org.casenotes.core.PracticeStore;
import org.casenotes.core.decisions.PracticeStandards;
import org.casenotes.core.internal.XmiPracticeStore;
import org.casenotes.model.BoundaryCategory;
import org.casenotes.model.CasenotesFactory;
import org.casenotes.model.PracticeStandard;
import org.casenotes.model.StandardRequirement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionCommandsTest {

	@TempDir
	Path workspace;
	@TempDir
	Path files;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private XmiPracticeStore store;

	private int run(String... args) {
		out.reset();
		err.reset();
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
	void aReportIsWrittenPseudonymousByDefault() throws Exception {
		assertEquals(Command.OK, run("demo"));
		Path csv = files.resolve("log.csv");
		assertEquals(Command.OK, run("report", "--from", "2025-03-01", "--to", "2025-12-31", "--out", csv.toString()));
		assertTrue(out().startsWith("wrote 2 decisions (from 2025-03-01 to 2025-12-31, all clients, pseudonymous"), out());
		String content = Files.readString(csv);
		assertTrue(content.contains("C-0042") && content.contains("C-0063") && !content.contains("C-0057"), content);
		assertFalse(content.contains("Priya Natarajan"), "no consultant names without --with-names");

		Path html = files.resolve("devon.html");
		assertEquals(Command.OK, run("report", "--client", "C-0057", "--with-names", "--out", html.toString()));
		String page = Files.readString(html);
		assertTrue(page.startsWith("<!DOCTYPE html>") && page.contains("Priya Natarajan") && page.contains("Devon Achebe"), page);
		assertEquals(List.of("export-report", "export-report"), new AuditTrail(workspace).read().stream().map(AuditTrail.Entry::action).toList());
	}

	@Test
	void aBadReportCommandIsOneLineAndWritesNothing() throws Exception {
		assertEquals(Command.OK, run("demo"));
		Path csv = files.resolve("log.csv");
		assertEquals(Command.FAILED, run("report", "--client", "C-9999", "--out", csv.toString()));
		assertEquals("casenotes: report: no client C-9999 (run 'casenotes list' for the codes)\n", err());
		assertEquals(Command.USAGE, run("report", "--from", "March", "--out", csv.toString()));
		assertEquals(Command.USAGE, run("report", "--format", "pdf", "--out", csv.toString()));
		assertFalse(Files.exists(csv));
		assertEquals(Command.OK, run("report", "--help"));
		assertTrue(out().contains("usage: casenotes report"));
	}

	@Test
	void aStandardIsImportedAndShownAndABadOneRefused() throws Exception {
		assertEquals(Command.OK, run("demo"));
		assertEquals(Command.OK, run("standard", "show"));
		assertTrue(out().startsWith("Casenotes minimum 1 (built in; no standard imported)"), out());
		assertTrue(out().contains("every record: Facts, Consultation, Decision, Rationale, Follow-up date"), out());

		PracticeStandard standard = CasenotesFactory.eINSTANCE.createPracticeStandard();
		standard.setName("Riverside Group Practice");
		StandardRequirement gifts = CasenotesFactory.eINSTANCE.createStandardRequirement();
		gifts.setCategory(BoundaryCategory.GIFT);
		gifts.getFields().addAll(List.of("benefits", "followUpOutcome"));
		standard.getRequirements().add(gifts);
		Path file = files.resolve("riverside.cnstandard");
		PracticeStandards.write(standard, file);
		assertEquals(Command.OK, run("standard", "import", file.toString()));
		assertEquals("imported the standard Riverside Group Practice: 1 requirement\n", out());
		assertEquals(Command.OK, run("standard", "show"));
		assertTrue(out().contains("Gifts: Benefits, Follow-up outcome"), out());

		Path hostile = files.resolve("hostile.cnstandard");
		Files.writeString(hostile, Files.readString(file).replace("followUpOutcome", "favouriteColour"));
		assertEquals(Command.FAILED, run("standard", "import", hostile.toString()));
		assertTrue(err().startsWith("casenotes: hostile.cnstandard asks for a field Casenotes does not know"), err());
		assertEquals(1, err().lines().count(), "one line");
		assertEquals(Command.OK, run("standard", "show"));
		assertTrue(out().startsWith("Riverside Group Practice"), "the imported standard is still in force");
		assertEquals(Command.USAGE, run("standard", "remove"));
	}
}
