/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.casenotes.deid.Deidentifier;
import org.casenotes.deid.DetectionContext;
import org.casenotes.deid.Finding;
import org.casenotes.deid.eval.AnnotatedNote;
import org.casenotes.deid.eval.AnnotatedNote.GoldSpan;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Every finding the engine makes on the development corpus and on the TAB subset, field by field (start, end,
 * type, confidence, recognizer), against the files in {@code golden/}. Quality figures can stay put while
 * spans move; this test cannot, so work on the engine's speed is proved to change nothing. Each note is read
 * twice: with no context, and with a context built from its own gold spans at a low minimum confidence, which
 * exercises the known identifiers, the dismissed texts and the weaker candidates too.
 * <p>
 * A change meant to alter findings updates the golden files: the findings of every run are written to
 * {@code target/golden-actual/}, to be reviewed and copied over. The dev lines carry the matched text (the
 * corpus is synthetic); the TAB lines carry offsets only. TAB lives outside the repository
 * ({@code ../shared/corpus/tab-test-subset} beside the project), so that half is skipped where it is absent.
 */
class GoldenFindingsTest {

	private static final String TAB_FOLDER = "shared/corpus/tab-test-subset";

	@Test
	void devCorpusFindingsAreUnchanged() throws IOException {
		List<AnnotatedNote> notes = DevCorpusQualityTest.corpus();
		assertTrue(notes.size() >= 40, "the dev corpus is read");
		compare("dev-findings.tsv", render(notes, true));
	}

	@Test
	void tabSubsetFindingsAreUnchanged() throws IOException {
		Path folder = tabFolder();
		Assumptions.assumeTrue(folder != null, "the TAB subset is not beside the project");
		List<AnnotatedNote> notes = AnnotatedNote.readFolder(folder);
		assertTrue(notes.size() >= 6, "the TAB subset is read");
		compare("tab-findings.tsv", render(notes, false));
	}

	/** One line per finding, in order: note, context, start, end, type, confidence, recognizer (and the text). */
	static List<String> render(List<AnnotatedNote> notes, boolean withText) {
		List<AnnotatedNote> sorted = new ArrayList<>(notes);
		sorted.sort((a, b) -> a.id().compareTo(b.id()));
		List<String> lines = new ArrayList<>();
		for (AnnotatedNote note : sorted) {
			render(note, "none", DetectionContext.EMPTY, withText, lines);
			render(note, "known", knownContext(note), withText, lines);
		}
		return lines;
	}

	private static void render(AnnotatedNote note, String contextName, DetectionContext context, boolean withText, List<String> lines) {
		List<Finding> findings = Deidentifier.standard().detect(note.text(), context);
		lines.add(note.id() + "\t" + contextName + "\t" + findings.size() + " findings");
		for (Finding f : findings) {
			String line = String.format(Locale.ROOT, "%s\t%s\t%d\t%d\t%s\t%s\t%s", note.id(), contextName, f.start(), f.end(), f.type(),
					Double.toString(f.confidence()), f.recognizer());
			if (withText) {
				line += "\t" + f.text(note.text()).replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
			}
			lines.add(line);
		}
	}

	/** What a therapist would have on the identity sheet for this note: its gold identifiers, one dismissed. */
	private static DetectionContext knownContext(AnnotatedNote note) {
		DetectionContext.Builder builder = DetectionContext.builder().minimumConfidence(0.1).dateOfBirth(LocalDate.of(1987, 3, 14));
		boolean client = true;
		boolean dismissed = false;
		for (GoldSpan span : note.spans()) {
			switch (span.type()) {
			case NAME -> {
				builder.name(span.text(), client ? "client" : "sister");
				client = false;
			}
			case LOCATION -> builder.place(span.text(), "employer");
			case CONTACT -> builder.contact(span.text(), "phone");
			case ID -> builder.identifier(span.text(), "record");
			case PROFESSION -> {
				if (!dismissed) {
					builder.dismiss(span.text());
					dismissed = true;
				}
			}
			default -> {
				// dates and ages are found by their shape, not from the sheet
			}
			}
		}
		return builder.build();
	}

	private static void compare(String name, List<String> actual) throws IOException {
		Path written = Path.of("target", "golden-actual", name).toAbsolutePath();
		Files.createDirectories(written.getParent());
		Files.write(written, actual, StandardCharsets.UTF_8);
		List<String> expected = golden(name);
		if (expected == null) {
			fail("no golden/" + name + " in the test bundle; the findings of this run are in " + written);
		}
		for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
			if (!expected.get(i).equals(actual.get(i))) {
				fail("findings differ from golden/" + name + " at line " + (i + 1) + "\nexpected: " + expected.get(i) + "\nactual:   "
						+ actual.get(i) + "\n(all of this run's findings: " + written + ")");
			}
		}
		if (expected.size() != actual.size()) {
			fail("golden/" + name + " has " + expected.size() + " lines, this run " + actual.size() + " (see " + written + ")");
		}
	}

	private static List<String> golden(String name) throws IOException {
		Bundle bundle = FrameworkUtil.getBundle(GoldenFindingsTest.class);
		URL url = bundle.getEntry("golden/" + name);
		if (url == null) {
			return null;
		}
		try (InputStream in = url.openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		}
	}

	/** The TAB subset in a {@code shared} folder beside the project, looked for upwards from the working folder. */
	private static Path tabFolder() {
		for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
			Path candidate = p.resolve(TAB_FOLDER);
			if (Files.isRegularFile(candidate.resolve("gold.jsonl"))) {
				return candidate;
			}
		}
		return null;
	}
}
