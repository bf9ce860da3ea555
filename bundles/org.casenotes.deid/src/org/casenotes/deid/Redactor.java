/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.casenotes.deid.internal.KnownIdentifiers;
import org.casenotes.deid.internal.Lexicons;
import org.casenotes.deid.internal.PlaceKinds;
import org.casenotes.deid.internal.WrittenDate;

/**
 * Replaces the findings of a text, the second half of de-identification:
 *
 * <pre>
 * PseudonymMap map = ...; // one per case, kept by the therapist
 * Redaction shared = Redactor.apply(note, Deidentifier.standard().detect(note, context), ReplacementPolicy.standard(), map, context);
 * </pre>
 *
 * People take the placeholder of their role on the identity sheet or a numbered "[Person-N]"; dates move by
 * the case's shift; ages become bands; places their kind; contact details, numbers and occupations go.
 */
public final class Redactor {

	private Redactor() {
	}

	/**
	 * The de-identified {@code text}: every finding replaced under {@code policy}, consistently with everything
	 * already replaced in the same case ({@code map}, which this call extends).
	 */
	public static Redaction apply(CharSequence text, List<Finding> findings, ReplacementPolicy policy, PseudonymMap map,
			DetectionContext context) {
		Objects.requireNonNull(policy, "policy");
		Objects.requireNonNull(map, "map");
		KnownIdentifiers known = KnownIdentifiers.compile(context == null ? DetectionContext.EMPTY : context, Lexicons.get());
		StringBuilder out = new StringBuilder(text.length());
		List<Redaction.Replacement> replacements = new ArrayList<>(findings.size());
		int position = 0;
		for (Finding finding : findings) {
			if (finding.start() < position || finding.end() > text.length()) {
				throw new IllegalArgumentException("findings must be sorted, inside the text and not overlap: " + finding);
			}
			out.append(text, position, finding.start());
			String replacement = replacement(finding.text(text), finding, policy, map, known);
			replacements.add(new Redaction.Replacement(out.length(), out.length() + replacement.length(), finding.type()));
			out.append(replacement);
			position = finding.end();
		}
		out.append(text, position, text.length());
		return new Redaction(out.toString(), replacements);
	}

	private static String replacement(String original, Finding finding, ReplacementPolicy policy, PseudonymMap map, KnownIdentifiers known) {
		return switch (finding.type()) {
		case NAME -> policy.names() == ReplacementPolicy.NameStyle.SURROGATES ? map.surrogate(original, known.identify(original))
				: "[" + map.person(original, known.identify(original)) + "]";
		case DATE -> date(original, policy, map);
		case AGE -> ageBand(original);
		case LOCATION -> {
			KnownIdentifier place = known.identify(original);
			yield "[" + map.place(original, PlaceKinds.kind(original, finding.recognizer(), place == null ? "" : place.role())) + "]";
		}
		case CONTACT -> contactKind(original);
		case ID -> "[ID]";
		case PROFESSION -> "[Occupation]";
		};
	}

	private static String date(String original, ReplacementPolicy policy, PseudonymMap map) {
		WrittenDate date = WrittenDate.parse(original, policy.dayFirst());
		if (date == null) {
			// a holiday, "the 14th", a form we cannot rewrite faithfully: better no date than a wrong one
			return "[Date]";
		}
		return switch (policy.dates()) {
		case SHIFT -> date.shifted(map.dateShiftDays());
		case MONTH -> date.month();
		case SEASON -> date.season(policy.southernHemisphere());
		};
	}

	/**
	 * "42" becomes "40–49": decades for adults, narrower bands for children whose stage matters clinically,
	 * and one band from 90 (HIPAA's rule: very old ages identify).
	 */
	static String ageBand(String original) {
		String digits = original.replaceAll("[^0-9]", "");
		if (digits.isEmpty() || digits.length() > 3) {
			return "[Age]";
		}
		int age = Integer.parseInt(digits);
		if (age >= 90) {
			return "90+";
		}
		int[][] bands = { { 0, 4 }, { 5, 9 }, { 10, 12 }, { 13, 15 }, { 16, 17 }, { 18, 19 } };
		for (int[] band : bands) {
			if (age >= band[0] && age <= band[1]) {
				return band[0] + "\u2013" + band[1];
			}
		}
		int decade = age / 10 * 10;
		return decade + "\u2013" + (decade + 9);
	}

	private static String contactKind(String original) {
		String t = original.strip();
		if (t.indexOf('@') > 0 && t.indexOf('.', t.indexOf('@')) > 0) {
			return "[Email]";
		}
		if (t.startsWith("@")) {
			return "[Handle]";
		}
		if (t.matches("\\d{1,3}(\\.\\d{1,3}){3}") || t.contains("::")) {
			return "[IP address]";
		}
		if (t.contains("://") || t.startsWith("www.") || t.matches(".*[A-Za-z].*\\.[A-Za-z]{2,}.*")) {
			return "[URL]";
		}
		return "[Phone]";
	}
}
