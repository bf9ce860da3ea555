/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Realistic stand-in names, for a therapist who prefers "Noor said" to "[Person-2] said". Given names come from
 * {@code surrogate-given-names.txt} (names anyone may carry, so they never contradict a pronoun), family names
 * from the engine's surname list, kept to plain, short ones that are no English word. The choice follows a
 * case's seed and a person's number, so it is the same in every note, and skips every name the caller says is
 * taken: a name of the case, or another person's surrogate.
 */
public final class SurrogateNames {

	/** Words that would read as something other than a name. */
	private static final int NOT_A_NAME = Lex.COMMON | Lex.FUNCTION | Lex.MONTH | Lex.WEEKDAY | Lex.PLACE | Lex.TITLE | Lex.RELATION
			| Lex.CLINICAL | Lex.MEDICATION | Lex.PROFESSION | Lex.PLATFORM | Lex.HOLIDAY;

	private static final int PROBES = 256;

	private static final class Pools {
		static final List<String> GIVEN = load("surrogate-given-names.txt", "[A-Z][a-z]{1,9}");
		static final List<String> FAMILY = load("surnames.txt", "[A-Z][a-z]{3,8}");
		/** When every curated given name is taken (a case with dozens of people). */
		static final List<String> MORE_GIVEN = load("first-names.txt", "[A-Z][a-z]{2,7}");
	}

	private SurrogateNames() {
	}

	/** A given name for the {@code n}-th person of a case, none that {@code taken} (given folded names) refuses. */
	public static String given(long seed, int n, Predicate<String> taken) {
		String name = pick(Pools.GIVEN, seed, n, taken);
		return name != null ? name : pick(Pools.MORE_GIVEN, seed, n, taken);
	}

	/** A family name for the {@code n}-th family name of a case. */
	public static String family(long seed, int n, Predicate<String> taken) {
		return pick(Pools.FAMILY, seed * 31 + 7, n, taken);
	}

	/**
	 * A name of {@code pool} that is not taken, or null. A small pool is searched whole; a big one only at
	 * {@link #PROBES} places, so a case with thousands of people stays fast (and falls back to placeholders).
	 */
	private static String pick(List<String> pool, long seed, int n, Predicate<String> taken) {
		long h = mix(seed + n * 0x9E3779B97F4A7C15L);
		int size = pool.size();
		for (int k = 0; k < Math.min(size, PROBES); k++) {
			int at = size <= PROBES ? (int) Math.floorMod(h + k, (long) size) : (int) Math.floorMod(mix(h + k), (long) size);
			String candidate = pool.get(at);
			if (!taken.test(Fold.fold(candidate))) {
				return candidate;
			}
		}
		return null;
	}

	/** A 64-bit finaliser (MurmurHash3's): neighbouring numbers land far apart in the pool. */
	private static long mix(long h) {
		h = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL;
		h = (h ^ (h >>> 33)) * 0xC4CEB9FE1A85EC53L;
		return h ^ (h >>> 33);
	}

	private static List<String> load(String file, String shape) {
		Lexicons lexicons = Lexicons.get();
		List<String> names = new ArrayList<>();
		try (InputStream in = SurrogateNames.class.getResourceAsStream("/lexicons/" + file)) {
			if (in == null) {
				throw new IllegalStateException("the lexicon " + file + " is missing from the engine's bundle");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String name = line.strip();
				if (name.matches(shape) && (lexicons.word(name) & NOT_A_NAME) == 0) {
					names.add(name);
				}
			}
		} catch (IOException e) {
			throw new UncheckedIOException("cannot read the lexicon " + file, e);
		}
		return List.copyOf(names);
	}
}
