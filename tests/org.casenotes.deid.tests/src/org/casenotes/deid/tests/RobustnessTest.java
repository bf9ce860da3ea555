/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.casenotes.deid.Deidentifier;
import org.casenotes.deid.DetectionContext;
import org.casenotes.deid.Finding;
import org.junit.jupiter.api.Test;

/**
 * Properties that hold for any input, checked on random and hostile text: right-to-left scripts and controls,
 * emoji and other surrogate pairs, lone surrogates, combining marks, zero-width characters, NULs, very long
 * tokens. Never an exception; findings sorted, non-overlapping, inside the text and never splitting a
 * surrogate pair.
 */
class RobustnessTest {

	/** Pieces a hostile or merely international note is made of. */
	private static final String[] PIECES = { "Dana", " ", "\n", "\n\n", "    ", "\t", ".", ",", ":", "\"", "'s", "(", ")", "-", "@",
			"42", "07700 900123", "14/03/2024", "Dr.", "her sister", "works as a", "at", "St", "Hospital", "\u05E9\u05DC\u05D5\u05DD",
			"\u0645\u0631\u062D\u0628\u0627", "\u202E", "\u202C", "\u200F", "\u200B", "\uFEFF", "\uD83D\uDE00", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
			"\uD83C\uDDEC\uD83C\uDDE7", "\uD800", "\uDC00", "e\u0301", "Zoe\u0308", "\u0130stanbul", "\u00DF", "\u0000", "\u00A0",
			"\u2028", "\u3000", "\u6771\u4EAC", "\u0915\u093F", "A\u030A\u0323", "Ma\u0301ria", "\uFFFD", "#", "https://", "www.", ".org",
			"MRN", "NHS", "'", "\u201C", "\u201D", "&", "Mr", "Will", "Hope", "Grace", "aged", "yo", "1", "0", "999999999999999999999" };

	@Test
	void randomHostileTextNeverBreaksTheEngine() {
		Random random = new Random(20261123);
		for (int round = 0; round < 3000; round++) {
			StringBuilder text = new StringBuilder();
			int pieces = random.nextInt(60);
			for (int p = 0; p < pieces; p++) {
				text.append(PIECES[random.nextInt(PIECES.length)]);
				if (random.nextInt(4) == 0) {
					text.append(' ');
				}
			}
			check(text.toString());
		}
	}

	@Test
	void randomCodePointsNeverBreakTheEngine() {
		Random random = new Random(7);
		for (int round = 0; round < 1000; round++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(200);
			for (int k = 0; k < length; k++) {
				int kind = random.nextInt(10);
				if (kind < 5) {
					text.append((char) (' ' + random.nextInt(95)));
				} else if (kind < 8) {
					text.appendCodePoint(random.nextInt(0x3000));
				} else if (kind < 9) {
					text.appendCodePoint(0x1F300 + random.nextInt(0x300));
				} else {
					// anything, lone surrogates included
					text.append((char) random.nextInt(0x10000));
				}
			}
			check(text.toString());
		}
	}

	@Test
	void edgeCases() {
		for (String text : List.of("", " ", "\n", "D", "Dr", "Dr.", "'s", "-", "@", "42", "\uD83D", "\uDE00", "\uD83D\uDE00",
				"Client:", "Client: ", "Client: \"", "(", "(42", "aged", "works as a", "Her sister", "St", "the", "x".repeat(100_000),
				"Dana ".repeat(20_000), "1 ".repeat(20_000), ".".repeat(50_000))) {
			check(text);
		}
	}

	@Test
	void findingsSurviveRightToLeftAndCombiningMarks() {
		String text = "\u202EClient: Zoe\u0308 Ma\u0301rquez, aged 42, phone 07700 900123 \uD83D\uDE00 \u05E9\u05DC\u05D5\u05DD";
		List<Finding> findings = check(text);
		assertTrue(findings.stream().anyMatch(f -> f.text(text).equals("07700 900123")), "the phone number");
		assertTrue(findings.stream().anyMatch(f -> f.text(text).equals("42")), "the age");
	}

	@Test
	void aLongTextIsCutInChunksWithoutLosingFindings() {
		StringBuilder text = new StringBuilder();
		String line = "Her sister Dana Whitcombe called on 14/03/2024 from 07700 900123.\n";
		while (text.length() < 3_500_000) {
			text.append(line);
		}
		List<Finding> findings = check(text.toString());
		long phones = findings.stream().filter(f -> f.text(text).equals("07700 900123")).count();
		assertEquals(text.length() / line.length(), phones, "one phone number a line, across chunk boundaries");
	}

	private static List<Finding> check(String text) {
		List<Finding> findings = Deidentifier.standard().detect(text, DetectionContext.builder().name("Zoë Márquez", "client").build());
		int previousEnd = 0;
		for (Finding f : findings) {
			assertTrue(f.start() >= previousEnd, () -> "sorted and not overlapping: " + findings);
			assertTrue(f.end() <= text.length(), "inside the text");
			assertFalse(Character.isLowSurrogate(text.charAt(f.start())) && f.start() > 0 && Character.isHighSurrogate(text.charAt(f.start() - 1)),
					"no finding starts inside a surrogate pair");
			assertFalse(f.end() < text.length() && Character.isLowSurrogate(text.charAt(f.end())) && Character.isHighSurrogate(text.charAt(f.end() - 1)),
					"no finding ends inside a surrogate pair");
			assertTrue(f.confidence() >= DetectionContext.DEFAULT_MINIMUM_CONFIDENCE, "at least the minimum confidence");
			previousEnd = f.end();
		}
		return findings;
	}
}
