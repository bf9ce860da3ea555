/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.cli.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.casenotes.core.StoreException;
import org.casenotes.core.internal.XmiPracticeStore;
import org.casenotes.model.CaseFile;
import org.casenotes.model.CasenotesFactory;
import org.casenotes.model.Client;
import org.casenotes.model.Note;
import org.casenotes.model.NoteKind;
import org.casenotes.model.Practice;
import org.casenotes.model.Section;

/**
 * {@code casenotes bench-store [--notes N] [--case-files M] [--encrypted]}: the store on a whole career of notes. Generates a
 * workspace of {@link SyntheticNotes} (10,000 notes in 500 case files by default) in a temporary folder, then
 * measures what a therapist waits for: opening the workspace until the explorer can list it, opening one case
 * file's notes, saving one note, and the heap the practice holds. Figures, not assertions.
 */
final class StoreBenchCommand extends AbstractCommand {

	private static final int ROUNDS = 5;

	StoreBenchCommand() {
		super("bench-store", "[--notes N] [--case-files M] [--encrypted]",
				"measure the store on a generated career (10,000 notes in 500 case files): start, open a case, save a note, heap");
	}

	@Override
	public int run(List<String> args, Console console) {
		int notes = 10_000;
		int caseFiles = 500;
		boolean encrypted = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--encrypted")) {
				encrypted = true;
				continue;
			}
			if (!arg.equals("--notes") && !arg.equals("--case-files")) {
				console.error("bench-store: unknown argument " + arg);
				return USAGE;
			}
			int value;
			try {
				value = Integer.parseInt(args.get(++i));
			} catch (NumberFormatException | IndexOutOfBoundsException e) {
				console.error("bench-store: " + arg + " needs a whole number");
				return USAGE;
			}
			if (value < 1 || value > 200_000) {
				console.error("bench-store: " + arg + " is between 1 and 200000");
				return USAGE;
			}
			if (arg.equals("--notes")) {
				notes = value;
			} else {
				caseFiles = value;
			}
		}
		caseFiles = Math.min(caseFiles, notes);
		PrintStream out = console.out();
		Path folder = null;
		try {
			folder = Files.createTempDirectory("casenotes-bench-store");
			out.printf(Locale.ROOT, "machine: %d cores, Java %s, max heap %d MB%n", Runtime.getRuntime().availableProcessors(), Runtime.version(),
					Runtime.getRuntime().maxMemory() >> 20);
			long start = System.nanoTime();
			generate(folder, notes, caseFiles, encrypted);
			out.printf(Locale.ROOT, "generated %,d notes in %,d case files in %.1f s; workspace %.1f MB on disk%n", notes, caseFiles,
					(System.nanoTime() - start) / 1e9, size(folder) / 1e6);
			measure(folder, caseFiles, encrypted, out);
			return OK;
		} catch (IOException | StoreException e) {
			console.error("bench-store: " + e.getMessage());
			return FAILED;
		} finally {
			delete(folder);
		}
	}

	private static void generate(Path folder, int notes, int caseFiles, boolean encrypted) throws StoreException {
		XmiPracticeStore store = new XmiPracticeStore(folder);
		Practice practice = store.practice();
		SyntheticNotes texts = new SyntheticNotes(20261123L);
		CasenotesFactory f = CasenotesFactory.eINSTANCE;
		LocalDate first = LocalDate.of(2010, 1, 4);
		for (int c = 0; c < caseFiles; c++) {
			// two case files a client: a course of therapy and a later return
			Client client;
			if (c % 2 == 0) {
				client = f.createClient();
				client.setCode(String.format(Locale.ROOT, "C-%05d", c / 2 + 1));
				practice.getClients().add(client);
			} else {
				client = practice.getClients().get(practice.getClients().size() - 1);
			}
			CaseFile caseFile = f.createCaseFile();
			caseFile.setTitle(c % 2 == 0 ? "Individual therapy" : "Return after a break");
			caseFile.setOpenedOn(first.plusDays(c * 7L));
			client.getCaseFiles().add(caseFile);
			int count = notes / caseFiles + (c < notes % caseFiles ? 1 : 0);
			for (int n = 0; n < count; n++) {
				Note note = f.createNote();
				note.setKind(NoteKind.SOAP);
				note.setSessionDate(caseFile.getOpenedOn().plusWeeks(n));
				String text = texts.note();
				String[] titles = { "Subjective", "Objective", "Assessment", "Plan" };
				int from = 0;
				for (int s = 0; s < titles.length; s++) {
					int to = s == titles.length - 1 ? text.length() : Math.max(from, text.indexOf(' ', text.length() * (s + 1) / titles.length));
					Section section = f.createSection();
					section.setTitle(titles[s]);
					section.setText(text.substring(from, to < 0 ? text.length() : to).strip());
					note.getSections().add(section);
					from = to < 0 ? text.length() : to;
				}
				caseFile.getNotes().add(note);
			}
		}
		store.save();
		if (encrypted) {
			store.createPassphrase(PASSPHRASE.toCharArray());
		}
		store.close();
	}

	/** The passphrase of the generated workspace: synthetic, in a temporary folder deleted at the end. */
	private static final String PASSPHRASE = "bench store passphrase";

	private static XmiPracticeStore open(Path folder, boolean encrypted) throws StoreException {
		XmiPracticeStore store = new XmiPracticeStore(folder);
		if (encrypted) {
			store.unlock(PASSPHRASE.toCharArray());
		}
		return store;
	}

	private static void measure(Path folder, int caseFiles, boolean encrypted, PrintStream out) throws StoreException {
		if (encrypted) {
			long t = System.nanoTime();
			open(folder, true).close();
			out.printf(Locale.ROOT, "unlock (PBKDF2-HMAC-SHA256, 600,000 iterations, once per start): %,.0f ms%n", (System.nanoTime() - t) / 1e6);
		}
		double[] startMillis = new double[ROUNDS];
		double[] openMillis = new double[ROUNDS];
		double[] saveMillis = new double[ROUNDS];
		long heap = 0;
		for (int r = 0; r < ROUNDS; r++) {
			long before = BenchCommand.usedHeap();
			XmiPracticeStore store = open(folder, encrypted);
			long t0 = System.nanoTime(); // after the unlock, which waits for the user's passphrase anyway
			Practice practice = store.practice();
			// what the explorer shows first: every client's code, and whether it can be expanded (it has case files)
			long labels = 0;
			for (Client client : practice.getClients()) {
				labels += client.getCode().length() + (client.getCaseFiles().isEmpty() ? 0 : 1);
			}
			startMillis[r] = (System.nanoTime() - t0) / 1e6;

			// expanding a client and opening one of its case files: its title, its notes and their text
			long t1 = System.nanoTime();
			Client client = practice.getClients().get((caseFiles / 2) / 2);
			CaseFile opened = client.getCaseFiles().get(0);
			labels += opened.getTitle().length();
			for (Note note : opened.getNotes()) {
				for (Section section : note.getSections()) {
					labels += section.getText().length();
				}
			}
			openMillis[r] = (System.nanoTime() - t1) / 1e6;

			Section edited = opened.getNotes().get(0).getSections().get(0);
			edited.setText(edited.getText() + " Reviewed.");
			long t2 = System.nanoTime();
			store.save();
			saveMillis[r] = (System.nanoTime() - t2) / 1e6;
			if (r == 0) {
				heap = BenchCommand.usedHeap() - before;
			}
			store.close();
			if (labels < 0) {
				out.println();
			}
		}
		Arrays.sort(startMillis);
		Arrays.sort(openMillis);
		Arrays.sort(saveMillis);
		out.printf(Locale.ROOT, "start to a listable explorer (read the practice file, list the clients): median %,.0f ms (target 2,000)%n",
				BenchCommand.median(startMillis));
		out.printf(Locale.ROOT, "open one case file (read its file, its notes' text): median %,.1f ms (target 100)%n", BenchCommand.median(openMillis));
		out.printf(Locale.ROOT, "save one note: median %,.0f ms (target 50)%n", BenchCommand.median(saveMillis));
		out.printf(Locale.ROOT, "heap held after opening the workspace and one case file: %.1f MB%n", heap / 1e6);
		out.printf(Locale.ROOT, "(%s workspace)%n", encrypted ? "an encrypted" : "a plaintext");

		// the worst case: a search of every note's text (the explorer's filter) reads every case file
		long before = BenchCommand.usedHeap();
		try (XmiPracticeStore store = open(folder, encrypted)) {
			long t0 = System.nanoTime();
			int files = store.readAll();
			double millis = (System.nanoTime() - t0) / 1e6;
			long all = BenchCommand.usedHeap() - before;
			out.printf(Locale.ROOT, "read every file (%,d, as a search of all note text does): %,.0f ms, heap %.0f MB%n", files, millis, all / 1e6);
		}
	}

	private static long size(Path folder) throws IOException {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
		}
	}

	private static void delete(Path folder) {
		if (folder == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		} catch (IOException e) {
			// a temporary folder the OS will clear
		}
	}
}
