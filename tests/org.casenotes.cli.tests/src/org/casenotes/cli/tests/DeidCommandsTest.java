/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.casenotes.cli.internal.Command;
import org.casenotes.cli.internal.Commands;
import org.casenotes.cli.internal.Console;
import org.casenotes.cli.internal.OsgiServices;
import org.casenotes.deid.eval.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The de-identification commands on synthetic files, bad ones included. */
class DeidCommandsTest {

	private static final String NOTE = "Her sister Dana Whitcombe called on 14/03/2024 from 0412 345 678.\n";

	@TempDir
	Path dir;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		OsgiServices none = new OsgiServices() {
			@Override
			public <S> Optional<S> get(Class<S> type) {
				return Optional.empty();
			}
		};
		Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Commands(none).run(List.of(args), console);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void jsonGivesOneLinePerFileWithSpansThatMatchTheText() throws IOException {
		Files.writeString(dir.resolve("n1.txt"), NOTE);
		Files.writeString(dir.resolve("n2.txt"), "Seen 2024-03-14. Call (617) 555-0142.");
		assertEquals(Command.OK, run("deid", "--json", dir.toString()), err());
		List<String> lines = out().lines().toList();
		assertEquals(2, lines.size(), out());
		Map<?, ?> first = (Map<?, ?>) Json.parse(lines.get(0));
		assertEquals("n1", first.get("id"));
		List<?> spans = (List<?>) first.get("spans");
		assertTrue(spans.size() >= 3, lines.get(0));
		for (Object o : spans) {
			Map<?, ?> span = (Map<?, ?>) o;
			int start = ((Number) span.get("start")).intValue();
			int end = ((Number) span.get("end")).intValue();
			assertEquals(NOTE.substring(start, end), span.get("text"));
			assertTrue(List.of("NAME", "DATE", "AGE", "LOCATION", "CONTACT", "ID", "PROFESSION").contains(span.get("type")));
			double confidence = ((Number) span.get("confidence")).doubleValue();
			assertTrue(confidence > 0 && confidence <= 1);
		}
	}

	@Test
	void withoutJsonTheTextIsDeidentified() throws IOException {
		Path note = Files.writeString(dir.resolve("note.txt"), NOTE);
		assertEquals(Command.OK, run("deid", note.toString()), err());
		String text = out();
		assertTrue(text.startsWith("Her sister [Person-1] called on "), text);
		for (String original : List.of("Dana", "Whitcombe", "14/03/2024", "0412")) {
			assertFalse(text.contains(original), text);
		}
	}

	@Test
	void badFilesAreReportedAndTheOthersStillProcessed() throws IOException {
		Path good = Files.writeString(dir.resolve("good.txt"), NOTE);
		Path empty = Files.createFile(dir.resolve("empty.txt"));
		Path binary = Files.write(dir.resolve("binary.txt"), new byte[] { 'a', 0, 'b' });
		Path latin1 = Files.write(dir.resolve("latin1.txt"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
		Path huge = dir.resolve("huge.txt");
		try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
			// sparse: 100 MB on paper, nothing on disk
			file.setLength(100L * 1024 * 1024);
		}
		Path missing = dir.resolve("missing.txt");
		int code = run("deid", "--json", empty.toString(), binary.toString(), latin1.toString(), huge.toString(), missing.toString(),
				good.toString());
		assertEquals(Command.FAILED, code);
		assertEquals(1, out().lines().count(), "the good file is still processed: " + out());
		assertTrue(out().contains("\"id\": \"good\""), out());
		String errors = err();
		assertTrue(errors.contains("empty.txt: is empty"), errors);
		assertTrue(errors.contains("binary.txt: is not text"), errors);
		assertTrue(errors.contains("latin1.txt: is not valid UTF-8 (at byte 3)"), errors);
		assertTrue(errors.contains("huge.txt: is 100 MB; notes over 100 MB are refused"), errors);
		assertTrue(errors.contains("missing.txt: does not exist"), errors);
		assertFalse(errors.contains("Exception") || errors.contains("\tat "), "no stack trace: " + errors);
		assertFalse(errors.contains("caf"), "no note text in messages");
	}

	@Test
	void usageErrors() {
		assertEquals(Command.USAGE, run("deid"));
		assertEquals(Command.USAGE, run("deid", "--yaml", "x.txt"));
		assertEquals(Command.USAGE, run("evaluate"));
		assertEquals(Command.USAGE, run("bench", "--mb", "lots"));
	}

	@Test
	void evaluatePrintsTheFiguresOfScorePy() throws IOException {
		Files.writeString(dir.resolve("a.note"), "Her sister [[NAME:Dana Whitcombe]] called on [[DATE:14/03/2024]] from [[CONTACT:0412 345 678]].\n");
		Files.writeString(dir.resolve("b.note"), "Client [[NAME:Tolu]] ([[AGE:15]]) attends [[LOCATION:Lakeshore Collegiate]].\n");
		assertEquals(Command.OK, run("evaluate", dir.toString()), err());
		String report = out();
		for (String key : List.of("notes: 2", "token_recall: ", "token_precision: ", "token_f1: ", "leak_rate: ", "strict_span_f1: ",
				"per_type_token_recall: {")) {
			assertTrue(report.contains(key), key + " missing from:\n" + report);
		}
		assertTrue(report.contains("token_recall: 1.0"), report);
	}

	@Test
	void evaluateReportsMalformedMarkup() throws IOException {
		Files.writeString(dir.resolve("bad.note"), "Her sister [[NAMEX:Dana]] called.\n");
		assertEquals(Command.FAILED, run("evaluate", dir.toString()));
		assertTrue(err().contains("unknown type NAMEX"), err());
	}

	@Test
	void benchRunsOnATinyCorpus() {
		assertEquals(Command.OK, run("bench", "--mb", "1", "--runs", "1"), err());
		String report = out();
		assertTrue(report.contains("cores") && report.contains("MB/s") && report.contains("5,000-word note") && report.contains("lexicons"),
				report);
	}
}
