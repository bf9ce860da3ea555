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
import java.util.Map;

import org.casenotes.deid.IdentifierType;

/** A corpus as {@code <id>.txt} files and a {@code gold.jsonl} of their spans (Java String offsets). */
final class StandoffCorpus {

	private StandoffCorpus() {
	}

	@SuppressWarnings("unchecked")
	static List<AnnotatedNote> read(Path folder, Path goldFile) throws IOException {
		List<AnnotatedNote> notes = new ArrayList<>();
		int lineNumber = 0;
		for (String line : Files.readAllLines(goldFile, StandardCharsets.UTF_8)) {
			lineNumber++;
			if (line.isBlank()) {
				continue;
			}
			Map<String, Object> object;
			try {
				object = (Map<String, Object>) Json.parse(line);
			} catch (IllegalArgumentException | ClassCastException e) {
				throw new IOException(goldFile + " line " + lineNumber + ": " + e.getMessage());
			}
			String id = String.valueOf(object.get("id"));
			String text = Files.readString(folder.resolve(id + ".txt"), StandardCharsets.UTF_8);
			List<AnnotatedNote.GoldSpan> spans = new ArrayList<>();
			for (Object o : (List<Object>) object.getOrDefault("spans", List.of())) {
				Map<String, Object> span = (Map<String, Object>) o;
				int start = ((Number) span.get("start")).intValue();
				int end = ((Number) span.get("end")).intValue();
				spans.add(new AnnotatedNote.GoldSpan(start, end, IdentifierType.valueOf(String.valueOf(span.get("type"))),
						text.substring(start, end)));
			}
			notes.add(new AnnotatedNote(id, text, List.copyOf(spans)));
		}
		return notes;
	}
}
