/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Invented notes in the shape therapists write them, for measuring the engine: a header, sections of
 * clinical prose, and identifiers of every kind (people and their relations, dates in several formats,
 * phone numbers, e-mail addresses, streets, towns, employers, schools, ages, record numbers). Every name,
 * place and number comes from the small invented lists below, recombined by a seeded {@link Random}, so the
 * same seed gives the same corpus on every machine. Only synthetic data: phones are in the fictional 555
 * and 7946 0 ranges, e-mail addresses at example.org.
 */
public final class SyntheticNotes {

	/** A note is 2 to 6 KB, the range of real session notes; longer ones are intake reports. */
	public static final int MIN_CHARS = 2_000;
	public static final int MAX_CHARS = 6_000;

	private static final String[] GIVEN = { "Dana", "Tolu", "Marcus", "Aoife", "Priya", "Mateo", "Hana", "Grace", "Will", "Noor",
			"Siobhan", "Kai", "Leah", "Omar", "Rangi", "Ines", "Jonah", "Mei", "Tariq", "Rosa", "Bram", "Ngozi", "Callum", "Yusra",
			"Elif", "Tomasz", "Beatriz", "Declan", "Anjali", "Femi", "Ottilie", "Rafael", "Sunniva", "Keanu", "Mirela", "Ashwin" };
	private static final String[] FAMILY = { "Whitcombe", "Adeyemi", "Reyes", "Nakamura", "O'Connell", "Varga", "Lindqvist", "Okafor",
			"Harrington-Ruiz", "Castillo", "Bennett", "Nguyen", "Kowalczyk", "Thorne", "Mokoena", "Fairbairn", "Delacroix", "Brannigan",
			"Szabo", "Achterberg", "McAllister", "Oyelaran", "Quispe", "Halvorsen", "Pemberton", "Ferreira", "Tanaka", "Abernathy" };
	private static final String[] TOWNS = { "Asheville", "Geelong", "Leeds", "Kelowna", "Dunedin", "Galway", "Durban", "Pune",
			"Flagstaff", "Hobart", "Tamworth", "Bendigo", "Inverness", "Duluth", "Nelson", "Kilkenny", "Bellingham", "Whanganui" };
	private static final String[] STREETS = { "Harbour Road", "Elm Street", "Kingfisher Close", "Wattle Avenue", "Mill Lane",
			"Juniper Drive", "Queen Street", "Larchmont Terrace", "Old Quarry Way", "Ridgeview Crescent" };
	private static final String[] EMPLOYERS = { "Valley Freight Logistics", "St Luke's Hospital", "Acme Plumbing Ltd",
			"Harbour View Dental", "Northgate Library", "Bluegum Credit Union", "Ferris & Doyle Accountants", "Copperleaf Cafe",
			"Tidewater Council", "Summit Outdoor Supply" };
	private static final String[] SCHOOLS = { "Riverside Primary School", "Lakeshore Collegiate", "St Brigid's College",
			"Westfield High School", "Pinecrest Middle School", "Northern Technical Institute" };
	private static final String[] RELATIONS = { "sister", "brother", "mother", "father", "partner", "son", "daughter", "aunt",
			"husband", "wife", "grandmother", "stepfather", "best friend", "flatmate" };
	private static final String[] JOBS = { "forklift operator", "dental hygienist", "primary teacher", "ICU nurse", "line cook",
			"bus driver", "paralegal", "electrician", "pharmacy technician", "software tester", "barista", "social worker" };
	private static final String[] CLINICIANS = { "LCSW", "PsyD", "LPC", "MFT", "Clinical Psychologist", "RN" };
	private static final String[] MONTHS = { "January", "February", "March", "April", "May", "June", "July", "August", "September",
			"October", "November", "December" };
	private static final String[][] SECTIONS = { { "Subjective", "Objective", "Assessment", "Plan" },
			{ "Data", "Assessment", "Plan" }, { "Behavior", "Intervention", "Response", "Plan" },
			{ "Presenting problem", "History", "Mental status", "Formulation", "Plan" } };

	/**
	 * Sentences with slots: {C} the client's first name, {R} a relative's name, {rel} the relation, {D} a
	 * date, {P} a phone, {E} an e-mail, {A} an age, {T} a town, {S} a street address, {W} an employer,
	 * {J} an occupation, {K} a school, {N} a score.
	 */
	private static final String[] SENTENCES = {
			"{C} reports sleep improved to six hours most nights; appetite fair.",
			"PHQ-9 = {N}, GAD-7 = {N}, down from last month.",
			"Reviewed the thought record; identified all-or-nothing thinking and mind-reading.",
			"Practised cognitive restructuring with a recent example from work at {W}.",
			"Her {rel} {R} phoned on {D} from {T} and asked to be called back on {P}.",
			"{C} works as a {J} at {W} and finds the rotating shifts hard on the family.",
			"Discussed the boundary question raised last week about a follow request on social media; agreed to revisit in supervision.",
			"Risk: denies current suicidal ideation, plan or intent. Protective factors: family, work, faith. Safety plan reviewed.",
			"Homework: behavioural activation, two pleasant activities this week, and a sleep diary.",
			"Mood 4/10, affect constricted but reactive. Engaged well; good rapport.",
			"Used grounding when {C} became distressed describing the move to {S}, {T}.",
			"Explored grief over the anniversary of {R}'s death on {D}; {C} tearful, then able to name what she misses most.",
			"Psychoeducation on the stress response and the window of tolerance. {C} found this helpful.",
			"{C}'s {rel}, {R} ({A}), has started at {K} and is being bullied, per the school counsellor.",
			"Release of information signed for {R} {F}, {J}, reachable at {E}.",
			"Per Linehan, validation first; Beck's cognitive triad discussed in plain language.",
			"{C} described an argument with {R} at the family's home on {S} and felt 'like a guest in my own house'.",
			"Appointment moved to {D} at {C}'s request because of a shift change.",
			"The referral letter from Dr {F} at {T} Community Health dated {D} was reviewed with {C}.",
			"Discussed values: being a reliable {rel}, being honest at work, staying in {T} near family.",
			"{C}, a {A}-year-old {J}, arrived on time and alone.",
			"Client emailed from {E} to cancel, then re-booked by phone ({P}).",
			"No substance use reported this week; alcohol one to two standard drinks on weekends.",
			"Practised a softened start-up and one repair attempt; {C} will try it with {R} before {D}." };

	private final Random random;

	public SyntheticNotes(long seed) {
		random = new Random(seed);
	}

	/** Notes until their characters add up to at least {@code chars}. */
	public List<String> corpus(long chars) {
		List<String> notes = new ArrayList<>();
		long total = 0;
		while (total < chars) {
			String note = note();
			notes.add(note);
			total += note.length();
		}
		return notes;
	}

	public String note() {
		String client = pick(GIVEN);
		String family = pick(FAMILY);
		String relative = pick(GIVEN);
		String relation = pick(RELATIONS);
		// stop short of the upper bound: the last paragraph and the plan still follow
		int target = MIN_CHARS + random.nextInt(MAX_CHARS - MIN_CHARS - 1_000);
		StringBuilder note = new StringBuilder(target + 400);
		note.append("Client: ").append(client).append(' ').append(family).append("    DOB: ").append(date(1940, 70)).append("    MRN: ")
				.append(100000 + random.nextInt(900000)).append('\n');
		note.append("Clinician: ").append(pick(GIVEN)).append(' ').append(pick(FAMILY)).append(", ").append(pick(CLINICIANS))
				.append("    Session date: ").append(date()).append("\n\n");
		String[] sections = SECTIONS[random.nextInt(SECTIONS.length)];
		int section = 0;
		// the last section is the plan, written once the note is long enough
		while (note.length() < target || section < sections.length - 1) {
			if (section < sections.length - 1) {
				note.append(sections[section]).append(": ");
			}
			int sentences = 3 + random.nextInt(5);
			for (int k = 0; k < sentences; k++) {
				note.append(fill(pick(SENTENCES), client, relative, relation)).append(' ');
			}
			note.setCharAt(note.length() - 1, '\n');
			section++;
		}
		note.append(sections[sections.length - 1]).append(": Next session on ").append(date())
				.append(". Continue CBT; review the safety plan. - ")
				.append(pick(GIVEN).charAt(0)).append(". ").append(pick(FAMILY)).append('\n');
		return note.toString();
	}

	private String fill(String template, String client, String relative, String relation) {
		StringBuilder out = new StringBuilder(template.length() + 40);
		int k = 0;
		while (k < template.length()) {
			int open = template.indexOf('{', k);
			if (open < 0) {
				out.append(template, k, template.length());
				break;
			}
			int close = template.indexOf('}', open);
			out.append(template, k, open);
			out.append(switch (template.substring(open + 1, close)) {
			case "C" -> client;
			case "R" -> relative;
			case "F" -> pick(FAMILY);
			case "rel" -> relation;
			case "D" -> date();
			case "P" -> phone();
			case "E" -> pick(GIVEN).toLowerCase(Locale.ROOT) + "." + pick(FAMILY).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "")
					+ "@example.org";
			case "A" -> Integer.toString(6 + random.nextInt(80));
			case "T" -> pick(TOWNS);
			case "S" -> (1 + random.nextInt(240)) + " " + pick(STREETS);
			case "W" -> pick(EMPLOYERS);
			case "J" -> pick(JOBS);
			case "K" -> pick(SCHOOLS);
			case "N" -> Integer.toString(random.nextInt(22));
			default -> throw new IllegalStateException("no slot " + template.substring(open, close + 1));
			});
			k = close + 1;
		}
		return out.toString();
	}

	/** A recent date: sessions, calls, letters. */
	private String date() {
		return date(2016, 10);
	}

	/** A date in one of the formats that occur in notes, so every path of the date recognizer is exercised. */
	private String date(int fromYear, int years) {
		int year = fromYear + random.nextInt(years);
		int month = 1 + random.nextInt(12);
		int day = 1 + random.nextInt(28);
		return switch (random.nextInt(5)) {
		case 0 -> String.format(Locale.ROOT, "%02d/%02d/%d", day, month, year);
		case 1 -> String.format(Locale.ROOT, "%d-%02d-%02d", year, month, day);
		case 2 -> MONTHS[month - 1] + " " + day + ", " + year;
		case 3 -> day + " " + MONTHS[month - 1] + " " + year;
		default -> String.format(Locale.ROOT, "%d/%d/%02d", month, day, year % 100);
		};
	}

	private String phone() {
		return switch (random.nextInt(3)) {
		case 0 -> String.format(Locale.ROOT, "(%d) 555-%04d", 201 + random.nextInt(700), 100 + random.nextInt(100));
		case 1 -> String.format(Locale.ROOT, "%d-555-%04d", 201 + random.nextInt(700), 100 + random.nextInt(100));
		default -> String.format(Locale.ROOT, "+44 20 7946 0%03d", random.nextInt(1000));
		};
	}

	private String pick(String[] values) {
		return values[random.nextInt(values.length)];
	}
}
