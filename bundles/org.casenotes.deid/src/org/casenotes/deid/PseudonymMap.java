/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.casenotes.deid.eval.Json;
import org.casenotes.deid.internal.Surrogates;

/**
 * Who is who in one case: the placeholder (or surrogate name) each person and place was given, and the case's
 * date shift. One map serves every note of a case, so "[Sister-1]" in March is "[Sister-1]" in June and the
 * weeks between two sessions survive the shift.
 * <p>
 * The map is the key to the de-identified text: it stays with the therapist (in the encrypted store) and is
 * never written into anything shared. {@link #toString()} therefore says how big it is, never what is in it.
 * Not thread-safe: one case is de-identified at a time.
 */
public final class PseudonymMap {

	/** A person or place of the case and what stands for it. */
	private record Entity(String label, String given, String family) {
	}

	private static final int FORMAT = 1;
	/** Marks a name token shared by two people: it can no longer tell them apart. */
	private static final String AMBIGUOUS = "";

	private final int dateShiftDays;
	private final long seed;
	private final Map<String, Entity> entities = new LinkedHashMap<>();
	private final Map<String, Integer> counters = new HashMap<>();
	private final Map<String, String> tokens = new HashMap<>();

	private PseudonymMap(int dateShiftDays, long seed) {
		this.dateShiftDays = dateShiftDays;
		this.seed = seed;
	}

	/** A new case's map: a random shift of 30 to 365 days either way, a random surrogate seed. */
	public static PseudonymMap create() {
		return seeded(new SecureRandom().nextLong());
	}

	/** A map whose shift and surrogates follow from {@code seed} (for tests and reproducible examples). */
	public static PseudonymMap seeded(long seed) {
		java.util.Random random = new java.util.Random(seed);
		int days = 30 + random.nextInt(336);
		return new PseudonymMap(random.nextBoolean() ? days : -days, random.nextLong());
	}

	/** How many days every date of the case moves; never 0. */
	public int dateShiftDays() {
		return dateShiftDays;
	}

	/** How many people and places the map knows. */
	public int size() {
		return entities.size();
	}

	// ---- people

	/**
	 * The placeholder label (without brackets) of a person: from the role of the known identifier they are, or
	 * "Person-N"; a mention of one name ("Rose", "Whitlock") joins the person whose full name has it, when
	 * only one does.
	 */
	String person(String mention, KnownIdentifier known) {
		return entities.get(personKey(mention, known)).label();
	}

	private String personKey(String mention, KnownIdentifier known) {
		List<String> words = nameWords(mention);
		String key;
		if (known != null) {
			key = "known:" + fold(known.text());
			if (!entities.containsKey(key)) {
				entities.put(key, newPerson(roleLabel(known.role()), known.text()));
			}
			link(words, key);
			link(nameWords(known.text()), key);
			return key;
		}
		key = "person:" + String.join(" ", words);
		if (!entities.containsKey(key)) {
			String existing = linked(words);
			if (existing != null) {
				key = existing;
			} else {
				entities.put(key, newPerson("Person", mention));
			}
		}
		link(words, key);
		return key;
	}

	/** The surrogate of the person {@link #person} answered for, in the form of the mention. */
	String surrogate(String mention, KnownIdentifier known) {
		Entity entity = entities.get(personKey(mention, known));
		List<String> words = nameWords(mention);
		if (words.size() >= 2) {
			return entity.given() + " " + entity.family();
		}
		// one word: a surname after a title ("Ms Moore") or a given name ("Liz")
		String full = known != null ? known.text() : null;
		if (full != null) {
			List<String> fullWords = nameWords(full);
			if (fullWords.size() >= 2 && !words.isEmpty() && words.get(0).equals(fullWords.get(fullWords.size() - 1))) {
				return entity.family();
			}
		}
		return entity.given();
	}

	private Entity newPerson(String role, String original) {
		int n = counters.merge(role, 1, Integer::sum);
		String label = role.equals("Client") && n == 1 ? "Client" : role + "-" + n;
		int index = entities.size();
		return new Entity(label, Surrogates.given(seed, index, firstWord(original)), Surrogates.family(seed, index, lastWord(original)));
	}

	private void link(List<String> words, String key) {
		for (String word : words) {
			String owner = tokens.get(word);
			if (owner == null) {
				tokens.put(word, key);
			} else if (!owner.equals(key)) {
				tokens.put(word, AMBIGUOUS);
			}
		}
	}

	/**
	 * The one person these name words belong to, or null: a single word ("Whitlock") joins the one person whose
	 * name has it; a fuller name ("Rose Whitlock") joins a person known so far by fewer of its words ("Rose"),
	 * never one with another word ("Ann Lee" is not "Tom Lee").
	 */
	private String linked(List<String> words) {
		String found = null;
		for (String word : words) {
			String owner = tokens.get(word);
			if (owner == null) {
				continue;
			}
			if (owner.equals(AMBIGUOUS) || found != null && !found.equals(owner)) {
				return null;
			}
			found = owner;
		}
		if (found != null && words.size() >= 2 && found.startsWith("person:")
				&& !words.containsAll(List.of(found.substring("person:".length()).split(" ")))) {
			return null;
		}
		return found;
	}

	// ---- places

	/** "[School]" for the first school of the case, "[School-2]" for another. */
	String place(String text, String kind) {
		String key = "place:" + fold(text.replaceAll("'s$", ""));
		Entity entity = entities.get(key);
		if (entity == null) {
			int n = counters.merge("place:" + kind, 1, Integer::sum);
			entity = new Entity(n == 1 ? kind : kind + "-" + n, null, null);
			entities.put(key, entity);
		}
		return entity.label();
	}

	// ---- persistence

	/** The map as JSON, for the therapist's encrypted store. It holds the original names: never share it. */
	public String toJson() {
		StringBuilder out = new StringBuilder("{\"format\":").append(FORMAT).append(",\"dateShiftDays\":").append(dateShiftDays)
				.append(",\"seed\":").append(seed).append(",\"entities\":[");
		boolean first = true;
		for (Map.Entry<String, Entity> e : entities.entrySet()) {
			out.append(first ? "" : ",").append("{\"key\":").append(Json.quote(e.getKey())).append(",\"label\":")
					.append(Json.quote(e.getValue().label()));
			if (e.getValue().given() != null) {
				out.append(",\"given\":").append(Json.quote(e.getValue().given())).append(",\"family\":").append(Json.quote(e.getValue().family()));
			}
			out.append('}');
			first = false;
		}
		out.append("],\"counters\":{");
		first = true;
		for (Map.Entry<String, Integer> e : counters.entrySet()) {
			out.append(first ? "" : ",").append(Json.quote(e.getKey())).append(':').append(e.getValue());
			first = false;
		}
		out.append("},\"tokens\":{");
		first = true;
		for (Map.Entry<String, String> e : tokens.entrySet()) {
			out.append(first ? "" : ",").append(Json.quote(e.getKey())).append(':').append(Json.quote(e.getValue()));
			first = false;
		}
		return out.append("}}").toString();
	}

	/** Reads what {@link #toJson()} wrote; anything else is an {@link IllegalArgumentException}. */
	public static PseudonymMap fromJson(String json) {
		try {
			Map<?, ?> root = (Map<?, ?>) Json.parse(json);
			if (((Number) root.get("format")).intValue() != FORMAT) {
				throw new IllegalArgumentException("unknown pseudonym map format " + root.get("format"));
			}
			PseudonymMap map = new PseudonymMap(((Number) root.get("dateShiftDays")).intValue(), ((Number) root.get("seed")).longValue());
			for (Object o : (List<?>) root.get("entities")) {
				Map<?, ?> e = (Map<?, ?>) o;
				map.entities.put((String) e.get("key"), new Entity((String) e.get("label"), (String) e.get("given"), (String) e.get("family")));
			}
			for (Map.Entry<?, ?> e : ((Map<?, ?>) root.get("counters")).entrySet()) {
				map.counters.put((String) e.getKey(), ((Number) e.getValue()).intValue());
			}
			for (Map.Entry<?, ?> e : ((Map<?, ?>) root.get("tokens")).entrySet()) {
				map.tokens.put((String) e.getKey(), (String) e.getValue());
			}
			if (map.dateShiftDays == 0) {
				throw new IllegalArgumentException("a pseudonym map with no date shift");
			}
			return map;
		} catch (ClassCastException | NullPointerException e) {
			throw new IllegalArgumentException("not a pseudonym map", e);
		}
	}

	/** Its size only: a map printed into a log would undo the de-identification. */
	@Override
	public String toString() {
		return "PseudonymMap[" + entities.size() + " people and places]";
	}

	// ---- names

	private static String roleLabel(String role) {
		if (role.isBlank()) {
			return "Person";
		}
		StringBuilder label = new StringBuilder();
		for (String word : role.strip().split("[\\s_-]+")) {
			label.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1).toLowerCase(Locale.ROOT));
		}
		return label.toString();
	}

	/** The folded words of a name, without titles, initials' dots, possessives and punctuation. */
	private static List<String> nameWords(String name) {
		List<String> words = new ArrayList<>();
		for (String w : fold(name).replace('\u2019', '\'').replaceAll("'s\\b", "").split("[^\\p{L}\\p{N}'-]+")) {
			String word = w.replaceAll("^[-']+|[-']+$", "");
			if (word.length() >= 2 && !TITLES.contains(word)) {
				words.add(word);
			}
		}
		return words;
	}

	private static final java.util.Set<String> TITLES = java.util.Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame",
			"rev", "fr", "sr");

	private static String firstWord(String name) {
		List<String> words = nameWords(name);
		return words.isEmpty() ? name : words.get(0);
	}

	private static String lastWord(String name) {
		List<String> words = nameWords(name);
		return words.isEmpty() ? name : words.get(words.size() - 1);
	}

	private static String fold(String text) {
		return org.casenotes.deid.internal.Fold.fold(text.strip()).replaceAll("\\s+", " ");
	}
}
