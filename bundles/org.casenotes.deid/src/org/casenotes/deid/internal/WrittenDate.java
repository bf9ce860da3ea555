/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a note wrote it ("14/03/2024", "March 14th, 2024", "Mar. 3", "14th of March", "2024-03-14",
 * "March 2024"), read into a {@link LocalDate} and remembering how it was written, so a shifted date can be
 * written the same way. Dates written without a year are read in a leap year, so 29 February survives.
 */
public final class WrittenDate {

	private static final int LEAP_YEAR = 2000;

	private static final Pattern NUMERIC = Pattern.compile("(\\d{1,4})([/.\\-])(\\d{1,2})(?:\\2(\\d{2}|\\d{4}))?");
	private static final Pattern MONTH_DAY = Pattern.compile(
			"([A-Za-z]{3,9})(\\.?)(\\s+)(\\d{1,2})(st|nd|rd|th)?(?:(,?)(\\s+)(\\d{4}))?");
	private static final Pattern DAY_MONTH = Pattern.compile(
			"(\\d{1,2})(st|nd|rd|th)?(\\s+of)?(\\s+)([A-Za-z]{3,9})(\\.?)(?:(,?)(\\s+)(\\d{4}))?");
	private static final Pattern MONTH_YEAR = Pattern.compile("([A-Za-z]{3,9})(\\.?)(,?\\s+)(\\d{4})");

	private enum Shape {
		ISO, NUMERIC_DAY_FIRST, NUMERIC_MONTH_FIRST, MONTH_DAY, DAY_MONTH, MONTH_YEAR
	}

	private final LocalDate date;
	private final boolean hasYear;
	private final Shape shape;
	private final Matcher parts;
	private final boolean abbreviatedMonth;

	private WrittenDate(LocalDate date, boolean hasYear, Shape shape, Matcher parts, boolean abbreviatedMonth) {
		this.date = date;
		this.hasYear = hasYear;
		this.shape = shape;
		this.parts = parts;
		this.abbreviatedMonth = abbreviatedMonth;
	}

	public LocalDate date() {
		return date;
	}

	public boolean hasYear() {
		return hasYear;
	}

	/**
	 * Reads {@code text} as a whole date, or returns null (a holiday, "the 14th", a day and month that do not
	 * exist). Numbers such as "03/04/2024" are read day first when {@code dayFirst}, unless one part can only
	 * be a day.
	 */
	public static WrittenDate parse(String text, boolean dayFirst) {
		String t = text.strip();
		try {
			Matcher m = NUMERIC.matcher(t);
			if (m.matches()) {
				return numeric(m, dayFirst);
			}
			m = MONTH_DAY.matcher(t);
			if (m.matches()) {
				Month month = month(m.group(1));
				if (month == null) {
					return null;
				}
				boolean year = m.group(8) != null;
				LocalDate date = LocalDate.of(year ? Integer.parseInt(m.group(8)) : LEAP_YEAR, month, Integer.parseInt(m.group(4)));
				return new WrittenDate(date, year, Shape.MONTH_DAY, m, abbreviated(m.group(1)));
			}
			m = DAY_MONTH.matcher(t);
			if (m.matches()) {
				Month month = month(m.group(5));
				if (month == null) {
					return null;
				}
				boolean year = m.group(9) != null;
				LocalDate date = LocalDate.of(year ? Integer.parseInt(m.group(9)) : LEAP_YEAR, month, Integer.parseInt(m.group(1)));
				return new WrittenDate(date, year, Shape.DAY_MONTH, m, abbreviated(m.group(5)));
			}
			m = MONTH_YEAR.matcher(t);
			if (m.matches()) {
				Month month = month(m.group(1));
				if (month == null) {
					return null;
				}
				// a month alone is shifted from its middle
				return new WrittenDate(LocalDate.of(Integer.parseInt(m.group(4)), month, 15), true, Shape.MONTH_YEAR, m, abbreviated(m.group(1)));
			}
		} catch (DateTimeException | NumberFormatException e) {
			return null;
		}
		return null;
	}

	private static WrittenDate numeric(Matcher m, boolean dayFirst) {
		String a = m.group(1);
		String b = m.group(3);
		String c = m.group(4);
		if (a.length() == 4) {
			return c != null && c.length() <= 2 ? iso(m) : null;
		}
		if (a.length() > 2) {
			return null;
		}
		int first = Integer.parseInt(a);
		int second = Integer.parseInt(b);
		boolean dayFirstHere = first > 12 ? true : second > 12 ? false : dayFirst;
		int day = dayFirstHere ? first : second;
		int month = dayFirstHere ? second : first;
		boolean year = c != null;
		int y = LEAP_YEAR;
		if (year) {
			y = Integer.parseInt(c);
			if (c.length() == 2) {
				// two-digit years in notes are recent: 00-49 are this century
				y += y < 50 ? 2000 : 1900;
			}
		}
		if (!year && m.group(2).equals(".")) {
			// "3.14" is a number, not a date
			return null;
		}
		return new WrittenDate(LocalDate.of(y, month, day), year, dayFirstHere ? Shape.NUMERIC_DAY_FIRST : Shape.NUMERIC_MONTH_FIRST, m, false);
	}

	private static WrittenDate iso(Matcher m) {
		LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
		return new WrittenDate(date, true, Shape.ISO, m, false);
	}

	/** This date moved by {@code days}, written the way the original was. */
	public String shifted(int days) {
		LocalDate d = date.plusDays(days);
		if (!hasYear && d.getYear() != date.getYear()) {
			// a date without a year stays without one, whichever year the shift lands in
			d = d.withYear(LEAP_YEAR);
		}
		return write(d);
	}

	private String write(LocalDate d) {
		Matcher m = parts;
		switch (shape) {
		case ISO:
			return String.format("%04d%s%s%s%s", d.getYear(), m.group(2), pad(d.getMonthValue(), m.group(3)), m.group(2), pad(d.getDayOfMonth(), m.group(4)));
		case NUMERIC_DAY_FIRST:
		case NUMERIC_MONTH_FIRST: {
			boolean dayFirst = shape == Shape.NUMERIC_DAY_FIRST;
			String first = dayFirst ? pad(d.getDayOfMonth(), m.group(1)) : pad(d.getMonthValue(), m.group(1));
			String second = dayFirst ? pad(d.getMonthValue(), m.group(3)) : pad(d.getDayOfMonth(), m.group(3));
			String out = first + m.group(2) + second;
			if (m.group(4) != null) {
				out += m.group(2) + (m.group(4).length() == 2 ? String.format("%02d", d.getYear() % 100) : String.valueOf(d.getYear()));
			}
			return out;
		}
		case MONTH_DAY: {
			String out = monthName(d.getMonth(), m.group(1)) + m.group(2) + m.group(3) + d.getDayOfMonth()
					+ (m.group(5) != null ? ordinal(d.getDayOfMonth()) : "");
			if (m.group(8) != null) {
				out += m.group(6) + m.group(7) + d.getYear();
			}
			return out;
		}
		case DAY_MONTH: {
			String out = d.getDayOfMonth() + (m.group(2) != null ? ordinal(d.getDayOfMonth()) : "") + (m.group(3) != null ? m.group(3) : "")
					+ m.group(4) + monthName(d.getMonth(), m.group(5)) + m.group(6);
			if (m.group(9) != null) {
				out += m.group(7) + m.group(8) + d.getYear();
			}
			return out;
		}
		case MONTH_YEAR:
			return monthName(d.getMonth(), m.group(1)) + m.group(2) + m.group(3) + d.getYear();
		default:
			throw new IllegalStateException(shape.name());
		}
	}

	/** "March 2024" ("March" without a year). */
	public String month() {
		String name = date.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
		return hasYear ? name + " " + date.getYear() : name;
	}

	/** "spring 2024": meteorological seasons of the hemisphere asked for. */
	public String season(boolean southernHemisphere) {
		String[] north = { "winter", "winter", "spring", "spring", "spring", "summer", "summer", "summer", "autumn", "autumn", "autumn",
				"winter" };
		String[] south = { "summer", "summer", "autumn", "autumn", "autumn", "winter", "winter", "winter", "spring", "spring", "spring",
				"summer" };
		String season = (southernHemisphere ? south : north)[date.getMonthValue() - 1];
		return hasYear ? season + " " + date.getYear() : season;
	}

	private String monthName(Month month, String original) {
		String full = month.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
		// "Sept" stays four letters only for September: moved into May it is "May", not four letters of "May"
		int abbreviation = original.equalsIgnoreCase("sept") && month == Month.SEPTEMBER ? 4 : 3;
		String name = abbreviatedMonth ? full.substring(0, Math.min(full.length(), abbreviation)) : full;
		if (abbreviatedMonth && name.length() < 3) {
			name = full.substring(0, 3);
		}
		if (original.equals(original.toUpperCase(Locale.ROOT))) {
			return name.toUpperCase(Locale.ROOT);
		}
		if (original.equals(original.toLowerCase(Locale.ROOT))) {
			return name.toLowerCase(Locale.ROOT);
		}
		return name;
	}

	private static String pad(int value, String original) {
		return original.length() >= 2 ? String.format("%02d", value) : String.valueOf(value);
	}

	private static String ordinal(int day) {
		if (day >= 11 && day <= 13) {
			return "th";
		}
		return switch (day % 10) {
		case 1 -> "st";
		case 2 -> "nd";
		case 3 -> "rd";
		default -> "th";
		};
	}

	private static boolean abbreviated(String name) {
		Month month = month(name);
		return month != null && !name.equalsIgnoreCase(month.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH));
	}

	private static Month month(String name) {
		String n = name.toLowerCase(Locale.ROOT);
		for (Month month : Month.values()) {
			String full = month.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
			if (n.equals(full) || n.length() >= 3 && full.startsWith(n) && (n.length() == 3 || n.equals("sept"))) {
				return month;
			}
		}
		return null;
	}
}
