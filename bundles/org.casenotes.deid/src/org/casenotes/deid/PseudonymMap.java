/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.casenotes.deid.eval.Json;
import org.casenotes.deid.internal.Fold;
import org.casenotes.deid.internal.KnownPeople;
import org.casenotes.deid.internal.NameWords;
import org.casenotes.deid.internal.RoleLabels;
import org.casenotes.deid.internal.SurrogateNames;

/**
 * Who is who in one case: the placeholder (or surrogate name) each person and place was given, and the case's
 * date shift. One map serves every note of a case, so "[Sister-1]" in March is "[Sister-1]" in June and the
 * weeks between two sessions survive the shift.
 * <p>
 * The map is the key to the de-identified text: it stays with the therapist (in the encrypted store) and is
 * never written into anything shared. {@link #toString()} therefore says how big it is, never what is in it.
 * Safe to share between threads; its methods take turns.
 */
public final class PseudonymMap {

	/** A person of the case: their label, their surrogate given name, and the folded words of their names. */
	private static final class Person {
		/** "Client", "Sister": the label before it is numbered. */
		final String role;
		final Set<String> words = new LinkedHashSet<>();
		/** Numbered when the person is first named in reading order, not when a full name was met ahead of it. */
		String label;
		/** Chosen when first needed: a case replaced with placeholders never draws surrogates. */
		String given;
		/** The folded original surname, once a mention has shown which word it is. */
		String family;

		Person(String role) {
			this.role = role;
		}
	}

	private static final int FORMAT = 1;
	/** Shifts are whole weeks, so "Tuesday 2 April" still falls on a Tuesday; 5 to 52 weeks either way. */
	private static final int MIN_WEEKS = 5;
	private static final int MAX_WEEKS = 52;
	/** More people than this share a name word: it tells none of them apart. */
	private static final int CROWD = 64;
	/** A mention of more words than this is not matched against every shorter form of it. */
	private static final int MAX_PARTS = 8;

	private final int dateShiftDays;
	private final long seed;
	private final Map<String, Person> people = new LinkedHashMap<>();
	/** Each mention already resolved (its words joined) and the person it named: a case reads the same way twice. */
	private final Map<String, String> mentions = new LinkedHashMap<>();
	/** Original surname to surrogate surname: sisters who share a surname share its surrogate. */
	private final Map<String, String> surnames = new LinkedHashMap<>();
	private final Map<String, String> places = new LinkedHashMap<>();
	private final Map<String, Integer> counters = new LinkedHashMap<>();
	// derived from the above, never stored
	/** Name word to the people whose names have it. */
	private final Map<String, List<String>> owners = new HashMap<>();
	/** The people not on the identity sheet by the words they are known by so far (see {@link #signature}). */
	private final Map<String, List<String>> byWords = new HashMap<>();
	/** Folded surrogates handed out, given and family names: no two people or families share one. */
	private final Set<String> surrogates = new HashSet<>();
	/** The people named so far in the note being replaced. */
	private final Set<String> named = new HashSet<>();

	private PseudonymMap(int dateShiftDays, long seed) {
		this.dateShiftDays = dateShiftDays;
		this.seed = seed;
	}

	/** A new case's map: a random shift of 5 to 52 weeks either way, a random surrogate seed. */
	public static PseudonymMap create() {
		return seeded(new SecureRandom().nextLong());
	}

	/** A map whose shift and surrogates follow from {@code seed} (for tests and reproducible examples). */
	public static PseudonymMap seeded(long seed) {
		Random random = new Random(seed);
		int days = 7 * (MIN_WEEKS + random.nextInt(MAX_WEEKS - MIN_WEEKS + 1));
		return new PseudonymMap(random.nextBoolean() ? days : -days, random.nextLong());
	}

	/** How many days every date of the case moves: whole weeks, never 0. */
	public int dateShiftDays() {
		return dateShiftDays;
	}

	/** How many people and places the map knows. */
	public synchronized int size() {
		return people.size() + places.size();
	}

	// ---- people

	/** A new note begins: which people it has named so far decides who an ambiguous surname is. */
	synchronized void beginNote() {
		named.clear();
	}

	/** Makes the person of a full name known before the note is read in order (see {@link Redactor}). */
	synchronized void introduce(String mention, KnownIdentifier known, KnownPeople sheet) {
		resolve(mention, known, false, sheet);
	}

	/**
	 * The placeholder label (without brackets) of the person {@code mention} names: from the role of the known
	 * person it is ({@code known}, or null), or "Person-N"; {@code titled} when a title showed it is a surname.
	 */
	synchronized String person(String mention, KnownIdentifier known, boolean titled, KnownPeople sheet) {
		return named(resolve(mention, known, titled, sheet)).label;
	}

	/** The surrogate of the person {@link #person} answers for, in the form of the mention. */
	synchronized String surrogate(String mention, KnownIdentifier known, boolean titled, KnownPeople sheet) {
		Person person = named(resolve(mention, known, titled, sheet));
		String given = given(person, sheet);
		List<String> words = NameWords.of(mention);
		String familyKey = person.family != null ? person.family : words.isEmpty() ? "initials:" + person.label : null;
		String family = familyKey == null ? null : surname(familyKey, sheet);
		if (words.isEmpty()) {
			// initials: the surrogate's, unless they happen to be the original's
			String initials = NameWords.letters(mention).length() >= 2 && family != null ? given.charAt(0) + "." + family.charAt(0) + "."
					: given.charAt(0) + ".";
			return Fold.fold(initials.replace(".", "")).equals(NameWords.letters(mention)) ? given : initials;
		}
		if (person.family == null || family == null) {
			return given;
		}
		if (words.size() >= 2) {
			return given + " " + family;
		}
		return isFamilyWord(words.get(0), person.family) ? family : given;
	}

	private Person named(String key) {
		named.add(key);
		Person person = people.get(key);
		if (person.label == null) {
			int n = counters.merge(person.role, 1, Integer::sum);
			person.label = person.role.equals("Client") ? person.role : person.role + "-" + n;
		}
		return person;
	}

	/** The key of the person {@code mention} names, a new one when it names no one the map knows. */
	private String resolve(String mention, KnownIdentifier known, boolean titled, KnownPeople sheet) {
		List<String> words = NameWords.of(mention);
		String spelled = words.isEmpty() ? "initials:" + NameWords.letters(mention) : String.join(" ", words);
		String key;
		if (known != null) {
			key = knownKey(known);
		} else {
			List<String> candidates = words.isEmpty() ? List.of() : candidates(words);
			List<String> earlier = candidates.stream().filter(named::contains).toList();
			if (candidates.size() == 1) {
				key = candidates.get(0);
			} else if (earlier.size() == 1) {
				// "Whitlock" after "Dan Whitlock" in this note, though a Rose Whitlock is named later on
				key = earlier.get(0);
			} else {
				key = mentions.getOrDefault(spelled, "person:" + spelled);
			}
		}
		if (!people.containsKey(key)) {
			String role = known == null ? "Person" : KnownPeople.isClient(known) ? "Client"
					: RoleLabels.label(known.role(), word -> owners.containsKey(word) || sheet.isName(word));
			people.put(key, new Person(role.isEmpty() ? "Person" : role));
			if (known != null) {
				learn(key, NameWords.of(known.text()), false);
			}
		}
		learn(key, words, titled);
		mentions.putIfAbsent(spelled, key);
		return key;
	}

	/** Every name the client goes by is one person; every other known name is a person of its own. */
	private static String knownKey(KnownIdentifier known) {
		return KnownPeople.isClient(known) ? "known:client" : "known:" + Fold.fold(known.text().strip());
	}

	/**
	 * The people these name words may name: those whose names have every word ("Whitlock" for Dan Whitlock),
	 * and those not on the identity sheet known so far by fewer of the words ("Rose Whitlock" for a "Rose").
	 * "Rose Whitlock" is never the sister Rose Moore. A word shared by a crowd of people names none of them.
	 */
	private List<String> candidates(List<String> words) {
		List<String> rarest = null;
		for (String word : words) {
			List<String> theirs = owners.getOrDefault(word, List.of());
			rarest = rarest == null || theirs.size() < rarest.size() ? theirs : rarest;
		}
		Set<String> found = new LinkedHashSet<>();
		if (rarest.size() <= CROWD) {
			for (String key : rarest) {
				if (people.get(key).words.containsAll(words)) {
					found.add(key);
				}
			}
		}
		List<String> parts = List.copyOf(NameWords.expanded(words));
		if (parts.size() <= MAX_PARTS) {
			// every smaller set of these words that is all an unknown person is known by so far
			for (int subset = 1; subset < (1 << parts.size()) - 1; subset++) {
				Set<String> some = new TreeSet<>();
				for (int k = 0; k < parts.size(); k++) {
					if ((subset & (1 << k)) != 0) {
						some.add(parts.get(k));
					}
				}
				found.addAll(byWords.getOrDefault(String.join(" ", some), List.of()));
			}
		}
		return List.copyOf(found);
	}

	private void learn(String key, List<String> words, boolean titled) {
		Person person = people.get(key);
		for (String word : NameWords.expanded(words)) {
			own(key, word);
		}
		if (person.family == null && (words.size() >= 2 || words.size() == 1 && titled)) {
			person.family = words.get(words.size() - 1);
		}
	}

	private void own(String key, String word) {
		Person person = people.get(key);
		if (person.words.contains(word)) {
			return;
		}
		boolean unknown = key.startsWith("person:");
		if (unknown) {
			byWords.getOrDefault(signature(person.words), new ArrayList<>()).remove(key);
		}
		person.words.add(word);
		owners.computeIfAbsent(word, w -> new ArrayList<>(1)).add(key);
		if (unknown) {
			byWords.computeIfAbsent(signature(person.words), s -> new ArrayList<>(1)).add(key);
		}
	}

	/** The words of a name in a fixed order: "rose whitlock" for "Whitlock, Rose". */
	private static String signature(Set<String> words) {
		return String.join(" ", new TreeSet<>(words));
	}

	private static boolean isFamilyWord(String word, String family) {
		return word.equals(family) || List.of(family.split("-")).contains(word);
	}

	private String given(Person person, KnownPeople sheet) {
		if (person.given == null) {
			person.given = Objects.requireNonNullElse(SurrogateNames.given(seed, surrogates.size(), name -> taken(name, sheet)),
					"[" + person.label + "]");
			surrogates.add(Fold.fold(person.given));
		}
		return person.given;
	}

	private String surname(String original, KnownPeople sheet) {
		String surrogate = surnames.get(original);
		if (surrogate == null) {
			surrogate = SurrogateNames.family(seed, surnames.size(), name -> taken(name, sheet));
			if (surrogate == null) {
				return null;
			}
			surnames.put(original, surrogate);
			surrogates.add(Fold.fold(surrogate));
		}
		return surrogate;
	}

	/** A surrogate may be no name of the case, the map's or the identity sheet's, nor another's surrogate. */
	private boolean taken(String folded, KnownPeople sheet) {
		return surrogates.contains(folded) || owners.containsKey(folded) || sheet.isName(folded);
	}

	// ---- places

	/** "[School]" for the first school of the case, "[School-2]" for another; {@code key} names the place. */
	synchronized String place(String key, String kind) {
		return places.computeIfAbsent(key, k -> {
			int n = counters.merge("place:" + kind, 1, Integer::sum);
			return n == 1 ? kind : kind + "-" + n;
		});
	}

	// ---- persistence

	/** The map as JSON, for the therapist's encrypted store. It holds the original names: never share it. */
	public synchronized String toJson() {
		StringBuilder out = new StringBuilder("{\"format\":").append(FORMAT).append(",\"dateShiftDays\":").append(dateShiftDays)
				.append(",\"seed\":").append(seed).append(",\"people\":[");
		String comma = "";
		for (Map.Entry<String, Person> e : people.entrySet()) {
			Person p = e.getValue();
			out.append(comma).append("{\"key\":").append(Json.quote(e.getKey())).append(",\"role\":").append(Json.quote(p.role));
			if (p.label != null) {
				out.append(",\"label\":").append(Json.quote(p.label));
			}
			if (p.given != null) {
				out.append(",\"given\":").append(Json.quote(p.given));
			}
			if (p.family != null) {
				out.append(",\"family\":").append(Json.quote(p.family));
			}
			out.append(",\"words\":").append(array(p.words)).append('}');
			comma = ",";
		}
		out.append("],\"mentions\":").append(object(mentions)).append(",\"surnames\":").append(object(surnames)).append(",\"places\":")
				.append(object(places)).append(",\"counters\":{");
		comma = "";
		for (Map.Entry<String, Integer> e : counters.entrySet()) {
			out.append(comma).append(Json.quote(e.getKey())).append(':').append(e.getValue());
			comma = ",";
		}
		return out.append("}}").toString();
	}

	/** Reads what {@link #toJson()} wrote; anything else is an {@link IllegalArgumentException}. */
	public static PseudonymMap fromJson(String json) {
		try {
			Map<?, ?> root = (Map<?, ?>) Json.parse(json);
			if (!Long.valueOf(FORMAT).equals(root.get("format"))) {
				throw new IllegalArgumentException("not a pseudonym map of format " + FORMAT);
			}
			int days = Math.toIntExact((Long) root.get("dateShiftDays"));
			if (days == 0) {
				throw new IllegalArgumentException("a pseudonym map with no date shift");
			}
			PseudonymMap map = new PseudonymMap(days, (Long) root.get("seed"));
			for (Object o : (List<?>) root.get("people")) {
				Map<?, ?> p = (Map<?, ?>) o;
				String key = text(p.get("key"));
				Person person = new Person(text(p.get("role")));
				person.label = (String) p.get("label");
				person.given = (String) p.get("given");
				person.family = (String) p.get("family");
				map.people.put(key, person);
				for (Object word : (List<?>) p.get("words")) {
					map.own(key, text(word));
				}
				if (person.given != null) {
					map.surrogates.add(Fold.fold(person.given));
				}
			}
			readStrings(root.get("mentions"), map.mentions);
			readStrings(root.get("surnames"), map.surnames);
			map.surnames.values().forEach(surname -> map.surrogates.add(Fold.fold(surname)));
			readStrings(root.get("places"), map.places);
			for (Map.Entry<?, ?> e : ((Map<?, ?>) root.get("counters")).entrySet()) {
				map.counters.put(text(e.getKey()), Math.toIntExact((Long) e.getValue()));
			}
			return map;
		} catch (ClassCastException | NullPointerException | ArithmeticException e) {
			throw new IllegalArgumentException("not a pseudonym map", e);
		}
	}

	/** Its size only: a map printed into a log would undo the de-identification. */
	@Override
	public synchronized String toString() {
		return "PseudonymMap[people: " + people.size() + ", places: " + places.size() + "]";
	}

	private static String text(Object value) {
		if (value == null) {
			throw new NullPointerException("missing text");
		}
		return (String) value;
	}

	private static void readStrings(Object object, Map<String, String> into) {
		for (Map.Entry<?, ?> e : ((Map<?, ?>) object).entrySet()) {
			into.put(text(e.getKey()), text(e.getValue()));
		}
	}

	private static String array(Set<String> values) {
		List<String> quoted = new ArrayList<>(values.size());
		values.forEach(v -> quoted.add(Json.quote(v)));
		return "[" + String.join(",", quoted) + "]";
	}

	private static String object(Map<String, String> values) {
		List<String> pairs = new ArrayList<>(values.size());
		values.forEach((k, v) -> pairs.add(Json.quote(k) + ":" + Json.quote(v)));
		return "{" + String.join(",", pairs) + "}";
	}
}
