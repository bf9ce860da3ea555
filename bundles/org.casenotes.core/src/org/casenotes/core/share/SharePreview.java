/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.share;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import org.casenotes.core.FindingDecisions;
import org.casenotes.core.IdentityContexts;
import org.casenotes.core.internal.Containers;
import org.casenotes.deid.Deidentifier;
import org.casenotes.deid.DetectionContext;
import org.casenotes.deid.Finding;
import org.casenotes.deid.PseudonymMap;
import org.casenotes.deid.Redaction;
import org.casenotes.deid.Redactor;
import org.casenotes.deid.ReplacementPolicy;
import org.casenotes.model.Client;
import org.casenotes.model.Note;
import org.casenotes.model.Section;

/**
 * What a share packet of some notes would hold, before it is written: every shared section's original text, its
 * findings and its de-identified copy, and the findings the therapist has not yet reviewed.
 * <p>
 * A packet may hold only some sections of a note. The sections left out are not read at all: they take no
 * pseudonym number (a shared "[Sister-2]" would tell that a Sister-1 was mentioned somewhere) and their findings
 * need no review, since they do not leave.
 * <p>
 * One {@link PseudonymMap} (with a random seed) serves the whole packet, so a person is the same placeholder in
 * every note of it, and the dates of all its notes move by the same shift. Clients are called "Client A",
 * "Client B"... in the order they first appear, never by the practice's client code.
 */
public final class SharePreview {

	/** The findings of the note's title are reported as {@link PendingFinding#section()} {@value}. */
	public static final int TITLE = -1;

	private final List<NotePreview> notes;
	private final PseudonymMap pseudonyms;
	private final ReplacementPolicy policy;

	private SharePreview(List<NotePreview> notes, PseudonymMap pseudonyms, ReplacementPolicy policy) {
		this.notes = List.copyOf(notes);
		this.pseudonyms = pseudonyms;
		this.policy = policy;
	}

	/**
	 * One note as it would be shared: the chosen {@code sections}, in the note's order, of the {@code noteSections}
	 * it had when the preview was made. {@code sharedTitle} and {@code sharedSessionDate} may be null.
	 */
	public record NotePreview(Note note, String clientLabel, String sharedTitle, String sharedSessionDate, int noteSections,
			List<SectionPreview> sections) {
		public NotePreview {
			sections = List.copyOf(sections);
			int last = -1;
			for (SectionPreview section : sections) {
				if (section.index() <= last || section.index() >= noteSections) {
					throw new IllegalArgumentException("the shared sections are distinct sections of the note, in its order");
				}
				last = section.index();
			}
		}

		/** Whether some of the note's sections are left out. */
		public boolean partial() {
			return sections.size() < noteSections;
		}
	}

	/**
	 * One shared section: {@code index} is its place among the note's sections (the k-th shared section need not
	 * be the note's k-th), {@code original} is the text read from the note, {@code findings} are in it, and
	 * {@code shared} is what the packet would hold (its replacements in its own indices, one per finding, in
	 * order). The section title, de-identified, is {@link #title()}.
	 */
	public record SectionPreview(int index, String title, String original, List<Finding> findings, Redaction shared) {
		public SectionPreview {
			if (index < 0) {
				throw new IllegalArgumentException("a section index is not negative");
			}
			findings = List.copyOf(findings);
		}
	}

	/**
	 * A finding the therapist has not confirmed for the case; {@code section} is an index into the note's
	 * sections, or {@link SharePreview#TITLE} for the note's title. {@code text} is the finding's text.
	 */
	public record PendingFinding(Note note, int section, Finding finding, String text) {
	}

	/** The notes, every section, with placeholders ({@link ReplacementPolicy#standard()}). */
	public static SharePreview of(List<Note> notes) {
		return of(notes, ReplacementPolicy.standard());
	}

	/** The notes, every section. */
	public static SharePreview of(List<Note> notes, ReplacementPolicy policy) {
		return of(notes, policy, section -> true);
	}

	/**
	 * The notes with only the sections {@code shared} accepts. A note may end up with no section: the preview shows
	 * it so, and {@link ShareService#export} refuses it.
	 */
	public static SharePreview of(List<Note> notes, ReplacementPolicy policy, Predicate<Section> shared) {
		Objects.requireNonNull(policy, "policy");
		Objects.requireNonNull(shared, "shared");
		if (notes == null || notes.isEmpty()) {
			throw new IllegalArgumentException("a share packet needs at least one note");
		}
		PseudonymMap map = PseudonymMap.create();
		Deidentifier engine = Deidentifier.standard();
		Map<Client, String> labels = new IdentityHashMap<>();
		List<NotePreview> previews = new ArrayList<>(notes.size());
		for (Note note : notes) {
			Objects.requireNonNull(note, "note");
			DetectionContext context = IdentityContexts.of(note);
			Client client = Containers.of(note, Client.class);
			String label = labels.computeIfAbsent(client, c -> label(labels.size()));
			String title = note.getTitle() == null || note.getTitle().isBlank() ? null
					: engine.deidentify(note.getTitle(), context, policy, map).text();
			List<SectionPreview> sections = new ArrayList<>(note.getSections().size());
			for (int index = 0; index < note.getSections().size(); index++) {
				Section section = note.getSections().get(index);
				if (!shared.test(section)) {
					continue;
				}
				String original = section.getText() == null ? "" : section.getText();
				List<Finding> findings = engine.detect(original, context);
				Redaction redaction = Redactor.apply(original, findings, policy, map, context);
				String sectionTitle = section.getTitle() == null ? "" : engine.deidentify(section.getTitle(), context, policy, map).text();
				sections.add(new SectionPreview(index, sectionTitle, original, findings, redaction));
			}
			previews.add(new NotePreview(note, label, title, sessionDate(note.getSessionDate(), policy, map), note.getSections().size(), sections));
		}
		return new SharePreview(previews, map, policy);
	}

	public List<NotePreview> notes() {
		return notes;
	}

	/** The policy the texts were replaced with. */
	public ReplacementPolicy policy() {
		return policy;
	}

	/**
	 * The findings not yet confirmed for their case, read now: a finding confirmed after this preview was made
	 * (with {@link FindingDecisions#confirm}) no longer counts. Texts are compared as {@link FindingDecisions}
	 * does (trimmed, spaces folded, case ignored). Only what leaves counts: the title and the shared sections.
	 */
	public List<PendingFinding> unreviewed() {
		List<PendingFinding> pending = new ArrayList<>();
		for (NotePreview preview : notes) {
			Note note = preview.note();
			String title = note.getTitle();
			if (title != null && !title.isBlank()) {
				for (Finding finding : Deidentifier.standard().detect(title, IdentityContexts.of(note))) {
					add(pending, note, TITLE, finding, finding.text(title));
				}
			}
			for (SectionPreview section : preview.sections()) {
				for (Finding finding : section.findings()) {
					add(pending, note, section.index(), finding, finding.text(section.original()));
				}
			}
		}
		return pending;
	}

	private static void add(List<PendingFinding> pending, Note note, int section, Finding finding, String text) {
		if (!FindingDecisions.isConfirmed(note, text)) {
			pending.add(new PendingFinding(note, section, finding, text));
		}
	}

	/** The packet's mapping: it holds the original names and stays in the sender's local ShareRecord. */
	public PseudonymMap pseudonyms() {
		return pseudonyms;
	}

	/** "Client A" ... "Client Z", then "Client 27" and on. */
	static String label(int index) {
		return "Client " + (index < 26 ? String.valueOf((char) ('A' + index)) : String.valueOf(index + 1));
	}

	/** The session date moved or coarsened as the policy moves the dates in the text. */
	static String sessionDate(LocalDate date, ReplacementPolicy policy, PseudonymMap map) {
		if (date == null) {
			return null;
		}
		return switch (policy.dates()) {
		case SHIFT -> date.plusDays(map.dateShiftDays()).toString();
		case MONTH -> date.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + date.getYear();
		case SEASON -> season(date, policy.southernHemisphere());
		};
	}

	private static String season(LocalDate date, boolean south) {
		String[] north = { "winter", "winter", "spring", "spring", "spring", "summer", "summer", "summer", "autumn", "autumn", "autumn",
				"winter" };
		String[] southern = { "summer", "summer", "autumn", "autumn", "autumn", "winter", "winter", "winter", "spring", "spring", "spring",
				"summer" };
		return (south ? southern : north)[date.getMonthValue() - 1] + " " + date.getYear();
	}

}
