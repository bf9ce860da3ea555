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
import org.casenotes.cli.internal.SyntheticNotes;
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
		Files.writeString(dir.resolve("notes.md"), "not a note: a folder means its .txt and .note files");
		assertEquals(Command.OK, run("deid", "--json", dir.toString()), err());
		List<String> lines = out().lines().toList();
		assertEquals(2, lines.size(), out());
		Map<?, ?> first = (Map<?, ?>) Json.parse(lines.get(0));
		assertEquals("n1", first.get("id"));
		assertTrue(((List<?>) first.get("spans")).size() >= 3, lines.get(0));
		assertSpansMatch(NOTE, first);
		Map<?, ?> second = (Map<?, ?>) Json.parse(lines.get(1));
		assertEquals("n2", second.get("id"));
		assertSpansMatch("Seen 2024-03-14. Call (617) 555-0142.", second);
	}

	@Test
	void offsetsIndexTheFileAsDecodedByteOrderMarkAndAll() throws IOException {
		// score.py reads the mark as a character: an offset that skipped it would be one off for the whole file
		String text = "\uFEFFCalled Ren\u00e9e Delgado on 14/03/2024 \uD83D\uDE42 from (617) 555-0142.";
		Files.writeString(dir.resolve("bom.txt"), text);
		assertEquals(Command.OK, run("deid", "--json", dir.resolve("bom.txt").toString()), err());
		Map<?, ?> line = (Map<?, ?>) Json.parse(out().strip());
		assertFalse(((List<?>) line.get("spans")).isEmpty(), out());
		assertSpansMatch(text, line);
	}

	@Test
	void aNoteFileIsDeidentifiedAsItsPlainText() throws IOException {
		Path note = Files.writeString(dir.resolve("d01.note"),
				"Her sister [[NAME:Dana Whitcombe]] called on [[DATE:14/03/2024]].\n=====\n"
						+ "Client [[NAME:Tolu]] ([[AGE:15]]) attends [[LOCATION:Lakeshore Collegiate]].\n");
		assertEquals(Command.OK, run("deid", "--json", note.toString()), err());
		List<String> lines = out().lines().toList();
		assertEquals(2, lines.size(), "one line per note of the file: " + out());
		Map<?, ?> first = (Map<?, ?>) Json.parse(lines.get(0));
		assertEquals("d01-01", first.get("id"));
		assertSpansMatch("Her sister Dana Whitcombe called on 14/03/2024.", first);
		assertEquals("d01-02", ((Map<?, ?>) Json.parse(lines.get(1))).get("id"));

		out.reset();
		assertEquals(Command.OK, run("deid", note.toString()), err());
		String text = out();
		assertFalse(text.contains("[[") || text.contains("NAME:") || text.contains("Dana") || text.contains("Tolu"), text);
		assertTrue(text.contains("==> d01-01 <==") && text.contains("==> d01-02 <=="), text);
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
		// a NUL far into the file: a check of the first block only would let it through as "text"
		byte[] lateNul = ("x".repeat(20_000) + "\0").getBytes(StandardCharsets.UTF_8);
		Path lateBinary = Files.write(dir.resolve("late-binary.txt"), lateNul);
		Path latin1 = Files.write(dir.resolve("latin1.txt"), "caf\u00e9 Whitcombe".getBytes(StandardCharsets.ISO_8859_1));
		Path huge = dir.resolve("huge.txt");
		try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
			// sparse: 100 MB on paper, nothing on disk
			file.setLength(100L * 1024 * 1024);
		}
		Path missing = dir.resolve("missing.txt");
		Path noText = Files.createDirectory(dir.resolve("no-text"));
		Files.writeString(noText.resolve("readme.md"), "Dana Whitcombe");
		Path badMarkup = Files.writeString(dir.resolve("bad.note"), "Her sister [[NAMEX:Dana Whitcombe]] called.\n");
		int code = run("deid", "--json", empty.toString(), binary.toString(), lateBinary.toString(), latin1.toString(), huge.toString(),
				missing.toString(), noText.toString(), badMarkup.toString(), good.toString());
		assertEquals(Command.FAILED, code);
		assertEquals(1, out().lines().count(), "the good file is still processed: " + out());
		assertTrue(out().startsWith("{\"id\": \"good\""), out());
		List<String> errors = err().lines().toList();
		assertEquals(8, errors.size(), "one line for each bad input: " + err());
		assertEquals("casenotes: " + empty + ": is empty", errors.get(0));
		assertTrue(errors.get(1).startsWith("casenotes: " + binary + ": is not text"), errors.get(1));
		assertTrue(errors.get(2).startsWith("casenotes: " + lateBinary + ": is not text"), errors.get(2));
		assertTrue(errors.get(3).startsWith("casenotes: " + latin1 + ": is not valid UTF-8 (at byte 3)"), errors.get(3));
		assertEquals("casenotes: " + huge + ": is 100 MB; notes of 100 MB or more are refused", errors.get(4));
		assertEquals("casenotes: " + missing + ": does not exist", errors.get(5));
		assertTrue(errors.get(6).startsWith("casenotes: " + noText + ": the folder has no .txt"), errors.get(6));
		assertTrue(errors.get(7).startsWith("casenotes: " + badMarkup + ": has malformed markup") && errors.get(7).contains("NAMEX"),
				errors.get(7));
		String all = err();
		assertFalse(all.contains("Exception") || all.contains("\tat "), "no stack trace: " + all);
		assertFalse(all.contains("caf") || all.contains("Dana") || all.contains("Whitcombe"), "no note text in messages: " + all);
	}

	@Test
	void usageErrors() {
		assertEquals(Command.USAGE, run("deid"));
		assertEquals(Command.USAGE, run("deid", "--yaml", "x.txt"));
		assertEquals(Command.USAGE, run("evaluate"));
		assertEquals(Command.USAGE, run("evaluate", "--yaml", "dir"));
		assertEquals(Command.USAGE, run("bench", "--mb", "lots"));
		assertEquals(Command.USAGE, run("bench", "--runs", "0"));
		assertEquals(Command.USAGE, run("bench", "--mb"));
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
	void evaluateGivesTheSameFiguresForANoteFolderAndItsStandoffExport() throws IOException {
		String annotated = "Her sister [[NAME:Dana Whitcombe]] called on [[DATE:14/03/2024]] from [[CONTACT:0412 345 678]].";
		Path notes = Files.createDirectory(dir.resolve("notes"));
		Files.writeString(notes.resolve("a.note"), annotated + "\n");
		assertEquals(Command.OK, run("evaluate", "--json", notes.toString()), err());
		String fromNotes = out();
		// the form corpus.py export writes: <id>.txt and gold.jsonl
		Path standoff = Files.createDirectory(dir.resolve("standoff"));
		Files.writeString(standoff.resolve("a.txt"), "Her sister Dana Whitcombe called on 14/03/2024 from 0412 345 678.");
		Files.writeString(standoff.resolve("gold.jsonl"), "{\"id\": \"a\", \"spans\": [{\"start\": 11, \"end\": 25, \"type\": \"NAME\"}, "
				+ "{\"start\": 36, \"end\": 46, \"type\": \"DATE\"}, {\"start\": 52, \"end\": 64, \"type\": \"CONTACT\"}]}\n");
		out.reset();
		assertEquals(Command.OK, run("evaluate", "--json", standoff.toString()), err());
		assertEquals(fromNotes, out());
		Map<?, ?> scores = (Map<?, ?>) Json.parse(fromNotes.strip());
		assertEquals(1, ((Number) scores.get("notes")).intValue());
		assertEquals(3, ((Number) scores.get("gold_spans")).intValue());
	}

	@Test
	void evaluateReportsMalformedMarkupWithoutTheNoteText() throws IOException {
		Files.writeString(dir.resolve("bad.note"), "Her sister [[NAMEX:Dana]] called.\n");
		assertEquals(Command.FAILED, run("evaluate", dir.toString()));
		assertTrue(err().contains("unknown type NAMEX"), err());
		assertFalse(err().contains("Dana"), "no note text in messages: " + err());
	}

	@Test
	void evaluateReportsFoldersWithoutNotes() throws IOException {
		Path empty = Files.createDirectory(dir.resolve("empty"));
		assertEquals(Command.FAILED, run("evaluate", empty.toString(), dir.resolve("missing").toString()));
		assertTrue(err().contains(empty + ": holds no annotated notes"), err());
		assertTrue(err().contains("missing: does not exist"), err());
		assertEquals("", out());
	}

	@Test
	void benchRunsOnATinyCorpus() {
		// a smoke run: the figures are for people to read, never asserted
		assertEquals(Command.OK, run("bench", "--mb", "1", "--runs", "1"), err());
		String report = out();
		for (String line : List.of("machine: ", "lexicons: ", "corpus: ", "warm-up: ", "run 1: ", "throughput, one thread",
				"latency, one 5,000-word note")) {
			assertTrue(report.contains(line), line + " missing from:\n" + report);
		}
		assertTrue(report.contains("MB/s") && report.contains("\u00b5s") && report.contains("p99"), report);
	}

	@Test
	void syntheticNotesAreOfSessionNoteLengthAndTheSameForTheSameSeed() {
		List<String> corpus = new SyntheticNotes(7).corpus(1_000_000);
		assertEquals(corpus, new SyntheticNotes(7).corpus(1_000_000), "a benchmark must measure the same text on every machine");
		assertTrue(corpus.stream().mapToInt(String::length).sum() >= 1_000_000);
		for (String note : corpus) {
			assertTrue(note.length() >= SyntheticNotes.MIN_CHARS && note.length() <= SyntheticNotes.MAX_CHARS, note.length() + " characters");
		}
		assertTrue(corpus.stream().distinct().count() == corpus.size(), "notes are recombined, not repeated");
	}

	private static void assertSpansMatch(String text, Map<?, ?> line) {
		for (Object o : (List<?>) line.get("spans")) {
			Map<?, ?> span = (Map<?, ?>) o;
			int start = ((Number) span.get("start")).intValue();
			int end = ((Number) span.get("end")).intValue();
			assertEquals(text.substring(start, end), span.get("text"));
			assertTrue(List.of("NAME", "DATE", "AGE", "LOCATION", "CONTACT", "ID", "PROFESSION").contains(span.get("type")), span.toString());
			double confidence = ((Number) span.get("confidence")).doubleValue();
			assertTrue(confidence > 0 && confidence <= 1, span.toString());
		}
	}
}
