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

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.casenotes.deid.DetectionContext;
import org.casenotes.deid.Finding;
import org.casenotes.deid.IdentifierType;
import org.casenotes.deid.PseudonymMap;
import org.casenotes.deid.Redactor;
import org.casenotes.deid.ReplacementPolicy;
import org.casenotes.deid.ReplacementPolicy.DateStyle;
import org.casenotes.deid.ReplacementPolicy.NameStyle;
import org.junit.jupiter.api.Test;

/**
 * The case's map: who is who across notes, the date shift, surrogates, and a serial form that carries all of it
 * and a string form that carries none of it. Findings are written by hand: {@code [Liz]} marks a name,
 * {@code {Brightwater Academy}} a place.
 */
class PseudonymMapTest {

	private static final ReplacementPolicy PLACEHOLDERS = new ReplacementPolicy(NameStyle.PLACEHOLDERS, DateStyle.SHIFT, true, false);
	private static final ReplacementPolicy SURROGATES = PLACEHOLDERS.withNames(NameStyle.SURROGATES);
	private static final DetectionContext SHEET = DetectionContext.builder().name("Elizabeth Moore", "client").name("Rose Moore", "sister")
			.name("Tolu Ade", "sister").name("Dana Whitcombe", "Rose's husband").place("Brightwater Academy", "school")
			.place("Pelletier Drugs", "employer").build();

	@Test
	void everyFormOfTheClientsNameIsTheClient() {
		PseudonymMap map = PseudonymMap.seeded(1);
		assertEquals("[Client], [Client], Ms [Client], [Client]'s, [Client], [Client], [Client], Ms. [Client]'s, [Client]",
				redact("[Liz], [Elizabeth Moore], Ms [Moore], [Liz's], [ELIZABETH MOORE], [Élizabeth], [E.M.], [Ms. Moore's], [Liz Moore]", map));
	}

	@Test
	void otherRolesAreNumberedInTheOrderTheyAppear() {
		PseudonymMap map = PseudonymMap.seeded(2);
		assertEquals("[Sister-1] and [Sister-2] met [Person-1]; Ms [Sister-1] left.", redact("[Tolu] and [Rose] met [Sam]; [Ms Ade] left.", map));
		assertEquals("[Sister-2], [Sister-1], [Person-1], [Person-2].", redact("[Rose Moore], [Tolu Ade], [Sam], [Jo].", map));
	}

	@Test
	void aRoleNeverCarriesAName() {
		// the therapist typed "Rose's husband": the placeholder says husband, not whose
		assertEquals("[Husband-1] phoned.", redact("[Dana Whitcombe] phoned.", PseudonymMap.seeded(3)));
	}

	@Test
	void theSamePersonIsTheSamePlaceholderInEveryNote() {
		PseudonymMap map = PseudonymMap.seeded(4);
		assertEquals("[Client] met [Person-1] at [School].", redact("[Liz] met [Rose Whitlock] at {Brightwater Academy}.", map));
		assertEquals("[Person-1] and [Client] left [School]'s gate.", redact("[Whitlock] and [Elizabeth] left {Brightwater's} gate.", map));
		assertEquals("Ms. [Person-1] wrote to [Workplace].", redact("Ms. [Whitlock] wrote to {Pelletier Drugs}.", map));
	}

	@Test
	void unknownPeopleAreLinkedByTheirNamesWhenOnlyOneFits() {
		PseudonymMap map = PseudonymMap.seeded(5);
		assertEquals("[Person-1], [Person-1], Ms. [Person-1], [Person-1]'s, [Person-1]",
				redact("[Gail Whitlock], [Gail], Ms. [Whitlock], [Whitlock's], [GAIL WHITLOCK]", map));
		// a shorter name met first is completed by the full name later
		assertEquals("[Person-2] called; [Person-2] is [Person-2]'s name.", redact("[Dan] called; [Dan Okafor] is [Okafor]'s name.", map));
		// the sister Rose Moore is not Rose Whitlock, whatever each shares with someone
		assertEquals("[Sister-1] and [Person-3]", redact("[Rose Moore] and [Rose Whitlock]", map));
	}

	@Test
	void aFullNameLaterInANoteStillLinksTheShortFormsBeforeIt() {
		assertEquals("[Person-1] met [Person-1]. Later [Person-1] agreed.", redact("[Gail] met [Whitlock]. Later [Gail Whitlock] agreed.",
				PseudonymMap.seeded(6)));
	}

	@Test
	void aSharedSurnameIsNotGuessedAcrossNotes() {
		PseudonymMap map = PseudonymMap.seeded(7);
		assertEquals("[Person-1] and [Person-2] came; [Person-2] stayed.", redact("[Ann Lee] and [Tom Lee] came; [Tom] stayed.", map));
		// "Lee" alone could be either: a person of its own, the same in every later note
		assertEquals("[Person-3] left.", redact("[Lee] left.", map));
		assertEquals("[Person-3] came back.", redact("[Lee] came back.", map));
		// within a note, the one of them already named wins
		assertEquals("[Person-1] phoned. Ms [Person-1] was upset.", redact("[Ann Lee] phoned. [Ms Lee] was upset.", map));
	}

	@Test
	void unknownInitialsAreNotAllOnePerson() {
		assertEquals("[Person-1], [Person-2], [Person-1]", redact("[J.M.], [K.L.], [J.M.]", PseudonymMap.seeded(8)));
	}

	@Test
	void surrogatesAreStableRealisticAndNeverAnyNameOfTheCase() {
		PseudonymMap map = PseudonymMap.seeded(9);
		String first = redact("[Elizabeth Moore] met [Dan Whitlock]. [Dan] and [Liz] argued. Mr. [Whitlock] left.", map, SURROGATES);
		String second = redact("[Whitlock] wrote to [Ms Moore]; [Rose Moore] replied.", map, SURROGATES);
		String[] a = first.split("[ .]+");
		String liz = a[0];
		String lizFamily = a[1];
		String dan = a[3];
		String danFamily = a[4];
		assertEquals(dan, a[5], first);
		assertEquals(liz, a[7], first);
		assertEquals(danFamily, a[10], first);
		assertEquals(danFamily + " wrote to Ms " + lizFamily + "; " + second.split(" ")[5] + " " + lizFamily + " replied.", second,
				"sisters share a surrogate surname");
		Set<String> case_ = Set.of("elizabeth", "liz", "lizzie", "beth", "moore", "dan", "daniel", "whitlock", "rose", "tolu", "ade", "dana",
				"whitcombe");
		for (String word : (first + " " + second).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
			assertFalse(case_.contains(word), () -> word + " in " + first + " / " + second);
		}
		assertEquals(6, new HashSet<>(List.of(liz, lizFamily, dan, danFamily, second.split(" ")[5], "x")).size(), "all different");
	}

	@Test
	void theDateShiftIsWholeWeeksAndNeverZero() {
		Set<Integer> shifts = new HashSet<>();
		for (int seed = 0; seed < 200; seed++) {
			int days = PseudonymMap.seeded(seed).dateShiftDays();
			assertEquals(0, days % 7, "weekdays stay right: " + days);
			assertTrue(Math.abs(days) >= 35 && Math.abs(days) <= 364, "" + days);
			shifts.add(days);
		}
		assertTrue(shifts.size() > 50, "shifts vary: " + shifts.size());
		assertTrue(shifts.stream().anyMatch(d -> d < 0) && shifts.stream().anyMatch(d -> d > 0));
		assertNotEquals(0, PseudonymMap.create().dateShiftDays());
	}

	@Test
	void aCaseReadFromJsonGoesOnExactlyWhereItStopped() {
		String[] notes = { "[Liz] met [Rose Whitlock] and [J.M.] at {Brightwater Academy}.", "[Whitlock] and [Tolu] saw [Dan Okafor].",
				"[Okafor] called [Ms Whitlock] about {Kingston Hospital}." };
		for (ReplacementPolicy policy : List.of(PLACEHOLDERS, SURROGATES)) {
			PseudonymMap straight = PseudonymMap.seeded(10);
			PseudonymMap stored = PseudonymMap.seeded(10);
			for (String note : notes) {
				String expected = redact(note, straight, policy);
				PseudonymMap reloaded = PseudonymMap.fromJson(stored.toJson());
				assertEquals(stored.toJson(), reloaded.toJson());
				assertEquals(expected, redact(note, reloaded, policy));
				stored = reloaded;
			}
			assertEquals(straight.dateShiftDays(), stored.dateShiftDays());
			assertEquals(straight.size(), stored.size());
		}
	}

	@Test
	void theStringFormShowsNothingOfTheMapping() {
		PseudonymMap map = PseudonymMap.seeded(11);
		redact("[Liz] met [Dan Whitlock] at {Brightwater Academy}.", map, SURROGATES);
		String shown = map.toString();
		for (String secret : List.of("Liz", "Whitlock", "Brightwater", "Client", "Person", "School", String.valueOf(map.dateShiftDays()))) {
			assertFalse(shown.contains(secret), shown);
		}
		assertTrue(map.toJson().contains("whitlock"), "the stored form does hold the mapping");
	}

	@Test
	void malformedJsonIsRefusedWithAClearError() {
		for (String json : List.of("not json", "{}", "{\"format\":99}", "[]", "{\"format\":1,\"dateShiftDays\":0,\"seed\":1}",
				"{\"format\":1,\"dateShiftDays\":7,\"seed\":1,\"people\":[{\"role\":\"Client\"}]}",
				"{\"format\":1,\"dateShiftDays\":\"7\",\"seed\":1}", "{\"format\":1,\"dateShiftDays\":99999999999,\"seed\":1}")) {
			assertThrows(IllegalArgumentException.class, () -> PseudonymMap.fromJson(json), json);
		}
	}

	// ---- helpers

	private static String redact(String marked, PseudonymMap map) {
		return redact(marked, map, PLACEHOLDERS);
	}

	/** Replaces the names in [brackets] and the places in {braces} of {@code marked}. */
	static String redact(String marked, PseudonymMap map, ReplacementPolicy policy) {
		StringBuilder text = new StringBuilder();
		List<Finding> findings = new ArrayList<>();
		int start = -1;
		for (char c : marked.toCharArray()) {
			if (c == '[' || c == '{') {
				start = text.length();
			} else if (c == ']' || c == '}') {
				findings.add(new Finding(start, text.length(), c == ']' ? IdentifierType.NAME : IdentifierType.LOCATION, 0.9, "test"));
			} else {
				text.append(c);
			}
		}
		return Redactor.apply(text, findings, policy, map, SHEET).text();
	}
}
