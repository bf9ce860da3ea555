/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.internal;

import java.util.Locale;

/**
 * An age in years turned into a band: decades for adults ("42" gives "40–49"), the developmental stages that
 * matter clinically for children and adolescents, and one band from 90 on, because very old ages identify
 * (the HIPAA Safe Harbor rule). Reads digits and spelled ages ("seventy-four").
 */
public final class AgeBands {

	/** Bands below 20, as [first, last]. */
	private static final int[][] YOUNG = { { 0, 4 }, { 5, 9 }, { 10, 12 }, { 13, 15 }, { 16, 17 }, { 18, 19 } };
	private static final String[] UNITS = { "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
			"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen" };
	private static final String[] TENS = { "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };

	private AgeBands() {
	}

	/** The band of the age {@code text}, or null when it is not an age this class can read. */
	public static String band(String text) {
		int age = value(text);
		if (age < 0 || age > 130) {
			return null;
		}
		if (age >= 90) {
			return "90+";
		}
		for (int[] band : YOUNG) {
			if (age <= band[1]) {
				return band[0] + "\u2013" + band[1];
			}
		}
		int decade = age / 10 * 10;
		return decade + "\u2013" + (decade + 9);
	}

	/** "42", "42yo" (the number part), "seventy-four", "twenty one": the number, or -1. */
	static int value(String text) {
		String t = text.strip().toLowerCase(Locale.ROOT);
		int digits = 0;
		while (digits < t.length() && Character.isDigit(t.charAt(digits))) {
			digits++;
		}
		if (digits > 0) {
			return digits <= 3 ? Integer.parseInt(t.substring(0, digits)) : -1;
		}
		String[] words = t.split("[\\s-]+");
		if (words.length == 0 || words.length > 2) {
			return -1;
		}
		int tens = indexOf(TENS, words[0]);
		if (tens >= 2) {
			if (words.length == 1) {
				return tens * 10;
			}
			int unit = indexOf(UNITS, words[1]);
			return unit >= 1 && unit <= 9 ? tens * 10 + unit : -1;
		}
		return words.length == 1 ? indexOf(UNITS, words[0]) : -1;
	}

	private static int indexOf(String[] words, String word) {
		for (int k = 0; k < words.length; k++) {
			if (words[k].equals(word)) {
				return k;
			}
		}
		return -1;
	}
}
