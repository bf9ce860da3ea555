/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.casenotes.model.BoundaryDecision;
import org.casenotes.model.CaseFile;
import org.casenotes.model.Client;
import org.casenotes.model.Feedback;
import org.casenotes.model.Note;
import org.casenotes.model.NoteStatus;

/**
 * The text the UI shows for model objects. Clients appear by their pseudonymous code only, so nothing on
 * screen outside the identity sheet names a client.
 */
public final class Labels {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);
	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT);

	private Labels() {
	}

	public static String of(Object element) {
		if (element instanceof Client client) {
			return client.getCode() + (client.isArchived() ? " (archived)" : "");
		}
		if (element instanceof CaseFile caseFile && caseFile.eIsProxy()) {
			// its file could not be read (the store said why, once); the rest of the client still opens
			return "Case file that could not be opened";
		}
		if (element instanceof CaseFile caseFile) {
			return caseFile.getTitle() + (caseFile.getClosedOn() != null ? " (closed)" : "");
		}
		if (element instanceof Note note) {
			return date(note.getSessionDate()) + "  " + title(note);
		}
		if (element instanceof BoundaryDecision decision) {
			return decision.getCategory().getLiteral();
		}
		return String.valueOf(element);
	}

	/** The title a note's editor tab and header carry. */
	public static String title(Note note) {
		String title = note.getTitle();
		return title == null || title.isBlank() ? note.getKind().getLiteral() : title;
	}

	/** One line on what a note is: kind, session date and signature. */
	public static String summary(Note note) {
		StringBuilder summary = new StringBuilder(note.getKind().getLiteral()).append(" note, session of ").append(date(note.getSessionDate()));
		if (note.getStatus() == NoteStatus.SIGNED) {
			summary.append(". Signed by ").append(note.getSignedBy()).append(", ").append(instant(note.getSignedAt()));
		} else {
			summary.append(". Draft");
		}
		return summary.toString();
	}

	/** Where a note belongs: client code and case file. */
	public static String location(Note note) {
		if (note.eContainer() instanceof CaseFile caseFile && caseFile.eContainer() instanceof Client client) {
			return client.getCode() + " \u203a " + caseFile.getTitle();
		}
		return "";
	}

	public static String date(LocalDate date) {
		return date == null ? "(no date)" : DATE.format(date);
	}

	public static String instant(Instant instant) {
		return instant == null ? "(no time)" : DATE_TIME.format(instant.atZone(ZoneId.systemDefault()));
	}

	/** "Approved by dr-lee, 3 Mar 2026, 14:02" over a piece of feedback. */
	public static String feedbackHeading(Feedback feedback) {
		String assessment = feedback.getAssessment() == null ? "Reviewed" : feedback.getAssessment().getLiteral();
		String reviewer = feedback.getReviewer() == null || feedback.getReviewer().isBlank() ? "the reviewer" : feedback.getReviewer();
		return assessment + " by " + reviewer + ", " + instant(feedback.getCreatedAt());
	}

	/** The first line of a free text, shortened to fit a table cell. */
	public static String firstLine(String text, int maxLength) {
		if (text == null) {
			return "";
		}
		String line = text.strip();
		int newline = line.indexOf('\n');
		if (newline >= 0) {
			line = line.substring(0, newline);
		}
		return line.length() <= maxLength ? line : line.substring(0, maxLength - 1).stripTrailing() + "\u2026";
	}
}
