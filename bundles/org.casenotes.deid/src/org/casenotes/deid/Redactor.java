/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.casenotes.deid.internal.AgeBands;
import org.casenotes.deid.internal.ContactKinds;
import org.casenotes.deid.internal.Fold;
import org.casenotes.deid.internal.KnownPeople;
import org.casenotes.deid.internal.NameWords;
import org.casenotes.deid.internal.PlaceKinds;
import org.casenotes.deid.internal.RoleLabels;
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
 * the case's shift; ages become bands; places their kind; contact details, numbers and occupations go. A title
 * and a possessive stay ("Ms [Client]'s"), so the sentence still reads.
 */
public final class Redactor {

	private Redactor() {
	}

	/**
	 * The de-identified {@code text}: every finding replaced under {@code policy}, consistently with everything
	 * already replaced in the same case ({@code map}, which this call extends). {@code findings} must be sorted
	 * and must not overlap, as {@link Deidentifier#detect} returns them; {@code context} may be null.
	 */
	public static Redaction apply(CharSequence text, List<Finding> findings, ReplacementPolicy policy, PseudonymMap map,
			DetectionContext context) {
		Objects.requireNonNull(policy, "policy");
		Objects.requireNonNull(map, "map");
		int position = 0;
		for (Finding finding : findings) {
			if (finding.start() < position || finding.end() > text.length()) {
				throw new IllegalArgumentException("findings must be sorted, inside the text and not overlap: " + finding);
			}
			position = finding.end();
		}
		KnownPeople sheet = KnownPeople.of(context);
		synchronized (map) {
			map.beginNote();
			// full names first, so "Rose ... Whitlock ... Rose Whitlock" in one note is one person
			for (Finding finding : findings) {
				String name = finding.type() == IdentifierType.NAME ? bareName(finding.text(text)) : "";
				if (NameWords.of(name).size() >= 2) {
					map.introduce(name, sheet.find(name), sheet);
				}
			}
			StringBuilder out = new StringBuilder(text.length());
			List<Redaction.Replacement> replacements = new ArrayList<>(findings.size());
			position = 0;
			for (Finding finding : findings) {
				out.append(text, position, finding.start());
				String replacement = replacement(text, finding, policy, map, sheet);
				replacements.add(new Redaction.Replacement(out.length(), out.length() + replacement.length(), finding.type()));
				out.append(replacement);
				position = finding.end();
			}
			out.append(text, position, text.length());
			return new Redaction(out.toString(), replacements);
		}
	}

	private static String replacement(CharSequence text, Finding finding, ReplacementPolicy policy, PseudonymMap map, KnownPeople sheet) {
		String original = finding.text(text);
		String replacement = switch (finding.type()) {
		case NAME -> name(text, finding, policy, map, sheet);
		case DATE -> date(original, policy, map);
		case AGE -> Objects.requireNonNullElse(AgeBands.band(original), "[Age]");
		case LOCATION -> place(original, finding.recognizer(), map, sheet);
		case CONTACT -> "[" + ContactKinds.kind(original) + "]";
		case ID -> "[ID]";
		case PROFESSION -> "[Profession]";
		};
		return leaks(original, replacement, finding.type()) ? "[" + fallback(finding.type()) + "]" : replacement;
	}

	private static String name(CharSequence text, Finding finding, ReplacementPolicy policy, PseudonymMap map, KnownPeople sheet) {
		String original = finding.text(text);
		String title = NameWords.leadingTitle(original);
		String possessive = NameWords.possessive(original);
		String name = bareName(original);
		boolean titled = !title.isEmpty() || titleBefore(text, finding.start());
		KnownIdentifier known = sheet.find(name);
		String replacement = policy.names() == ReplacementPolicy.NameStyle.SURROGATES ? map.surrogate(name, known, titled, sheet)
				: "[" + map.person(name, known, titled, sheet) + "]";
		return title + replacement + possessive;
	}

	/** The name of a mention without its title and possessive: "Ms Moore's" gives "Moore". */
	private static String bareName(String mention) {
		String name = NameWords.withoutPossessive(mention);
		return name.substring(NameWords.leadingTitle(name).length());
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
	 * "[School]", "[Hospital-2]": the kind from the role the therapist gave a known place, else from its words;
	 * one place, one label, in every note of the case.
	 */
	private static String place(String original, String recognizer, PseudonymMap map, KnownPeople sheet) {
		String possessive = NameWords.possessive(original);
		String place = original.substring(0, original.length() - possessive.length());
		KnownIdentifier known = sheet.identifiers().identify(place);
		boolean knownPlace = known != null && known.type() == IdentifierType.LOCATION;
		String role = knownPlace ? RoleLabels.label(known.role(), sheet::isName) : "";
		String kind = PlaceKinds.kind(place, recognizer, role);
		String key = knownPlace ? "known:" + Fold.fold(known.text().strip()) : "place:" + Fold.fold(place.strip().replaceAll("\\s+", " "));
		return "[" + map.place(key, kind) + "]" + possessive;
	}

	/** "Mr. " or "Dr " right before {@code start}: the name after it is a surname. */
	private static boolean titleBefore(CharSequence text, int start) {
		int end = start;
		if (end == 0 || text.charAt(end - 1) != ' ') {
			return false;
		}
		end--;
		if (end > 0 && text.charAt(end - 1) == '.') {
			end--;
		}
		int begin = end;
		while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
			begin--;
		}
		return begin < end && (begin == 0 || !Character.isLetterOrDigit(text.charAt(begin - 1)))
				&& NameWords.isTitle(text.subSequence(begin, end).toString());
	}

	/**
	 * The last line of defence: a replacement that repeats what it replaces (a surrogate or a role that happens
	 * to be the name) is not used. For a name any one word counts; a place may keep its kind ("Kingston Hospital"
	 * is a "[Hospital]"). Dates and ages are exempt: "March 2024" generalised is itself.
	 */
	private static boolean leaks(String original, String replacement, IdentifierType type) {
		if (type == IdentifierType.DATE || type == IdentifierType.AGE) {
			return false;
		}
		String replaced = " " + words(replacement) + " ";
		String core = words(bareName(original.strip()));
		if (type == IdentifierType.NAME) {
			for (String word : core.split(" ")) {
				if (word.length() > 1 && replaced.contains(" " + word + " ")) {
					return true;
				}
			}
			return false;
		}
		return core.length() > 1 && replaced.contains(" " + core + " ");
	}

	/** Folded, with one space for every run of other characters: "Ms. O'Neil" gives "ms o neil". */
	private static String words(String text) {
		return Fold.fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	private static String fallback(IdentifierType type) {
		return switch (type) {
		case NAME -> "Person";
		case LOCATION -> "Place";
		case CONTACT -> "Contact";
		case PROFESSION -> "Profession";
		default -> "ID";
		};
	}
}
