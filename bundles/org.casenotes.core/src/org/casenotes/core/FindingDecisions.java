/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.casenotes.core.internal.Containers;
import org.casenotes.model.CaseFile;
import org.casenotes.model.CasenotesFactory;
import org.casenotes.model.Client;
import org.casenotes.model.IdentitySheet;
import org.casenotes.model.Note;

/**
 * What the therapist decides about a finding: it is confirmed, or dismissed as a false positive, for the whole
 * case; a text the engine missed is added to the client's identity sheet, so it is found in every note from then on.
 */
public final class FindingDecisions {

	private final PracticeStore store;

	public FindingDecisions(PracticeStore store) {
		this.store = Objects.requireNonNull(store, "store");
	}

	/** Dismisses {@code text} in every note of the note's case file, and writes the practice. */
	public void dismiss(Note note, String text) throws StoreException {
		CaseFile caseFile = Containers.of(note, CaseFile.class);
		String key = normalise(text);
		if (caseFile != null && !key.isEmpty() && !caseFile.getDismissedFindings().contains(key)) {
			save(move(key, caseFile.getConfirmedFindings(), caseFile.getDismissedFindings()));
		}
	}

	/**
	 * Confirms that {@code text} identifies the client: it stays marked, and counts as reviewed in every note of
	 * the case (sharing does not ask about it again). A dismissal of the same text is taken back.
	 */
	public void confirm(Note note, String text) throws StoreException {
		CaseFile caseFile = Containers.of(note, CaseFile.class);
		String key = normalise(text);
		if (caseFile != null && !key.isEmpty() && !caseFile.getConfirmedFindings().contains(key)) {
			save(move(key, caseFile.getDismissedFindings(), caseFile.getConfirmedFindings()));
		}
	}

	/** Moves a reviewed text from one list of the case to the other; the undo puts it back as it was. */
	private static Runnable move(String key, List<String> from, List<String> to) {
		boolean was = from.remove(key);
		to.add(key);
		return () -> {
			to.remove(key);
			if (was) {
				from.add(key);
			}
		};
	}

	/** Whether {@code text} was confirmed as identifying in the note's case. */
	public static boolean isConfirmed(Note note, String text) {
		CaseFile caseFile = Containers.of(note, CaseFile.class);
		return caseFile != null && caseFile.getConfirmedFindings().contains(normalise(text));
	}

	/** Adds {@code text} to the identity sheet of the note's client as an extra identifier, and writes the practice. */
	public void markIdentifying(Note note, String text) throws StoreException {
		Client client = Containers.of(note, Client.class);
		String value = text == null ? "" : text.strip().replaceAll("\\s+", " ");
		if (client == null || value.isEmpty()) {
			return;
		}
		if (client.getIdentitySheet() == null) {
			client.setIdentitySheet(CasenotesFactory.eINSTANCE.createIdentitySheet());
		}
		IdentitySheet sheet = client.getIdentitySheet();
		if (sheet.getExtraIdentifiers().contains(value)) {
			return;
		}
		sheet.getExtraIdentifiers().add(value);
		// the therapist said it identifies the client: that is a review, and it replaces an earlier dismissal;
		// both changes are one write of the practice
		CaseFile caseFile = Containers.of(note, CaseFile.class);
		String key = normalise(value);
		Runnable unconfirm = caseFile == null || caseFile.getConfirmedFindings().contains(key) ? () -> {
		} : move(key, caseFile.getDismissedFindings(), caseFile.getConfirmedFindings());
		save(() -> {
			unconfirm.run();
			sheet.getExtraIdentifiers().remove(value);
		});
	}

	private void save(Runnable undo) throws StoreException {
		try {
			store.save();
		} catch (StoreException e) {
			undo.run();
			throw e;
		}
	}

	private static String normalise(String text) {
		return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

}
