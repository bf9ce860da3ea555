/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.share;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.casenotes.core.IdentityContexts;
import org.casenotes.core.internal.Containers;
import org.casenotes.core.share.SharePreview.NotePreview;
import org.casenotes.core.share.SharePreview.SectionPreview;
import org.casenotes.deid.Deidentifier;
import org.casenotes.deid.DetectionContext;
import org.casenotes.deid.Finding;
import org.casenotes.deid.IdentifierType;
import org.casenotes.deid.Redaction;
import org.casenotes.model.Client;
import org.casenotes.model.Note;

/**
 * The last check before a packet is written: the de-identified texts are read again, with everything the
 * identity sheet knows, and what is still found blocks the export. Fails closed: when in doubt, it blocks.
 * <ul>
 * <li>any known identifier of the client, in any variant the engine's known-identifier recognizer finds, outside the
 * engine's own replacements;</li>
 * <li>any finding at least {@value #HIGH_CONFIDENCE} confident that is neither a placeholder ("[Client]",
 * "[Sister-1]", "[Place]") nor the engine's own replacement (a shifted date, an age band, a surrogate);</li>
 * </ul>
 * and, checked by {@link ShareService} on the written entries, the original text of a section that had
 * identifiers, when it is at least {@value #VERBATIM_MINIMUM} characters long.
 */
public final class LeakGate {

	/** A finding this confident that survives de-identification blocks the export. */
	public static final double HIGH_CONFIDENCE = 0.8;
	/** An original section text this long (that had identifiers) must not appear verbatim anywhere in a packet. */
	public static final int VERBATIM_MINIMUM = 20;

	private static final String KNOWN = "known-identifier";
	/** "[Client]", "[Sister-1]", "[Health care-2]": what the redactor writes for a replaced person or place. */
	private static final Pattern PLACEHOLDER = Pattern.compile("[\\p{L}][\\p{L} ]*(?:-\\d+)?");

	private LeakGate() {
	}

	/** What blocks sharing {@code note}, each reason with its place; empty when it may go. */
	public static List<String> check(NotePreview note) {
		return check(note, IdentityContexts.of(note.note()));
	}

	/** As {@link #check(NotePreview)}, with the detection context given. */
	public static List<String> check(NotePreview preview, DetectionContext context) {
		List<String> reasons = new ArrayList<>();
		String where = where(preview.note());
		if (preview.sharedTitle() != null) {
			scan(preview.sharedTitle(), null, context, where + " › title", reasons);
		}
		for (SectionPreview section : preview.sections()) {
			String place = where + " › " + (section.title() == null || section.title().isBlank() ? "(untitled section)" : section.title());
			scan(section.title(), null, context, place + " (section title)", reasons);
			scan(section.shared().text(), section.shared(), context, place, reasons);
		}
		return reasons;
	}

	/**
	 * {@code redaction} says which parts of {@code text} the engine wrote; without it (a title), dates and ages
	 * count as written by the engine, since the policy rewrites every one of them.
	 */
	private static void scan(String text, Redaction redaction, DetectionContext context, String where, List<String> reasons) {
		if (text == null || text.isBlank()) {
			return;
		}
		for (Finding finding : Deidentifier.standard().detect(text, context)) {
			if (isPlaceholder(text, finding)) {
				continue;
			}
			String type = finding.type().name().toLowerCase(Locale.ROOT);
			String found = finding.text(text);
			if (insideReplacement(text, finding, redaction)) {
				// text the engine wrote itself: a moved date whose month is also the client's name ("June") is no leak
				continue;
			}
			if (KNOWN.equals(finding.recognizer())) {
				reasons.add(where + ": a known identifier of the client (" + type + ") is still in the shared text: \"" + found + "\"");
			} else if (finding.confidence() >= HIGH_CONFIDENCE && !writtenByEngine(finding, redaction)) {
				reasons.add(where + ": a likely identifier (" + type + String.format(Locale.ROOT, ", confidence %.2f", finding.confidence())
						+ ") is still in the shared text: \"" + found + "\"");
			}
		}
	}

	private static boolean writtenByEngine(Finding finding, Redaction redaction) {
		if (redaction == null) {
			return finding.type() == IdentifierType.DATE || finding.type() == IdentifierType.AGE;
		}
		return false;
	}

	/**
	 * The finding lies inside one of the engine's replacements, give or take punctuation around it (a date found
	 * as "8 June." where the engine wrote "8 June").
	 */
	private static boolean insideReplacement(String text, Finding finding, Redaction redaction) {
		if (redaction == null) {
			return false;
		}
		int start = finding.start();
		int end = finding.end();
		while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
			start++;
		}
		while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
			end--;
		}
		for (Redaction.Replacement r : redaction.replacements()) {
			if (r.start() <= start && end <= r.end()) {
				return true;
			}
		}
		return false;
	}

	/** The finding lies inside one "[...]" of the redactor's form. */
	static boolean isPlaceholder(String text, Finding finding) {
		int open = text.lastIndexOf('[', finding.start());
		if (open < 0 || text.lastIndexOf(']', finding.start() - 1) > open) {
			return false;
		}
		int close = text.indexOf(']', open);
		return close >= finding.end() && PLACEHOLDER.matcher(text.substring(open + 1, close)).matches();
	}

	/** "C-0042 › Intake 2025-03-14": the client's code and the note, for the therapist at this computer. */
	static String where(Note note) {
		Client client = Containers.of(note, Client.class);
		String code = client == null || client.getCode() == null ? "(no client)" : client.getCode();
		String title = note.getTitle() != null && !note.getTitle().isBlank() ? note.getTitle()
				: (note.getKind() == null ? "Note" : note.getKind().getLiteral()) + (note.getSessionDate() == null ? "" : " " + note.getSessionDate());
		return code + " › " + title;
	}
}
