/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.casenotes.core.FindingDecisions;
import org.casenotes.core.IdentityContexts;
import org.casenotes.core.internal.XmiPracticeStore;
import org.casenotes.deid.Deidentifier;
import org.casenotes.deid.Finding;
import org.casenotes.model.Note;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingDecisionsTest {

	@TempDir
	Path workspace;

	private static boolean found(Note note, String text, String surface) {
		List<Finding> findings = Deidentifier.standard().detect(text, IdentityContexts.of(note));
		return findings.stream().anyMatch(f -> f.text(text).equals(surface));
	}

	@Test
	void aDismissedFalsePositiveStaysDismissedInTheWholeCase() throws Exception {
		XmiPracticeStore store = new XmiPracticeStore(workspace);
		store.createDemoPractice();
		Note note = store.practice().getClients().get(0).getCaseFiles().get(0).getNotes().get(0);
		Note sameCase = store.practice().getClients().get(0).getCaseFiles().get(0).getNotes().get(1);
		String text = "She met Grace at the support group.";
		assertTrue(found(note, text, "Grace"));
		new FindingDecisions(store).dismiss(note, "Grace");
		assertFalse(found(sameCase, text, "Grace"), "dismissed for every note of the case");
		Note reloaded = XmiPracticeStore.readOnly(workspace).practice().getClients().get(0).getCaseFiles().get(0).getNotes().get(0);
		assertFalse(found(reloaded, text, "Grace"), "and remembered on disk");
	}

	@Test
	void aMissedIdentifierJoinsTheIdentitySheet() throws Exception {
		XmiPracticeStore store = new XmiPracticeStore(workspace);
		store.createDemoPractice();
		Note note = store.practice().getClients().get(0).getCaseFiles().get(0).getNotes().get(0);
		String text = "She walks her dog Biscuit every morning.";
		assertFalse(found(note, text, "Biscuit"), "a pet called by a common word is no name to the engine");
		new FindingDecisions(store).markIdentifying(note, "Biscuit");
		assertTrue(found(note, text, "Biscuit"), "found from now on");
	}

	@Test
	void aConfirmedFindingIsReviewedForTheCaseAndReplacesADismissal() throws Exception {
		XmiPracticeStore store = new XmiPracticeStore(workspace);
		store.createDemoPractice();
		Note note = store.practice().getClients().get(0).getCaseFiles().get(0).getNotes().get(0);
		Note sameCase = store.practice().getClients().get(0).getCaseFiles().get(0).getNotes().get(1);
		FindingDecisions decisions = new FindingDecisions(store);
		decisions.dismiss(note, "Grace");
		decisions.confirm(note, "  GRACE ");
		assertTrue(FindingDecisions.isConfirmed(sameCase, "Grace"), "confirmed in every note of the case, whatever the case of letters");
		assertTrue(found(note, "She met Grace at the support group.", "Grace"), "a confirmed text is no longer dismissed");
		Note reloaded = XmiPracticeStore.readOnly(workspace).practice().getClients().get(0).getCaseFiles().get(0).getNotes().get(0);
		assertTrue(FindingDecisions.isConfirmed(reloaded, "grace"), "and remembered on disk");
		decisions.dismiss(note, "Grace");
		assertFalse(FindingDecisions.isConfirmed(note, "Grace"), "a later dismissal wins");
	}
}
