/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import org.casenotes.model.Note;
import org.casenotes.model.Section;

/**
 * The sections {@code --sections "Assessment,Plan"} names: titles separated by commas, case and surrounding
 * spaces ignored. A title names the sections of that title in every note of the packet.
 */
final class SectionTitles {

	/** As given, in order, without repeats. */
	private final List<String> given;
	/** As compared. */
	private final Set<String> titles = new LinkedHashSet<>();

	private SectionTitles(List<String> given) {
		this.given = given;
		given.forEach(title -> titles.add(key(title)));
	}

	/** The titles of {@code values} (each one or more, comma-separated); empty when none is given. */
	static SectionTitles parse(List<String> values) {
		List<String> given = new ArrayList<>();
		for (String value : values) {
			for (String title : value.split(",")) {
				if (!title.isBlank() && given.stream().noneMatch(t -> key(t).equals(key(title)))) {
					given.add(title.strip());
				}
			}
		}
		return new SectionTitles(given);
	}

	boolean isEmpty() {
		return titles.isEmpty();
	}

	/** The sections chosen. */
	Predicate<Section> chosen() {
		return section -> titles.contains(key(section.getTitle()));
	}

	/**
	 * A sentence naming the first title that is no section of any of {@code notes}, and the titles they have; null
	 * when every title names a section.
	 */
	String unknown(List<Note> notes) {
		Set<String> existing = new LinkedHashSet<>();
		List<String> shown = new ArrayList<>();
		for (Note note : notes) {
			for (Section section : note.getSections()) {
				if (section.getTitle() != null && !section.getTitle().isBlank() && existing.add(key(section.getTitle()))) {
					shown.add(section.getTitle().strip());
				}
			}
		}
		boolean one = notes.size() == 1;
		for (String title : given) {
			if (!existing.contains(key(title))) {
				return "no section is titled \"" + title + "\" in " + (one ? "the note" : "the notes") + "; "
						+ (shown.isEmpty() ? (one ? "it has" : "they have") + " no titled sections"
								: (one ? "its" : "their") + " sections are: " + String.join(", ", shown));
			}
		}
		return null;
	}

	private static String key(String title) {
		return title == null ? "" : title.strip().toLowerCase(Locale.ROOT);
	}
}
