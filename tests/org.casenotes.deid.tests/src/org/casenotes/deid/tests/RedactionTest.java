/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casenotes.deid.Deidentifier;
import org.casenotes.deid.DetectionContext;
import org.casenotes.deid.Finding;
import org.casenotes.deid.IdentifierType;
import org.casenotes.deid.PseudonymMap;
import org.casenotes.deid.Redaction;
import org.casenotes.deid.Redactor;
import org.casenotes.deid.ReplacementPolicy;
import org.casenotes.deid.ReplacementPolicy.DateStyle;
import org.casenotes.deid.ReplacementPolicy.NameStyle;
import org.casenotes.deid.internal.WrittenDate;
import org.junit.jupiter.api.Test;

/**
 * Replacement: consistent placeholders across the notes of a case, dates that keep their intervals, bands,
 * kinds, and no original identifier in the output. Findings are written by hand here, so these tests do not
 * depend on how well detection does.
 */
class RedactionTest {

	private static final ReplacementPolicy PLACEHOLDERS = new ReplacementPolicy(NameStyle.PLACEHOLDERS, DateStyle.SHIFT, true, false);
	private static final DetectionContext SHEET = DetectionContext.builder().name("Elizabeth Moore", "client").name("Rose Moore", "sister")
			.place("Brightwater Academy", "school").build();

	@Test
	void theSamePersonIsTheSamePlaceholderInEveryNoteOfACase() {
		PseudonymMap map = PseudonymMap.seeded(1);
		String first = redact("Liz met Dan Whitlock.", map, "Liz", NAME, "Dan Whitlock", NAME);
		String second = redact("Whitlock phoned Elizabeth Moore. Then Ms Moore called Rose.", map, "Whitlock", NAME, "Elizabeth Moore", NAME,
				"Moore", NAME, "Rose", NAME);
		assertEquals("[Client] met [Person-1].", first);
		assertEquals("[Person-1] phoned [Client]. Then Ms [Client] called [Sister-1].", second);
	}

	@Test
	void rolesAreNumberedAndUnknownPeopleCounted() {
		DetectionContext context = DetectionContext.builder().name("Tolu Ade", "sister").name("Kemi Ade", "sister").build();
		String out = Redactor.apply("Tolu, Kemi, Sam and Jo", findings("Tolu, Kemi, Sam and Jo", "Tolu", NAME, "Kemi", NAME, "Sam", NAME,
				"Jo", NAME), PLACEHOLDERS, PseudonymMap.seeded(2), context).text();
		assertEquals("[Sister-1], [Sister-2], [Person-1] and [Person-2]", out);
	}

	@Test
	void aNameSharedByTwoPeopleDoesNotMergeThem() {
		PseudonymMap map = PseudonymMap.seeded(3);
		redact("Ann Lee and Tom Lee came.", map, "Ann Lee", NAME, "Tom Lee", NAME);
		assertEquals("[Person-3] left.", redact("Lee left.", map, "Lee", NAME));
	}

	@Test
	void shiftedDatesKeepTheirIntervalsAndTheirFormat() {
		PseudonymMap map = PseudonymMap.seeded(4);
		String text = "Seen 14/03/2024 and 2024-03-28, then March 30, 2024.";
		String out = redact(text, map, "14/03/2024", DATE, "2024-03-28", DATE, "March 30, 2024", DATE);
		Matcher m = Pattern.compile("(\\d{2}/\\d{2}/\\d{4}) and (\\d{4}-\\d{2}-\\d{2}), then ([A-Z][a-z]+ \\d{1,2}, \\d{4})").matcher(out);
		assertTrue(m.find(), out);
		LocalDate a = LocalDate.parse(m.group(1), DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		LocalDate b = LocalDate.parse(m.group(2));
		LocalDate c = LocalDate.parse(m.group(3), DateTimeFormatter.ofPattern("MMMM d, yyyy", java.util.Locale.ENGLISH));
		assertEquals(14, ChronoUnit.DAYS.between(a, b));
		assertEquals(2, ChronoUnit.DAYS.between(b, c));
		assertEquals(map.dateShiftDays(), ChronoUnit.DAYS.between(LocalDate.of(2024, 3, 14), a));
		assertNotEquals(0, map.dateShiftDays());
	}

	@Test
	void datesCanBeGeneralisedToTheirMonthOrSeason() {
		String text = "On 14/03/2024 and 3 Aug.";
		List<Finding> findings = findings(text, "14/03/2024", DATE, "3 Aug", DATE);
		assertEquals("On March 2024 and August.", Redactor.apply(text, findings, PLACEHOLDERS.withDates(DateStyle.MONTH),
				PseudonymMap.seeded(5), SHEET).text());
		assertEquals("On spring 2024 and summer.", Redactor.apply(text, findings, PLACEHOLDERS.withDates(DateStyle.SEASON),
				PseudonymMap.seeded(5), SHEET).text());
	}

	@Test
	void datesThatCannotBeRewrittenFaithfullyAreRemoved() {
		assertEquals("On [Date], on [Date].", redact("On Anzac Day, on the 14th.", PseudonymMap.seeded(6), "Anzac Day", DATE, "14th", DATE)
				.replace("the [Date]", "[Date]"));
	}

	@Test
	void agesBecomeBands() {
		assertEquals("aged 40\u201349, 16\u201317 and 90+", redact("aged 42, 17 and 93", PseudonymMap.seeded(7), "42", AGE, "17", AGE, "93", AGE));
	}

	@Test
	void placesBecomeTheirKindAndContactsAndNumbersGo() {
		String out = redact("At Brightwater Academy, St Luke's Hospital and Acme Plumbing Ltd; 07700 900123, liz@example.org, @lizzy, MRN 4417-22.",
				PseudonymMap.seeded(8), "Brightwater Academy", LOCATION, "St Luke's Hospital", LOCATION, "Acme Plumbing Ltd", LOCATION,
				"07700 900123", CONTACT, "liz@example.org", CONTACT, "@lizzy", CONTACT, "4417-22", ID);
		assertEquals("At [School], [Hospital] and [Organisation]; [Phone], [Email], [Handle], MRN [ID].", out);
	}

	@Test
	void surrogatesAreConsistentAndNeverTheOriginal() {
		PseudonymMap map = PseudonymMap.seeded(9);
		ReplacementPolicy surrogates = PLACEHOLDERS.withNames(NameStyle.SURROGATES);
		String text = "Dan Whitlock met Liz. Dan left.";
		String out = Redactor.apply(text, findings(text, "Dan Whitlock", NAME, "Liz", NAME, "Dan", NAME), surrogates, map, SHEET).text();
		String[] words = out.split("[ .]+");
		assertEquals(words[0], words[4], "the same person, the same surrogate: " + out);
		for (String original : List.of("Dan", "Whitlock", "Liz", "Elizabeth", "Moore")) {
			assertFalse(out.contains(original), out);
		}
	}

	@Test
	void theOutputNeverHoldsAFindingsText() {
		String note = "Client: Dana Whitcombe (42), DOB 03/07/1982, lives at 42 Wallaby Way, Sydney NSW 2000. Her sister Tolu "
				+ "works as a pharmacist at Pelletier Drugs. Call 0412 345 678 or dana.w@example.org. MRN 4417-22.";
		List<Finding> findings = Deidentifier.standard().detect(note);
		assertTrue(findings.size() >= 10, "the note has identifiers: " + findings.size());
		Redaction redaction = Redactor.apply(note, findings, PLACEHOLDERS, PseudonymMap.seeded(10), DetectionContext.EMPTY);
		for (Finding f : findings) {
			String original = f.text(note);
			if (original.length() > 2) {
				assertFalse(redaction.text().contains(original), () -> "'" + original + "' left in: " + redaction.text());
			}
		}
		for (Redaction.Replacement r : redaction.replacements()) {
			assertTrue(r.start() >= 0 && r.end() <= redaction.text().length() && r.start() < r.end());
		}
	}

	@Test
	void theMapSurvivesJsonAndItsStringShowsNothing() {
		PseudonymMap map = PseudonymMap.seeded(11);
		redact("Liz met Dan Whitlock at Brightwater Academy.", map, "Liz", NAME, "Dan Whitlock", NAME, "Brightwater Academy", LOCATION);
		PseudonymMap copy = PseudonymMap.fromJson(map.toJson());
		assertEquals(map.dateShiftDays(), copy.dateShiftDays());
		assertEquals(map.size(), copy.size());
		assertEquals("[Person-1] came.", redact("Whitlock came.", copy, "Whitlock", NAME));
		assertEquals("[Person-2] came.", redact("Sam came.", copy, "Sam", NAME));
		assertFalse(map.toString().contains("Whitlock") || map.toString().contains("Client"), map.toString());
		assertThrows(IllegalArgumentException.class, () -> PseudonymMap.fromJson("{\"format\":99}"));
		assertThrows(IllegalArgumentException.class, () -> PseudonymMap.fromJson("not json"));
	}

	@Test
	void everyDateFormMovesByTheSameWholeNumberOfWeeks() {
		String text = "Seen 2024-03-14, 14/03/2024, 3/28/2024, March 30, 2024, 2 April 2024, 9th of April 2024, Apr. 16, 2024, "
				+ "14.3.24, 29 February 2024, 31 December 2024, March 2024, Mar 14 and 29 Feb.";
		String[] dates = { "2024-03-14", "14/03/2024", "3/28/2024", "March 30, 2024", "2 April 2024", "9th of April 2024", "Apr. 16, 2024",
				"14.3.24", "29 February 2024", "31 December 2024", "March 2024", "Mar 14", "29 Feb" };
		Object[] marks = new Object[dates.length * 2];
		for (int k = 0; k < dates.length; k++) {
			marks[2 * k] = dates[k];
			marks[2 * k + 1] = DATE;
		}
		List<Finding> findings = findings(text, marks);
		for (long seed = 0; seed < 60; seed++) {
			PseudonymMap map = PseudonymMap.seeded(seed);
			Redaction redaction = Redactor.apply(text, findings, PLACEHOLDERS, map, SHEET);
			for (int k = 0; k < dates.length; k++) {
				Redaction.Replacement r = redaction.replacements().get(k);
				WrittenDate before = WrittenDate.parse(dates[k], true);
				// a month-first date stays month first, though its shifted day may no longer show it
				WrittenDate after = WrittenDate.parse(redaction.text().substring(r.start(), r.end()), !dates[k].startsWith("3/28"));
				String date = dates[k];
				assertTrue(after != null && after.hasYear() == before.hasYear(), () -> date + " became " + redaction.text());
				LocalDate expected = before.date().plusDays(map.dateShiftDays());
				if (date.equals("March 2024")) {
					// a month alone moves from its middle
					assertEquals(YearMonth.from(expected), YearMonth.from(after.date()));
					continue;
				}
				if (before.hasYear()) {
					assertEquals(expected, after.date(), date);
					assertEquals(before.date().getDayOfWeek(), after.date().getDayOfWeek(), "whole weeks: " + date);
				} else {
					assertEquals(MonthDay.from(expected), MonthDay.from(after.date()), date);
				}
			}
		}
	}

	@Test
	void generalisedDatesNameTheirMonthOrSeasonOnly() {
		String text = "On 14/03/2024, 2 Aug, 2023-12-24 and Christmas Day.";
		List<Finding> findings = findings(text, "14/03/2024", DATE, "2 Aug", DATE, "2023-12-24", DATE, "Christmas Day", DATE);
		assertEquals("On March 2024, August, December 2023 and [Date].",
				Redactor.apply(text, findings, PLACEHOLDERS.withDates(DateStyle.MONTH), PseudonymMap.seeded(13), SHEET).text());
		assertEquals("On spring 2024, summer, winter 2023 and [Date].",
				Redactor.apply(text, findings, PLACEHOLDERS.withDates(DateStyle.SEASON), PseudonymMap.seeded(13), SHEET).text());
		assertEquals("On autumn 2024, winter, summer 2023 and [Date].", Redactor.apply(text, findings,
				PLACEHOLDERS.withDates(DateStyle.SEASON).withSouthernHemisphere(true), PseudonymMap.seeded(13), SHEET).text());
	}

	@Test
	void anAmbiguousDateIsReadAsThePolicySays() {
		PseudonymMap map = PseudonymMap.seeded(14);
		List<Finding> findings = findings("03/04/2024", "03/04/2024", DATE);
		assertEquals("April 2024", Redactor.apply("03/04/2024", findings, PLACEHOLDERS.withDates(DateStyle.MONTH), map, SHEET).text());
		assertEquals("March 2024", Redactor.apply("03/04/2024", findings, PLACEHOLDERS.withDates(DateStyle.MONTH).withDayFirst(false), map,
				SHEET).text());
		// 13 can only be a day, whatever the policy
		List<Finding> plain = findings("13/04/2024", "13/04/2024", DATE);
		assertEquals("April 2024", Redactor.apply("13/04/2024", plain, PLACEHOLDERS.withDates(DateStyle.MONTH).withDayFirst(false), map,
				SHEET).text());
	}

	@Test
	void agesBecomeDevelopmentalBandsAndDecades() {
		String text = "ages 3, 6, 11, 14, 17, 19, 42, 89, 90, 104, seventy-four, forty and twenty one";
		String out = redact(text, PseudonymMap.seeded(15), "3", AGE, "6", AGE, "11", AGE, "14", AGE, "17", AGE, "19", AGE, "42", AGE, "89", AGE,
				"90", AGE, "104", AGE, "seventy-four", AGE, "forty", AGE, "twenty one", AGE);
		assertEquals("ages 0\u20134, 5\u20139, 10\u201312, 13\u201315, 16\u201317, 18\u201319, 40\u201349, 80\u201389, 90+, 90+, "
				+ "70\u201379, 40\u201349 and 20\u201329", out);
		assertEquals("a [Age]-year-old", redact("a many-year-old", PseudonymMap.seeded(15), "many", AGE));
	}

	@Test
	void placesBecomeTheirKindFromTheirRoleOrTheirWords() {
		String text = "Brightwater, Pelletier Drugs, Kingston Hospital, Kingston Hospital's car park, St Mary's Hospital, Riverside Medical "
				+ "Centre, Grace Fellowship Church, Cedar Rise Climbing Gym, 42 Wallaby Way, Wallaby Way, SW1A 1AA, Dunedin, Acme Ltd.";
		List<Finding> findings = new ArrayList<>();
		int from = 0;
		for (String place : new String[] { "Brightwater", "Pelletier Drugs", "Kingston Hospital", "Kingston Hospital's", "St Mary's Hospital",
				"Riverside Medical Centre", "Grace Fellowship Church", "Cedar Rise Climbing Gym", "42 Wallaby Way", "Wallaby Way", "SW1A 1AA",
				"Dunedin", "Acme Ltd" }) {
			int at = text.indexOf(place, from);
			String recognizer = place.equals("Dunedin") ? "location-gazetteer" : place.contains("Wallaby") ? "address" : "location-organisation";
			findings.add(new Finding(at, at + place.length(), LOCATION, 0.9, recognizer));
			from = at + place.length();
		}
		DetectionContext context = DetectionContext.builder().place("Brightwater Academy", "school").place("Pelletier Drugs", "employer")
				.build();
		assertEquals("[School], [Workplace], [Hospital], [Hospital]'s car park, [Hospital-2], [Clinic], [Place of worship], [Gym], "
				+ "[Street address], [Street], [Postcode], [Place], [Organisation].",
				Redactor.apply(text, findings, PLACEHOLDERS, PseudonymMap.seeded(16), context).text());
	}

	@Test
	void contactDetailsBecomeTheirKind() {
		String text = "07700 900123; +1 (555) 010-9999; liz.m@example.org; @lizzy_m; u/lizzy; https://lizblog.example.com/about; "
				+ "www.lizblog.net; lizblog.net; 192.168.1.20; 2001:db8::1; MRN 4417-22; a pharmacist.";
		String out = redact(text, PseudonymMap.seeded(17), "07700 900123", CONTACT, "+1 (555) 010-9999", CONTACT, "liz.m@example.org", CONTACT,
				"@lizzy_m", CONTACT, "u/lizzy", CONTACT, "https://lizblog.example.com/about", CONTACT, "www.lizblog.net", CONTACT, "lizblog.net",
				CONTACT, "192.168.1.20", CONTACT, "2001:db8::1", CONTACT, "4417-22", ID, "pharmacist", IdentifierType.PROFESSION);
		assertEquals("[Phone]; [Phone]; [Email]; [Handle]; [Handle]; [URL]; [URL]; [URL]; [IP address]; [IP address]; MRN [ID]; a [Profession].",
				out);
	}

	@Test
	void replacementsAreWhereTheOutputSaysAndTheRestIsUntouched() {
		String text = "Liz (42) met Dan Whitlock on 14/03/2024 at Brightwater Academy; call 07700 900123.";
		List<Finding> findings = findings(text, "Liz", NAME, "42", AGE, "Dan Whitlock", NAME, "14/03/2024", DATE, "Brightwater Academy",
				LOCATION, "07700 900123", CONTACT);
		Redaction redaction = Redactor.apply(text, findings, PLACEHOLDERS, PseudonymMap.seeded(18), SHEET);
		StringBuilder kept = new StringBuilder();
		int position = 0;
		for (Redaction.Replacement r : redaction.replacements()) {
			kept.append(redaction.text(), position, r.start()).append('|');
			position = r.end();
		}
		kept.append(redaction.text().substring(position));
		assertEquals("| (|) met | on | at |; call |.", kept.toString());
		assertEquals(List.of(NAME, AGE, NAME, DATE, LOCATION, CONTACT), redaction.replacements().stream().map(Redaction.Replacement::type)
				.toList());
	}

	@Test
	void noOriginalIdentifierSurvivesUnderAnyPolicy() {
		String[] given = { "Dana", "Tolu", "Siobhan", "Mateus", "Renée", "Kwame", "Ngaio", "Priyanka", "Liz", "Elizabeth" };
		String[] family = { "Whitcombe", "Ade", "O'Neill", "Dubois-Martin", "Nakamura", "Moore", "Okonkwo", "Van der Berg" };
		String[] places = { "Brightwater Academy", "Pelletier Drugs", "Hillcrest Clinic", "St Jude's Hospital", "Tauranga", "Rosewood Gym" };
		String[] contacts = { "07700 900123", "dana.w@example.org", "@tolu_a", "www.siobhan.example.net", "10.0.0.7" };
		String[] titles = { "", "Ms ", "Dr. ", "Mr " };
		Random random = new Random(20261123);
		for (int round = 0; round < 300; round++) {
			PseudonymMap map = PseudonymMap.seeded(round);
			ReplacementPolicy policy = new ReplacementPolicy(NameStyle.values()[round % 2], DateStyle.values()[round % 3], round % 5 != 0,
					round % 7 == 0);
			for (int note = 0; note < 3; note++) {
				StringBuilder text = new StringBuilder();
				List<Finding> findings = new ArrayList<>();
				List<String> originals = new ArrayList<>();
				for (int k = 0; k < 12; k++) {
					text.append(random.nextBoolean() ? " said that " : " and ");
					String piece;
					IdentifierType type;
					switch (random.nextInt(5)) {
					case 0 -> {
						piece = given[random.nextInt(given.length)];
						type = NAME;
					}
					case 1 -> {
						piece = titles[random.nextInt(titles.length)] + family[random.nextInt(family.length)];
						type = NAME;
					}
					case 2 -> {
						piece = given[random.nextInt(given.length)] + " " + family[random.nextInt(family.length)];
						type = NAME;
					}
					case 3 -> {
						piece = places[random.nextInt(places.length)];
						type = LOCATION;
					}
					default -> {
						piece = contacts[random.nextInt(contacts.length)];
						type = CONTACT;
					}
					}
					if (random.nextInt(4) == 0) {
						piece += "'s";
					}
					findings.add(new Finding(text.length(), text.length() + piece.length(), type, 0.9, "test"));
					text.append(piece);
					originals.add(piece);
				}
				String out = Redactor.apply(text, findings, policy, map, SHEET).text();
				String words = " " + out.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
				for (String original : originals) {
					for (String word : original.toLowerCase(java.util.Locale.ROOT).replaceAll("'s$", "").split("[^\\p{L}\\p{N}]+")) {
						// titles and kinds may stay: "Dr. [Person-1]" at "[Hospital]"
						if (word.length() > 2 && !List.of("der", "van", "www", "net", "org", "example", "hospital", "gym", "clinic").contains(word)) {
							assertFalse(words.contains(" " + word + " "), () -> "'" + word + "' of '" + original + "' left in: " + out);
						}
					}
				}
			}
		}
	}

	@Test
	void hostileTextAndFindingsNeverBreakReplacement() {
		String[] pieces = { "Dana", " ", "\n", "'s", "\u2019s", "Dr.", "Ms", "\uD83D\uDE00", "\uD800", "e\u0301", "\u0130stanbul", "\u00DF", "\u0000",
				"14/03/2024", "31/02/2024", "42", "\u05E9\u05DC\u05D5\u05DD", "-", ".", "@", "O'", "'", "J.", "\u200B" };
		Random random = new Random(11);
		for (int round = 0; round < 2000; round++) {
			StringBuilder text = new StringBuilder();
			for (int p = random.nextInt(30); p >= 0; p--) {
				text.append(pieces[random.nextInt(pieces.length)]);
			}
			List<Finding> findings = new ArrayList<>();
			int at = 0;
			while (at < text.length()) {
				int start = at + random.nextInt(4);
				int end = start + 1 + random.nextInt(8);
				if (end > text.length()) {
					break;
				}
				findings.add(new Finding(start, end, IdentifierType.values()[random.nextInt(IdentifierType.values().length)], 0.9, "test"));
				at = end;
			}
			ReplacementPolicy policy = new ReplacementPolicy(NameStyle.values()[round % 2], DateStyle.values()[round % 3], true, false);
			Redaction redaction = Redactor.apply(text, findings, policy, PseudonymMap.seeded(round % 5), SHEET);
			assertEquals(findings.size(), redaction.replacements().size());
		}
		for (int round = 0; round < 200; round++) {
			StringBuilder text = new StringBuilder();
			for (int p = random.nextInt(40); p >= 0; p--) {
				text.append(pieces[random.nextInt(pieces.length)]).append(random.nextBoolean() ? " " : "");
			}
			String note = text.toString();
			Redactor.apply(note, Deidentifier.standard().detect(note, SHEET), PLACEHOLDERS.withNames(NameStyle.SURROGATES), PseudonymMap.seeded(1),
					SHEET);
		}
	}

	@Test
	void overlappingFindingsAreRefused() {
		List<Finding> bad = List.of(new Finding(0, 4, NAME, 0.9, "test"), new Finding(2, 6, NAME, 0.9, "test"));
		assertThrows(IllegalArgumentException.class, () -> Redactor.apply("abcdefgh", bad, PLACEHOLDERS, PseudonymMap.seeded(12), SHEET));
	}

	// ---- helpers

	private static final IdentifierType NAME = IdentifierType.NAME;
	private static final IdentifierType DATE = IdentifierType.DATE;
	private static final IdentifierType AGE = IdentifierType.AGE;
	private static final IdentifierType LOCATION = IdentifierType.LOCATION;
	private static final IdentifierType CONTACT = IdentifierType.CONTACT;
	private static final IdentifierType ID = IdentifierType.ID;

	private static String redact(String text, PseudonymMap map, Object... surfacesAndTypes) {
		return Redactor.apply(text, findings(text, surfacesAndTypes), PLACEHOLDERS, map, SHEET).text();
	}

	/** Findings at the successive occurrences of the given texts. */
	private static List<Finding> findings(String text, Object... surfacesAndTypes) {
		List<Finding> findings = new ArrayList<>();
		int from = 0;
		for (int k = 0; k < surfacesAndTypes.length; k += 2) {
			String surface = (String) surfacesAndTypes[k];
			int at = text.indexOf(surface, from);
			if (at < 0) {
				throw new IllegalArgumentException(surface + " is not in the text after " + from);
			}
			String recognizer = surface.endsWith("Ltd") ? "location-organisation" : "test";
			findings.add(new Finding(at, at + surface.length(), (IdentifierType) surfacesAndTypes[k + 1], 0.9, recognizer));
			from = at + surface.length();
		}
		return findings;
	}
}
