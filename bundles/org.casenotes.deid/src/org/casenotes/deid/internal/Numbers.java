/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.internal;

/** Reading numbers out of tokens without allocating. */
final class Numbers {

	private Numbers() {
	}

	/** The value of a NUMBER token, or -1 when it is no number or has more than nine digits. */
	static int value(Doc doc, int i) {
		if (!doc.isNumber(i) || doc.length(i) > 9) {
			return -1;
		}
		int v = 0;
		for (int k = doc.start(i); k < doc.end(i); k++) {
			char c = doc.text.charAt(k);
			if (c < '0' || c > '9') {
				return -1;
			}
			v = v * 10 + (c - '0');
		}
		return v;
	}

	static int digits(Doc doc, int i) {
		int n = 0;
		for (int k = doc.start(i); k < doc.end(i); k++) {
			char c = doc.text.charAt(k);
			if (c >= '0' && c <= '9') {
				n++;
			}
		}
		return n;
	}

	/** The day of an ordinal token ("14th", "1st", "22nd", "3rd"), or -1. */
	static int ordinal(Doc doc, int i) {
		if (i < 0 || i >= doc.size() || doc.kind(i) != Doc.ALNUM) {
			return -1;
		}
		int start = doc.start(i);
		int end = doc.end(i);
		int v = 0;
		int k = start;
		while (k < end && Character.isDigit(doc.text.charAt(k)) && k - start < 2) {
			v = v * 10 + (doc.text.charAt(k) - '0');
			k++;
		}
		if (k == start || end - k != 2) {
			return -1;
		}
		String suffix = doc.text.subSequence(k, end).toString().toLowerCase(java.util.Locale.ROOT);
		return switch (suffix) {
		case "st", "nd", "rd", "th" -> v;
		default -> -1;
		};
	}

	/** The number a run of number words spells ("seventy", "seventy-four", "twenty one"), and its last token. */
	static long numberWords(Doc doc, int i) {
		if (!doc.has(i, Lex.NUMBER_WORD)) {
			return -1;
		}
		int value = wordValue(doc.text(i).toLowerCase(java.util.Locale.ROOT));
		int last = i;
		if (value >= 20 && value % 10 == 0) {
			int next = i + 1;
			if (doc.isPunct(next, '-') && doc.joined(next) && doc.joined(next + 1)) {
				next++;
			}
			if (doc.has(next, Lex.NUMBER_WORD)) {
				int unit = wordValue(doc.text(next).toLowerCase(java.util.Locale.ROOT));
				if (unit > 0 && unit < 10) {
					value += unit;
					last = next;
				}
			}
		}
		return ((long) last << 32) | value;
	}

	private static int wordValue(String word) {
		return switch (word) {
		case "one" -> 1;
		case "two" -> 2;
		case "three" -> 3;
		case "four" -> 4;
		case "five" -> 5;
		case "six" -> 6;
		case "seven" -> 7;
		case "eight" -> 8;
		case "nine" -> 9;
		case "ten" -> 10;
		case "eleven" -> 11;
		case "twelve" -> 12;
		case "thirteen" -> 13;
		case "fourteen" -> 14;
		case "fifteen" -> 15;
		case "sixteen" -> 16;
		case "seventeen" -> 17;
		case "eighteen" -> 18;
		case "nineteen" -> 19;
		case "twenty" -> 20;
		case "thirty" -> 30;
		case "forty" -> 40;
		case "fifty" -> 50;
		case "sixty" -> 60;
		case "seventy" -> 70;
		case "eighty" -> 80;
		case "ninety" -> 90;
		case "hundred" -> 100;
		default -> -1;
		};
	}

	/** Whether a digit string passes the Luhn check (cards, Canadian SINs). */
	static boolean luhn(CharSequence digits) {
		int sum = 0;
		boolean twice = false;
		for (int k = digits.length() - 1; k >= 0; k--) {
			int d = digits.charAt(k) - '0';
			if (twice) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
			twice = !twice;
		}
		return digits.length() > 1 && sum % 10 == 0;
	}

	/** Whether ten digits form a valid NHS (England, Wales, Isle of Man) number: modulus 11. */
	static boolean nhsNumber(CharSequence digits) {
		if (digits.length() != 10) {
			return false;
		}
		int sum = 0;
		for (int k = 0; k < 9; k++) {
			sum += (digits.charAt(k) - '0') * (10 - k);
		}
		int check = 11 - sum % 11;
		if (check == 11) {
			check = 0;
		}
		return check != 10 && check == digits.charAt(9) - '0';
	}
}
