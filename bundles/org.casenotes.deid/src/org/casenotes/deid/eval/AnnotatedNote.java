/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.casenotes.deid.IdentifierType;

/**
 * A note annotated with {@code [[TYPE:surface text]]} markup (the corpus format of {@code eval/corpus.py}): its
 * plain text and the gold spans, as Java String indices. A {@code .note} file holds one note, or several
 * separated by a line {@code =====}.
 */
public record AnnotatedNote(String id, String text, List<GoldSpan> spans) {

	/** An annotated identifier: characters {@code [start, end)} of the plain text. */
	public record GoldSpan(int start, int end, IdentifierType type, String text) {
	}

	private static final Pattern MARK = Pattern.compile("\\[\\[([A-Z]+):(.*?)\\]\\]", Pattern.DOTALL);
	private static final Pattern SEPARATOR = Pattern.compile("(?m)^=====\\s*$");

	/** Parses one annotated note; malformed markup is an {@link IllegalArgumentException} naming the note. */
	public static AnnotatedNote parse(String id, String annotated) {
		StringBuilder text = new StringBuilder(annotated.length());
		List<GoldSpan> spans = new ArrayList<>();
		Matcher m = MARK.matcher(annotated);
		int pos = 0;
		while (m.find()) {
			text.append(annotated, pos, m.start());
			IdentifierType type;
			try {
				type = IdentifierType.valueOf(m.group(1));
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException(id + ": unknown type " + m.group(1) + " in " + m.group());
			}
			String surface = m.group(2);
			if (surface.contains("[[") || surface.contains("]]") || surface.isBlank() || !surface.equals(surface.strip())) {
				throw new IllegalArgumentException(id + ": bad surface text in " + m.group());
			}
			int start = text.length();
			text.append(surface);
			spans.add(new GoldSpan(start, text.length(), type, surface));
			pos = m.end();
		}
		text.append(annotated, pos, annotated.length());
		if (text.indexOf("[[") >= 0 || text.indexOf("]]") >= 0) {
			throw new IllegalArgumentException(id + ": stray markup");
		}
		return new AnnotatedNote(id, text.toString(), List.copyOf(spans));
	}

	/** The notes of one {@code .note} file. */
	public static List<AnnotatedNote> read(Path file) throws IOException {
		String raw = Files.readString(file, StandardCharsets.UTF_8);
		return split(file.getFileName().toString().replaceFirst("\\.[^.]*$", ""), raw);
	}

	/** The notes of the contents of a {@code .note} file named {@code base} (without the extension). */
	public static List<AnnotatedNote> split(String base, String raw) {
		List<String> parts = new ArrayList<>();
		for (String part : SEPARATOR.split(raw, -1)) {
			String stripped = part.replaceAll("^\n+|\n+$", "");
			if (!stripped.isBlank()) {
				parts.add(stripped);
			}
		}
		List<AnnotatedNote> notes = new ArrayList<>();
		for (int i = 0; i < parts.size(); i++) {
			String id = parts.size() == 1 ? base : String.format("%s-%02d", base, i + 1);
			notes.add(parse(id, parts.get(i)));
		}
		return notes;
	}

	/**
	 * The annotated notes of a folder: its {@code *.note} files, or, when it has a {@code gold.jsonl}, its
	 * {@code <id>.txt} files with the spans listed there (the standoff form {@code corpus.py export} writes).
	 */
	public static List<AnnotatedNote> readFolder(Path folder) throws IOException {
		Path gold = folder.resolve("gold.jsonl");
		if (Files.isRegularFile(gold)) {
			return StandoffCorpus.read(folder, gold);
		}
		List<AnnotatedNote> notes = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".note")).sorted().toList()) {
				notes.addAll(read(file));
			}
		}
		return notes;
	}
}
