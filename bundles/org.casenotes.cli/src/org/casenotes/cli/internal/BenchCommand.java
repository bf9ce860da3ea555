/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.cli.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.casenotes.core.NoteScan;
import org.casenotes.deid.Deidentifier;
import org.casenotes.deid.internal.Lexicons;
import org.casenotes.model.Note;
import org.casenotes.model.Section;

/**
 * {@code casenotes bench [--mb N] [--runs R]}: the engine's speed and memory on a generated corpus of
 * {@link SyntheticNotes} (64 MB by default): the heap the lexicons take, throughput on one thread over several
 * timed runs after a warm-up, and the latency of one 5,000-word note. Figures, not assertions: speed is
 * measured here, not in tests that a busy machine would fail.
 */
final class BenchCommand extends AbstractCommand {

	/** Below this the corpus fits in the processor's caches and the figures flatter the engine. */
	private static final int MEASURED_MB = 50;
	/** Warm-up passes, each over the first {@link #WARM_UP_CHARS} of the corpus: enough for the JIT's last tier. */
	private static final int WARM_UP_PASSES = 3;
	private static final long WARM_UP_CHARS = 8_000_000L;
	private static final int LONG_NOTE_WORDS = 5_000;
	private static final int LATENCY_WARM_UP = 50;
	private static final int LATENCY_CALLS = 200;

	BenchCommand() {
		super("bench", "[--mb N] [--runs R]", "measure the engine: MB/s on one thread, 5,000-word latency, editor re-scan, lexicon heap");
	}

	@Override
	public int run(List<String> args, Console console) {
		int mb = 64;
		int runs = 5;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (!arg.equals("--mb") && !arg.equals("--runs")) {
				console.error("bench: unknown argument " + arg);
				return USAGE;
			}
			int value;
			try {
				value = Integer.parseInt(args.get(++i));
			} catch (NumberFormatException | IndexOutOfBoundsException e) {
				console.error("bench: " + arg + " needs a whole number");
				return USAGE;
			}
			if (value < 1 || value > 512) {
				console.error("bench: " + arg + " is between 1 and 512");
				return USAGE;
			}
			if (arg.equals("--mb")) {
				mb = value;
			} else {
				runs = value;
			}
		}
		PrintStream out = console.out();
		Runtime runtime = Runtime.getRuntime();
		out.printf(Locale.ROOT, "machine: %d cores (Runtime.availableProcessors), Java %s, max heap %d MB%n", runtime.availableProcessors(),
				Runtime.version(), runtime.maxMemory() >> 20);

		lexiconHeap(out);

		List<String> notes = new SyntheticNotes(20261123L).corpus(mb * 1_000_000L);
		long bytes = 0;
		for (String note : notes) {
			bytes += note.getBytes(StandardCharsets.UTF_8).length;
		}
		out.printf(Locale.ROOT, "corpus: %d synthetic notes, %.1f MB of UTF-8, %.1f KB a note on average%s%n", notes.size(), bytes / 1e6,
				bytes / 1e3 / notes.size(), mb < MEASURED_MB ? " (under " + MEASURED_MB + " MB: a smoke run, not a measurement)" : "");

		// a full collection now moves the corpus to the old generation: otherwise the first timed run pays for
		// copying every note between survivor spaces, which is the collector's cost, not the engine's
		usedHeap();

		Deidentifier engine = Deidentifier.standard();
		long warmUpStart = System.nanoTime();
		long sink = 0;
		for (int pass = 0; pass < WARM_UP_PASSES; pass++) {
			sink += pass(engine, notes, WARM_UP_CHARS);
		}
		out.printf(Locale.ROOT, "warm-up: %d passes over the first %.0f MB in %.1f s%n", WARM_UP_PASSES,
				Math.min(WARM_UP_CHARS, bytes) / 1e6, (System.nanoTime() - warmUpStart) / 1e9);

		double[] throughput = new double[runs];
		for (int r = 0; r < runs; r++) {
			long start = System.nanoTime();
			long findings = pass(engine, notes, Long.MAX_VALUE);
			double seconds = (System.nanoTime() - start) / 1e9;
			throughput[r] = bytes / 1e6 / seconds;
			sink += findings;
			out.printf(Locale.ROOT, "run %d: %.1f MB/s (%.2f s, %d findings)%n", r + 1, throughput[r], seconds, findings);
		}
		Arrays.sort(throughput);
		out.printf(Locale.ROOT, "throughput, one thread, detect per note: median %.1f MB/s over %d runs (min %.1f, max %.1f)%n",
				median(throughput), runs, throughput[0], throughput[runs - 1]);

		String longNote = longNote(notes, LONG_NOTE_WORDS);
		for (int k = 0; k < LATENCY_WARM_UP; k++) {
			sink += engine.detect(longNote).size();
		}
		double[] micros = new double[LATENCY_CALLS];
		for (int k = 0; k < micros.length; k++) {
			long start = System.nanoTime();
			sink += engine.detect(longNote).size();
			micros[k] = (System.nanoTime() - start) / 1e3;
		}
		Arrays.sort(micros);
		out.printf(Locale.ROOT, "latency, one %,d-word note (%,d characters), %d calls: median %,.0f \u00b5s, p99 %,.0f \u00b5s%n",
				LONG_NOTE_WORDS, longNote.length(), LATENCY_CALLS, median(micros), micros[(int) Math.ceil(0.99 * micros.length) - 1]);
		sink += rescan(out, longNote);
		// the sum keeps every detect call observable, so the JIT cannot drop one as dead code
		return sink >= 0 ? OK : FAILED;
	}

	/**
	 * What the note editor does after a pause in typing, on a 5,000-word note: {@link NoteScan} re-reads the
	 * client's identity sheet and every section of the note. The target is 20 ms, so typing never stutters.
	 */
	private static long rescan(PrintStream out, String longNote) {
		Note note = EditorNotes.longNote(longNote);
		List<String> sections = note.getSections().stream().map(Section::getText).toList();
		long sink = 0;
		for (int k = 0; k < LATENCY_WARM_UP; k++) {
			sink += NoteScan.of(note, sections).count();
		}
		double[] micros = new double[LATENCY_CALLS];
		for (int k = 0; k < micros.length; k++) {
			long start = System.nanoTime();
			sink += NoteScan.of(note, sections).count();
			micros[k] = (System.nanoTime() - start) / 1e3;
		}
		Arrays.sort(micros);
		out.printf(Locale.ROOT,
				"editor re-scan, the same note in %d sections with an identity sheet of %d entries, %d scans: median %,.0f \u00b5s, p99 %,.0f \u00b5s (target 20,000)%n",
				sections.size(), EditorNotes.sheetEntries(note), LATENCY_CALLS, median(micros), micros[(int) Math.ceil(0.99 * micros.length) - 1]);
		return sink;
	}

	/**
	 * The heap the lexicons hold: used heap after collections, before and after they load. Exact in a fresh
	 * process (as {@code casenotes bench} is); in one that already used the engine they are loaded, and it says so.
	 */
	private static void lexiconHeap(PrintStream out) {
		long before = usedHeap();
		long start = System.nanoTime();
		Lexicons lexicons = Lexicons.get();
		long loadNanos = System.nanoTime() - start;
		long after = usedHeap();
		if (loadNanos < 1_000_000) {
			out.println("lexicons: already loaded by this process, so their heap cannot be measured here; run casenotes bench on its own");
		} else {
			out.printf(Locale.ROOT, "lexicons: %,d words, loaded in %d ms, %.1f MB of heap%n", lexicons.wordCount(), loadNanos / 1_000_000,
					(after - before) / 1e6);
		}
	}

	/** Detects in the notes, in order, until {@code limit} characters are done; the number of findings. */
	private static long pass(Deidentifier engine, List<String> notes, long limit) {
		long findings = 0;
		long chars = 0;
		for (String note : notes) {
			if (chars >= limit) {
				break;
			}
			findings += engine.detect(note).size();
			chars += note.length();
		}
		return findings;
	}

	/** Notes joined into one of exactly {@code words} words: the length of an intake report pasted whole. */
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

	static double median(double[] sorted) {
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	/**
	 * Used heap once it stops shrinking: one {@code System.gc()} may leave garbage behind (finalizers, soft
	 * references, a concurrent collector still at work), so collect a few times and keep the lowest figure.
	 */
	static long usedHeap() {
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
}
