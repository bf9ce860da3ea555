/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid;

import java.util.Locale;
import java.util.Objects;

/**
 * How identifiers are replaced. People become placeholders from their role ("[Client]", "[Sister-1]",
 * "[Person-3]") or realistic surrogate names; dates move by the case's shift (keeping the intervals a
 * supervisor needs) or shrink to their month or season; ages become bands, places their kind, and contact
 * details, numbers and occupations are removed whatever the policy. A date whose day and month could be either
 * way round ("03/04/2024") is read as {@code dayFirst} says; one with a part above 12 is read the only way it can be.
 *
 * @param names        placeholders or surrogate names
 * @param dates        shifted, or generalised to the month or the season
 * @param dayFirst     how to read an ambiguous "03/04/2024"
 * @param southernHemisphere whose seasons {@link DateStyle#SEASON} names
 */
public record ReplacementPolicy(NameStyle names, DateStyle dates, boolean dayFirst, boolean southernHemisphere) {

	public enum NameStyle {
		/** "[Client]", "[Sister-1]", "[Person-2]". */
		PLACEHOLDERS,
		/** "Maya", "Jonah Bennett": the same invented name for the same person in every note of the case. */
		SURROGATES
	}

	public enum DateStyle {
		/** Every date of the case moved by the same number of days, written as it was. */
		SHIFT,
		/** "March 2024". */
		MONTH,
		/** "spring 2024". */
		SEASON
	}

	public ReplacementPolicy {
		Objects.requireNonNull(names, "names");
		Objects.requireNonNull(dates, "dates");
	}

	/** Placeholders and shifted dates, reading "03/04" as the default locale does (month first in the US). */
	public static ReplacementPolicy standard() {
		Locale locale = Locale.getDefault();
		return new ReplacementPolicy(NameStyle.PLACEHOLDERS, DateStyle.SHIFT, !"US".equals(locale.getCountry()), false);
	}

	public ReplacementPolicy withNames(NameStyle style) {
		return new ReplacementPolicy(style, dates, dayFirst, southernHemisphere);
	}

	public ReplacementPolicy withDates(DateStyle style) {
		return new ReplacementPolicy(names, style, dayFirst, southernHemisphere);
	}

	/** Reads an ambiguous "03/04/2024" as 3 April ({@code true}) or as March 4. */
	public ReplacementPolicy withDayFirst(boolean first) {
		return new ReplacementPolicy(names, dates, first, southernHemisphere);
	}

	public ReplacementPolicy withSouthernHemisphere(boolean south) {
		return new ReplacementPolicy(names, dates, dayFirst, south);
	}
}
