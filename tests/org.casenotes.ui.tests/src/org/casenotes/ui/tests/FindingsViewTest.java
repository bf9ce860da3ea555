/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.tests;

import static org.casenotes.ui.tests.UiRobot.waitUntil;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.casenotes.model.CaseFile;
import org.casenotes.ui.CasenotesUi;
import org.casenotes.ui.internal.parts.FindingsPart;
import org.casenotes.ui.internal.parts.NoteEditorPart;
import org.casenotes.ui.internal.parts.NoteEditorPart.FindingRow;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Findings view beside the editor: it lists the note's identifiers; a false positive is dismissed for the case. */
class FindingsViewTest {

	@AfterEach
	void closeEditorsWithoutSaving() {
		UiRobot.resetWindow();
	}

	@Test
	void theViewListsTheNotesIdentifiersAndDismissesAFalsePositive() throws Exception {
		EPartService parts = UiRobot.context().get(EPartService.class);
		MPart findingsPart = UiRobot.part(CasenotesUi.PART_FINDINGS);
		parts.showPart(findingsPart, PartState.VISIBLE);
		MPart editorPart = UiRobot.openNote("C-0042", "Individual therapy", "For supervision: the Instagram request");
		parts.activate(editorPart);
		FindingsPart findings = (FindingsPart) findingsPart.getObject();
		NoteEditorPart editor = (NoteEditorPart) editorPart.getObject();
		StyledText text = editor.getSectionTexts().get(0);
		text.replaceTextRange(text.getCharCount(), 0, " She mentioned Grace Hall and her dog Biscuit.");
		waitUntil("the view lists the typed name", () -> rowFor(findings, "Grace Hall") != null);
		assertTrue(rowFor(findings, "Grace Hall").sharedAs().startsWith("["), rowFor(findings, "Grace Hall").toString());
		UiRobot.screenshot(UiRobot.mainShell(), "findings");

		// confirmed: reviewed for the whole case, as sharing will ask
		assertFalse(rowFor(findings, "Grace Hall").confirmed(), "a new finding waits for review");
		findings.getTable().setSelection(findings.getRows().indexOf(rowFor(findings, "Grace Hall")));
		findings.getTable().notifyListeners(SWT.Selection, new Event());
		UiRobot.press(findings.getTable().getParent(), "Confirm");
		waitUntil("the finding is confirmed", () -> rowFor(findings, "Grace Hall") != null && rowFor(findings, "Grace Hall").confirmed());
		CaseFile caseFile = (CaseFile) editor.getDraft().original().eContainer();
		assertTrue(caseFile.getConfirmedFindings().contains("grace hall"), caseFile.getConfirmedFindings().toString());
		Label status = UiRobot.widget(findings.getTable().getParent(), "findings.status", Label.class);
		assertTrue(status.getText().contains("reviewed") || status.getText().contains("to review"), status.getText());

		// on second thoughts a false positive: dismissed for the case, its mark and its row go
		int row = findings.getRows().indexOf(rowFor(findings, "Grace Hall"));
		findings.getTable().setSelection(row);
		findings.getTable().notifyListeners(SWT.Selection, new Event());
		UiRobot.press(findings.getTable().getParent(), "Dismiss for this case");
		waitUntil("the dismissed text is no longer listed", () -> rowFor(findings, "Grace Hall") == null);
		int at = text.getText().indexOf("Grace Hall");
		assertFalse(text.getStyleRangeAtOffset(at) != null && text.getStyleRangeAtOffset(at).underline, "and no longer marked");

		// a missed identifier: selected in the note and added to the identity sheet
		assertTrue(rowFor(findings, "Biscuit") == null, "a pet's name that is a common word is not found by itself");
		int biscuit = text.getText().indexOf("Biscuit");
		text.setSelection(biscuit, biscuit + "Biscuit".length());
		UiRobot.whenShellOpens("Mark as identifying", shell -> UiRobot.press(shell, "Yes"));
		UiRobot.press(findings.getTable().getParent(), "Mark selection as identifying...");
		waitUntil("the marked text is found", () -> rowFor(findings, "Biscuit") != null);
		assertTrue(rowFor(findings, "Biscuit").confirmed(), "what the therapist marked is reviewed");
		assertFalse(caseFile.getConfirmedFindings().contains("grace hall"), "the later dismissal won");
	}

	private static FindingRow rowFor(FindingsPart findings, String text) {
		return findings.getRows().stream().filter(r -> r.text().equals(text)).findFirst().orElse(null);
	}
}
