/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;

import org.casenotes.deid.internal.WrittenDate;
import org.junit.jupiter.api.Test;

/** Dates read as notes write them and shifted without changing how they look. */
class WrittenDateTest {

	@Test
	void numericDatesKeepOrderSeparatorsPaddingAndYearDigits() {
		assertEquals("21/03/2024", shift("14/03/2024", 7, true));
		assertEquals("3/21/2024", shift("3/14/2024", 7, false));
		assertEquals("2024-03-21", shift("2024-03-14", 7, true));
		assertEquals("21.3.24", shift("14.3.24", 7, true));
		assertEquals("01/01/2025", shift("25/12/2024", 7, true));
	}

	@Test
	void aPartThatCanOnlyBeADayDecidesTheOrder() {
		// read month first although day first was asked: 14 cannot be a month
		assertEquals(LocalDate.of(2024, 3, 14), WrittenDate.parse("3/14/2024", true).date());
		assertEquals(LocalDate.of(2024, 3, 14), WrittenDate.parse("14/3/2024", false).date());
	}

	@Test
	void datesWithMonthNamesKeepTheirWording() {
		assertEquals("March 21, 2024", shift("March 14, 2024", 7, true));
		assertEquals("Mar. 21", shift("Mar. 14", 7, true));
		assertEquals("21st March", shift("14th March", 7, true));
		assertEquals("2nd of April", shift("26th of March", 7, true));
		assertEquals("April 2nd", shift("March 26th", 7, true));
		assertEquals("Aug. 30", shift("Sept. 6", -7, true), "\"Sept\" is four letters only for September");
		assertEquals("Sept. 13", shift("Sept. 6", 7, true));
		assertEquals("1 March 2024", shift("29 February 2024", 1, true));
		assertEquals("Sept 21", shift("Sept 14", 7, true));
	}

	@Test
	void aDateWithoutAYearStaysWithoutOne() {
		assertEquals("Jan 4", shift("Dec 28", 7, true));
		assertEquals("29 Feb", shift("28 Feb", 1, true));
	}

	@Test
	void monthsAndSeasons() {
		assertEquals("March 2024", WrittenDate.parse("14/03/2024", true).month());
		assertEquals("spring 2024", WrittenDate.parse("14/03/2024", true).season(false));
		assertEquals("autumn 2024", WrittenDate.parse("14/03/2024", true).season(true));
		assertEquals("May 2024", shift("April 2024", 30, true));
	}

	@Test
	void whatIsNotAWholeDateIsNotRead() {
		for (String text : new String[] { "Anzac Day", "the 14th", "31/02/2024", "3.14", "Monday", "2024", "13/13/2024", "Smarch 3" }) {
			assertNull(WrittenDate.parse(text, true), text);
		}
	}

	private static String shift(String text, int days, boolean dayFirst) {
		return WrittenDate.parse(text, dayFirst).shifted(days);
	}
}
