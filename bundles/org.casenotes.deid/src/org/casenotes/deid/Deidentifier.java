/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid;

import java.util.List;

import org.casenotes.deid.internal.Engine;
import org.casenotes.deid.internal.Lexicons;

/**
 * The de-identification engine: finds the identifiers in a text. Thread-safe and cheap to call; the lexicons
 * are loaded once, on first use, and shared.
 *
 * <pre>
 * List&lt;Finding&gt; findings = Deidentifier.standard().detect(note, context);
 * </pre>
 */
public final class Deidentifier {

	private static final class Holder {
		static final Deidentifier STANDARD = new Deidentifier(new Engine(Lexicons.get()));
	}

	private final Engine engine;

	private Deidentifier(Engine engine) {
		this.engine = engine;
	}

	/** The engine with the lexicons shipped in this bundle. */
	public static Deidentifier standard() {
		return Holder.STANDARD;
	}

	/**
	 * The identifiers in {@code text}: sorted, never overlapping, on character boundaries, each at least as
	 * confident as the context's minimum.
	 */
	public List<Finding> detect(CharSequence text, DetectionContext context) {
		return engine.detect(text, context == null ? DetectionContext.EMPTY : context);
	}

	public List<Finding> detect(CharSequence text) {
		return detect(text, DetectionContext.EMPTY);
	}

	/**
	 * Detects and replaces in one step: the text as it may leave the machine, consistent with the rest of the
	 * case through {@code map} (see {@link Redactor#apply}).
	 */
	public Redaction deidentify(CharSequence text, DetectionContext context, ReplacementPolicy policy, PseudonymMap map) {
		return Redactor.apply(text, detect(text, context), policy, map, context);
	}
}
