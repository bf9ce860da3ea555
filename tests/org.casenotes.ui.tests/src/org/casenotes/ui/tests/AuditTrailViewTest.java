/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.tests;

import static org.casenotes.ui.tests.UiRobot.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.casenotes.core.AuditTrail;
import org.casenotes.core.PracticeStore;
import org.casenotes.ui.CasenotesUi;
import org.casenotes.ui.internal.handlers.RecordHandlers;
import org.casenotes.ui.internal.parts.AuditTrailPart;
import org.casenotes.ui.internal.parts.NoteEditorPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Audit trail view: a note signed in the application appears at the top, and a damaged chain is shown as such. */
class AuditTrailViewTest {

	@AfterEach
	void closeEditorsWithoutSaving() {
		UiRobot.resetWindow();
	}

	private static AuditTrailPart showView() {
		MPart part = UiRobot.part(CasenotesUi.PART_AUDIT_TRAIL);
		UiRobot.context().get(EPartService.class).showPart(part, PartState.VISIBLE);
		UiRobot.flush();
		return (AuditTrailPart) part.getObject();
	}

	private static void refresh() {
		UiRobot.widget(UiRobot.mainShell(), "auditTrail.refresh", Button.class).notifyListeners(SWT.Selection, new Event());
	}

	@Test
	void aSignatureAppearsAtTheTopOfAnIntactChain() throws Exception {
		AuditTrailPart view = showView();
		Path log = UiRobot.context().get(PracticeStore.class).location().resolve(AuditTrail.FILE_NAME);
		int before = new AuditTrail(log.getParent()).read().size();
		assertTrue(view.getStatus().startsWith("Chain intact: " + before + " "), view.getStatus());

		MPart note = UiRobot.openNote("C-0057", "Couples work", "Session 11");
		UiRobot.context().get(EPartService.class).activate(note);
		UiRobot.whenShellOpens(RecordHandlers.SIGN_TITLE, shell -> UiRobot.press(shell, "Yes"));
		UiRobot.executeCommand("org.casenotes.ui.command.sign");
		waitUntil("the note is signed", () -> ((NoteEditorPart) note.getObject()).getDraft().isSigned());

		// the view, open behind the editor, follows without a Refresh
		int after = before + 1;
		waitUntil("the view shows the new entry", () -> view.getStatus().equals("Chain intact: " + after + (after == 1 ? " entry" : " entries")));
		Table table = UiRobot.widget(UiRobot.mainShell(), "auditTrail.table", Table.class);
		assertEquals(after, table.getItemCount());
		AuditTrail.Entry newest = (AuditTrail.Entry) table.getItem(0).getData();
		assertEquals("sign", newest.action(), "newest first");
		assertEquals("sign", table.getItem(0).getText(2));
		assertTrue(newest.subject().contains("C-0057"), newest.subject());
		assertFalse(newest.subject().contains("Session 11") || newest.subject().contains("Couples"), "no titles in the trail");
		assertFalse(table.getItem(0).getText(0).isBlank(), "a local time");
		showView();
		UiRobot.screenshot(UiRobot.mainShell(), "audit-trail");
	}

	@Test
	void aDamagedChainIsShownOnRefresh() throws Exception {
		AuditTrailPart view = showView();
		Path log = UiRobot.context().get(PracticeStore.class).location().resolve(AuditTrail.FILE_NAME);
		AuditTrail trail = new AuditTrail(log.getParent());
		if (trail.read().isEmpty()) {
			trail.append("dr-test", "sign", "note _x of C-0042", "");
		}
		byte[] intact = Files.readAllBytes(log);
		try {
			String text = new String(intact, StandardCharsets.UTF_8);
			Files.writeString(log, text.replaceFirst("\"action\":\"", "\"action\":\"x"), StandardCharsets.UTF_8);
			refresh();
			UiRobot.flush();
			assertTrue(view.getStatus().startsWith("The audit trail is damaged: line 1: the entry was changed after it was written"),
					view.getStatus());
		} finally {
			// other tests sign notes: they need the chain as it was
			Files.write(log, intact);
		}
		refresh();
		UiRobot.flush();
		assertTrue(view.getStatus().startsWith("Chain intact: "), view.getStatus());
	}
}
