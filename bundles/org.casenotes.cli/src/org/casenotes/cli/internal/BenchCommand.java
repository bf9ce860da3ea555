/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.cli.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.casenotes.deid.Deidentifier;
import org.casenotes.deid.internal.Lexicons;

/**
 * {@code casenotes bench [--mb N] [--runs R]}: the engine's speed and memory on a generated corpus of synthetic
 * notes (64 MB by default): the heap the lexicons take, throughput on one thread over several timed runs
 * after a warm-up, and the latency of a 5,000-word note. Figures, not assertions: speed is measured here, not
 * in tests that a busy machine would fail.
 */
final class BenchCommand extends AbstractCommand {

	BenchCommand() {
		super("bench", "[--mb N] [--runs R]", "measure the engine: MB/s on one thread, 5,000-word latency, lexicon heap");
	}

	@Override
	public int run(List<String> args, Console console) {
		int mb = 64;
		int runs = 5;
		for (int i = 0; i < args.size(); i++) {
			try {
				switch (args.get(i)) {
				case "--mb" -> mb = Integer.parseInt(args.get(++i));
				case "--runs" -> runs = Integer.parseInt(args.get(++i));
				default -> {
					console.error("bench: unknown argument " + args.get(i));
					return USAGE;
				}
				}
			} catch (NumberFormatException | IndexOutOfBoundsException e) {
				console.error("bench: " + args.get(i) + " needs a whole number");
				return USAGE;
			}
		}
		if (mb < 1 || runs < 1) {
			console.error("bench: --mb and --runs are at least 1");
			return USAGE;
		}
		var out = console.out();
		out.printf(Locale.ROOT, "machine: %d cores, Java %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(),
				Runtime.version(), Runtime.getRuntime().maxMemory() >> 20);

		long before = usedHeap();
		long loadStart = System.nanoTime();
		Lexicons.get();
		long loadNanos = System.nanoTime() - loadStart;
		long after = usedHeap();
		out.printf(Locale.ROOT, "lexicons: loaded in %d ms, %.1f MB of heap%n", loadNanos / 1_000_000, (after - before) / 1e6);

		List<String> notes = new SyntheticNotes(20261123L).corpus(mb * 1_000_000L);
		long bytes = 0;
		for (String note : notes) {
			bytes += note.getBytes(StandardCharsets.UTF_8).length;
		}
		out.printf(Locale.ROOT, "corpus: %d synthetic notes, %.1f MB (UTF-8)%n", notes.size(), bytes / 1e6);

		Deidentifier engine = Deidentifier.standard();
		// warm-up: let the JIT compile the engine before anything is timed
		long warmUpBytes = 0;
		for (int pass = 0; pass < 3; pass++) {
			for (String note : notes) {
				engine.detect(note);
				warmUpBytes += note.length();
				if (warmUpBytes > 16_000_000L * (pass + 1)) {
					break;
				}
			}
		}
		double[] throughput = new double[runs];
		long findings = 0;
		for (int r = 0; r < runs; r++) {
			long start = System.nanoTime();
			long found = 0;
			for (String note : notes) {
				found += engine.detect(note).size();
			}
			double seconds = (System.nanoTime() - start) / 1e9;
			throughput[r] = bytes / 1e6 / seconds;
			findings = found;
			out.printf(Locale.ROOT, "run %d: %.1f MB/s (%.2f s, %d findings)%n", r + 1, throughput[r], seconds, found);
		}
		double[] sorted = throughput.clone();
		Arrays.sort(sorted);
		out.printf(Locale.ROOT, "throughput, one thread: median %.1f MB/s, best %.1f MB/s (%d findings a run)%n", sorted[runs / 2],
				sorted[runs - 1], findings);

		String longNote = longNote(notes, 5000);
		for (int k = 0; k < 200; k++) {
			engine.detect(longNote);
		}
		long[] nanos = new long[300];
		for (int k = 0; k < nanos.length; k++) {
			long start = System.nanoTime();
			engine.detect(longNote);
			nanos[k] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		out.printf(Locale.ROOT, "5,000-word note (%d characters): median %.2f ms, p99 %.2f ms%n", longNote.length(), nanos[150] / 1e6,
				nanos[296] / 1e6);
		return OK;
	}

	private static String longNote(List<String> notes, int words) {
		StringBuilder note = new StringBuilder();
		int count = 0;
		for (String part : notes) {
			for (String word : part.split("(?<=\\s)")) {
				note.append(word);
				if (!word.isBlank() && ++count == words) {
					return note.toString();
				}
			}
		}
		return note.toString();
	}

	private static long usedHeap() {
		Runtime runtime = Runtime.getRuntime();
		long used = Long.MAX_VALUE;
		for (int k = 0; k < 5; k++) {
			System.gc();
			try {
				Thread.sleep(50);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
		}
		return used;
	}

	/**
	 * Notes in the shape therapists write them (headers, SOAP sections, relatives, dates, phone numbers,
	 * employers, scores), filled from small lists of invented names and places. Only synthetic data.
	 */
	static final class SyntheticNotes {

		private static final String[] GIVEN = { "Dana", "Tolu", "Marcus", "Aoife", "Priya", "Mateo", "Hana", "Grace", "Will", "Noor",
				"Siobhan", "Kai", "Leah", "Omar", "Rangi", "Ines", "Jonah", "Mei", "Tariq", "Rosa" };
		private static final String[] FAMILY = { "Whitcombe", "Adeyemi", "Reyes", "Nakamura", "O'Connell", "Varga", "Lindqvist",
				"Okafor", "Harrington-Ruiz", "Castillo", "Bennett", "Nguyen", "Kowalczyk", "Thorne", "Mokoena" };
		private static final String[] TOWNS = { "Asheville", "Geelong", "Leeds", "Kelowna", "Dunedin", "Galway", "Durban", "Pune",
				"Flagstaff", "Hobart" };
		private static final String[] EMPLOYERS = { "Valley Freight Logistics", "Riverside Primary School", "St Luke's Hospital",
				"Acme Plumbing Ltd", "Harbour View Dental", "Northgate Library" };
		private static final String[] RELATIONS = { "sister", "brother", "mother", "father", "partner", "son", "daughter", "aunt" };
		private static final String[] JOBS = { "forklift operator", "dental hygienist", "primary teacher", "ICU nurse",
				"line cook", "bus driver" };
		private static final String[] MONTHS = { "January", "February", "March", "April", "May", "June", "July", "August",
				"September", "October", "November", "December" };
		private static final String[] BODY = {
				"Client reports sleep improved to six hours most nights; appetite fair. PHQ-9 = %d, GAD-7 = %d.",
				"Reviewed the thought record; identified all-or-nothing thinking and mind-reading. Practised cognitive restructuring.",
				"Discussed the boundary question raised last week about contact on social media; agreed to revisit in supervision.",
				"Risk: denies current suicidal ideation, plan or intent. Protective factors: family, work, faith. Safety plan reviewed.",
				"Homework: behavioural activation, two pleasant activities this week, and a sleep diary.",
				"Mood 4/10, affect constricted but reactive. Engaged well; good rapport. Used grounding when distressed.",
				"Explored grief over the anniversary; client tearful, then able to name what she misses most.",
				"Psychoeducation on the stress response and window of tolerance. Client found this helpful." };

		private final Random random;

		SyntheticNotes(long seed) {
			random = new Random(seed);
		}

		List<String> corpus(long chars) {
			List<String> notes = new ArrayList<>();
			long total = 0;
			while (total < chars) {
				String note = note();
				notes.add(note);
				total += note.length();
			}
			return notes;
		}

		String note() {
			String client = pick(GIVEN) + " " + pick(FAMILY);
			String relative = pick(GIVEN);
			StringBuilder note = new StringBuilder();
			note.append("Client: ").append(client).append("    DOB: ").append(date()).append("    MRN: ").append(100000 + random.nextInt(900000))
					.append('\n');
			note.append("Clinician: ").append(pick(GIVEN)).append(' ').append(pick(FAMILY)).append(", LCSW    Date: ")
					.append(MONTHS[random.nextInt(12)]).append(' ').append(1 + random.nextInt(28)).append(", 2024\n\n");
			note.append("S: ").append(client.split(" ")[0]).append(" (").append(18 + random.nextInt(60)).append(") attended alone. Her ")
					.append(pick(RELATIONS)).append(' ').append(relative).append(" called on ").append(1 + random.nextInt(28)).append('/')
					.append(1 + random.nextInt(12)).append("/2024 from ").append(pick(TOWNS)).append(". She works as a ").append(pick(JOBS))
					.append(" at ").append(pick(EMPLOYERS)).append(". ").append(relative).append(" said the week had been hard.\n");
			int paragraphs = 3 + random.nextInt(10);
			for (int p = 0; p < paragraphs; p++) {
				note.append(String.format(Locale.ROOT, pick(BODY), random.nextInt(27), random.nextInt(21))).append(' ');
				if (random.nextInt(3) == 0) {
					note.append("Contact: (").append(200 + random.nextInt(700)).append(") 555-0").append(100 + random.nextInt(900)).append(". ");
				}
				if (random.nextInt(4) == 0) {
					note.append("Per Linehan, validation first; Beck's cognitive triad discussed. ");
				}
				note.append('\n');
			}
			note.append("P: Next session in two weeks. - ").append(pick(GIVEN).charAt(0)).append(". ").append(pick(FAMILY)).append('\n');
			return note.toString();
		}

		private String date() {
			return String.format(Locale.ROOT, "%02d/%02d/%d", 1 + random.nextInt(12), 1 + random.nextInt(28), 1950 + random.nextInt(60));
		}

		private String pick(String[] values) {
			return values[random.nextInt(values.length)];
		}
	}
}
