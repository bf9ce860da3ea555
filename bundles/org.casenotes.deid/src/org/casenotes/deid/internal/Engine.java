/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.internal;

import java.util.ArrayList;
import java.util.List;

import org.casenotes.deid.DetectionContext;
import org.casenotes.deid.Finding;

/**
 * Runs the recognizers over a text in an order where each can read what the earlier ones found, then resolves
 * the candidates. Very long texts are cut at line breaks into chunks of about a megabyte, so memory stays
 * proportional to the chunk, not the file.
 */
public final class Engine {

	static final int CHUNK = 1 << 20;

	private final Lexicons lexicons;
	private final List<Recognizer> recognizers = List.of(new ContactRecognizer(), new IdRecognizer(), new DateRecognizer(),
			new AddressRecognizer(), new NameRecognizer(), new PropagationRecognizer(false), new ProfessionRecognizer(),
			new LocationRecognizer(), new AgeRecognizer(), new PropagationRecognizer(true));

	public Engine(Lexicons lexicons) {
		this.lexicons = lexicons;
		// the recognizers are created above; the helpers they share hold cue words too, which the tokenizer
		// indexes only if they exist before the first document
		ProperNouns.PARTICLES.getClass();
	}

	/** The known identifiers compiled for the last context: an editor asks again on every keystroke. */
	private volatile Compiled last = new Compiled(DetectionContext.EMPTY, KnownIdentifiers.NONE);

	private record Compiled(DetectionContext context, KnownIdentifiers known) {
	}

	public List<Finding> detect(CharSequence text, DetectionContext context) {
		Compiled compiled = last;
		if (compiled.context() != context) {
			compiled = new Compiled(context, KnownIdentifiers.compile(context, lexicons));
			last = compiled;
		}
		KnownIdentifiers known = compiled.known();
		if (text.length() <= CHUNK + CHUNK / 2) {
			return detectChunk(text, known, context);
		}
		List<Finding> findings = new ArrayList<>();
		int start = 0;
		while (start < text.length()) {
			int end = chunkEnd(text, start);
			for (Finding f : detectChunk(text.subSequence(start, end), known, context)) {
				findings.add(new Finding(f.start() + start, f.end() + start, f.type(), f.confidence(), f.recognizer()));
			}
			start = end;
		}
		return findings;
	}

	/** The end of the chunk starting at {@code start}: the line break nearest after a megabyte. */
	private static int chunkEnd(CharSequence text, int start) {
		int target = Math.min(text.length(), start + CHUNK);
		if (target == text.length()) {
			return target;
		}
		for (int i = target; i < Math.min(text.length(), target + CHUNK / 2); i++) {
			if (text.charAt(i) == '\n') {
				return i + 1;
			}
		}
		// no line break: cut at a space, and never between the halves of a surrogate pair
		for (int i = target; i > start + CHUNK / 2; i--) {
			if (Character.isWhitespace(text.charAt(i))) {
				return i + 1;
			}
		}
		return Character.isLowSurrogate(text.charAt(target)) ? target + 1 : target;
	}

	private List<Finding> detectChunk(CharSequence text, KnownIdentifiers known, DetectionContext context) {
		Doc doc = Doc.of(text, lexicons);
		Candidates candidates = new Candidates(doc);
		known.find(doc, candidates);
		for (Recognizer recognizer : recognizers) {
			recognizer.recognize(doc, known, candidates);
		}
		return Resolver.resolve(candidates, context);
	}

	public Lexicons lexicons() {
		return lexicons;
	}
}
