/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.casenotes.deid.IdentifierType;

/**
 * What the recognizers propose, before overlaps are resolved. Besides the spans it keeps, per token, the most
 * confident type proposed so far, because recognizers read each other: an age in "Grace (6)" follows a name,
 * a surname follows a given name. Tokens can also be vetoed (a cited theorist, a drug name) so no later
 * recognizer proposes them.
 */
public final class Candidates {

	/**
	 * A proposed identifier: characters {@code [start, end)}, of which {@code firstToken} is the first token
	 * (kept so the recognizers that read candidates back need no search for it).
	 */
	public record Candidate(int start, int end, IdentifierType type, double confidence, String recognizer, int firstToken) {
	}

	/** {@link IdentifierType#values()} copies its array on every call; types are read per token. */
	private static final IdentifierType[] TYPES = IdentifierType.values();

	private final Doc doc;
	private final List<Candidate> list = new ArrayList<>();
	private final byte[] tokenType;
	private final float[] tokenConfidence;
	private final boolean[] vetoed;

	public Candidates(Doc doc) {
		this.doc = doc;
		tokenType = new byte[doc.size()];
		tokenConfidence = new float[doc.size()];
		vetoed = new boolean[doc.size()];
	}

	/** Proposes tokens {@code first..last} (inclusive) as one identifier. */
	public void add(int first, int last, IdentifierType type, double confidence, String recognizer) {
		if (first < 0 || last < first || last >= doc.size()) {
			return;
		}
		for (int i = first; i <= last; i++) {
			if (vetoed[i]) {
				return;
			}
		}
		// tokens are never empty, so the span is too, and its tokens are first..last: no search for them
		list.add(new Candidate(doc.start(first), doc.end(last), type, confidence, recognizer, first));
		mark(first, last + 1, type, confidence);
	}

	/** Proposes characters {@code [start, end)}, for spans that start or end inside a token ("42" of "42yo"). */
	public void addChars(int start, int end, IdentifierType type, double confidence, String recognizer) {
		if (end <= start) {
			return;
		}
		int first = doc.tokenAt(start);
		int last = first;
		while (last < doc.size() && doc.start(last) < end) {
			last++;
		}
		list.add(new Candidate(start, end, type, confidence, recognizer, first));
		mark(first, last, type, confidence);
	}

	/** Records {@code type} on tokens {@code from} (inclusive) to {@code to} (exclusive) where it is the surest yet. */
	private void mark(int from, int to, IdentifierType type, double confidence) {
		for (int i = from; i < to; i++) {
			if (confidence > tokenConfidence[i]) {
				tokenConfidence[i] = (float) confidence;
				tokenType[i] = (byte) (type.ordinal() + 1);
			}
		}
	}

	/** Keeps every recognizer off tokens {@code first..last}: they are known not to identify anyone. */
	public void veto(int first, int last) {
		Arrays.fill(vetoed, Math.max(0, first), Math.min(doc.size(), last + 1), true);
	}

	public boolean vetoed(int token) {
		return token >= 0 && token < vetoed.length && vetoed[token];
	}

	/** The most confident type proposed for a token so far, or null. */
	public IdentifierType typeAt(int token) {
		int code = typeCode(token);
		return code == 0 ? null : TYPES[code - 1];
	}

	/** 1 + the ordinal of the most confident type proposed for a token, or 0 (also outside the text). */
	private int typeCode(int token) {
		return token >= 0 && token < tokenType.length ? tokenType[token] : 0;
	}

	public double confidenceAt(int token) {
		return token < 0 || token >= tokenConfidence.length ? 0 : tokenConfidence[token];
	}

	/** Whether a token is already proposed as {@code type} with at least {@code confidence}. */
	public boolean is(int token, IdentifierType type, double confidence) {
		// asked of nearly every token by several recognizers: kept small enough for the JIT to inline
		return typeCode(token) == type.ordinal() + 1 && tokenConfidence[token] >= confidence;
	}

	public boolean covered(int token) {
		return typeCode(token) != 0;
	}

	public List<Candidate> all() {
		return list;
	}

	public Doc doc() {
		return doc;
	}
}
