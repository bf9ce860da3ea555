/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.eval;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures of {@code eval/score.py}, computed the same way: binary token recall, precision and F1 over
 * {@code \w+} tokens; the leak rate (gold spans with a token left wholly uncovered); strict span F1 (exact
 * boundaries and type); token recall per type.
 */
public record Scores(int notes, int notesMissing, double tokenRecall, double tokenPrecision, double tokenF1, double leakRate,
		int leakedSpans, int goldSpans, double strictSpanF1, Map<String, Double> perTypeRecall, List<String> leaks) {

	/** The report {@code casenotes evaluate} prints, in the order and rounding of score.py. */
	public String report() {
		StringBuilder out = new StringBuilder();
		line(out, "notes", notes);
		line(out, "notes_missing_from_output", notesMissing);
		line(out, "token_recall", round(tokenRecall));
		line(out, "token_precision", round(tokenPrecision));
		line(out, "token_f1", round(tokenF1));
		line(out, "leak_rate", round(leakRate));
		line(out, "leaked_spans", leakedSpans);
		line(out, "gold_spans", goldSpans);
		line(out, "strict_span_f1", round(strictSpanF1));
		StringBuilder perType = new StringBuilder("{");
		perTypeRecall.forEach((type, recall) -> perType.append(perType.length() > 1 ? ", " : "").append('\'').append(type)
				.append("': ").append(round(recall)));
		line(out, "per_type_token_recall", perType.append('}'));
		return out.toString();
	}

	/** The same figures as one JSON object, like {@code score.py --json}. */
	public String json() {
		StringBuilder perType = new StringBuilder("{");
		perTypeRecall.forEach((type, recall) -> perType.append(perType.length() > 1 ? ", " : "").append(Json.quote(type)).append(": ")
				.append(round(recall)));
		perType.append('}');
		return String.format(Locale.ROOT,
				"{\"notes\": %d, \"notes_missing_from_output\": %d, \"token_recall\": %s, \"token_precision\": %s, \"token_f1\": %s, "
						+ "\"leak_rate\": %s, \"leaked_spans\": %d, \"gold_spans\": %d, \"strict_span_f1\": %s, \"per_type_token_recall\": %s}",
				notes, notesMissing, round(tokenRecall), round(tokenPrecision), round(tokenF1), round(leakRate), leakedSpans, goldSpans,
				round(strictSpanF1), perType);
	}

	private static void line(StringBuilder out, String key, Object value) {
		out.append(key).append(": ").append(value).append('\n');
	}

	/** Python's round(x, 4) as printed by str(): "0.9912", "1.0", "0.0". */
	static String round(double value) {
		double rounded = Math.round(value * 10000.0) / 10000.0;
		String s = Double.toString(rounded);
		return s.contains("E") ? String.format(Locale.ROOT, "%.4f", rounded) : s;
	}
}
