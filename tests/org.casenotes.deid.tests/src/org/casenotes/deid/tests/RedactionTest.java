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
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
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
