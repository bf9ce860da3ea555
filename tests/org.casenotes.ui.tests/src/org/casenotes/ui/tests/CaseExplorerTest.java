/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.tests;

import static org.casenotes.ui.tests.UiRobot.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.casenotes.model.Section;
import org.casenotes.ui.CasenotesUi;
import org.casenotes.ui.internal.parts.NoteEditorPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The case explorer's menu and filter, driven through the real widgets. */
class CaseExplorerTest {

	@AfterEach
	void clearFilterAndCloseEditors() {
		Text search = UiRobot.widget(UiRobot.mainShell(), "caseExplorer.search", Text.class);
		search.setText("");
		UiRobot.resetWindow();
	}

	@Test
	void aNewClientCaseFileAndNoteFromATemplate() {
		Tree tree = UiRobot.widget(UiRobot.mainShell(), "caseExplorer.tree", Tree.class);
		waitUntil("the explorer is filled", () -> tree.getItemCount() > 0);
		tree.deselectAll();
		UiRobot.whenShellOpens("New client", shell -> {
			UiRobot.widgets(shell, Text.class, t -> true).get(0).setText("C-0100");
			UiRobot.press(shell, "OK");
		});
		menuItem(tree.getMenu(), "New Client...").notifyListeners(SWT.Selection, new Event());
		waitUntil("the new client is listed", () -> item(tree.getItems(), "C-0100") != null);

		TreeItem client = item(tree.getItems(), "C-0100");
		select(tree, client);
		UiRobot.whenShellOpens("New case file", shell -> {
			UiRobot.widgets(shell, Text.class, t -> true).get(0).setText("Couples work");
			UiRobot.press(shell, "OK");
		});
		menuItem(tree.getMenu(), "New Case File...").notifyListeners(SWT.Selection, new Event());
		waitUntil("the case file is listed", () -> UiRobot.openTreePath(tree, "C-0100").getItemCount() > 0 && expand(tree, "C-0100"));
		select(tree, UiRobot.openTreePath(tree, "C-0100", "Couples work"));
		MenuItem newNote = menuItem(tree.getMenu(), "New Note");
		menuItem(newNote.getMenu(), "SOAP").notifyListeners(SWT.Selection, new Event());
		MPartStack editors = (MPartStack) UiRobot.context().get(EModelService.class).find(CasenotesUi.STACK_EDITORS, UiRobot.application());
		waitUntil("the new note opens", () -> editors.getSelectedElement() instanceof MPart p && p.getObject() != null
				&& "SOAP note".equals(p.getLabel()));
		NoteEditorPart editor = (NoteEditorPart) ((MPart) editors.getSelectedElement()).getObject();
		assertEquals(List.of("Subjective", "Objective", "Assessment", "Plan"), editor.getNote().getSections().stream().map(Section::getTitle).toList());
		assertTrue(editor.getSectionTexts().get(0).getEditable());

		// the identity sheet: the client's sister, then a note that names her by her first name
		select(tree, item(tree.getItems(), "C-0100"));
		UiRobot.whenShellOpens("Identity sheet", shell -> {
			UiRobot.widget(shell, "identity.legalName", Text.class).setText("Ama Boateng");
			UiRobot.widget(shell, "identity.people", Text.class).setText("Efua Boateng, sister");
			UiRobot.widget(shell, "identity.places", Text.class).setText("Kumasi Road, home");
			UiRobot.widget(shell, "identity.contacts", Text.class).setText("instagram: @ama.paints");
			try {
				UiRobot.screenshot(shell, "identity-sheet");
			} catch (Exception e) {
				throw new IllegalStateException(e);
			}
			UiRobot.press(shell, "OK");
		});
		menuItem(tree.getMenu(), "Identity Sheet...").notifyListeners(SWT.Selection, new Event());
		waitUntil("the sheet is saved", () -> editor.getDraft().original().eContainer().eContainer() instanceof org.casenotes.model.Client c
				&& c.getIdentitySheet().getPeople().size() == 1);
		org.eclipse.swt.custom.StyledText subjective = editor.getSectionTexts().get(0);
		subjective.replaceTextRange(0, 0, "Efua rang to say the client had not slept.");
		waitUntil("the sister is marked", () -> editor.findingRows().stream().anyMatch(r -> r.text().equals("Efua")
				&& r.finding().recognizer().equals("known-identifier")));
	}

	@Test
	void theFilterFindsANoteByItsText() {
		Tree tree = UiRobot.widget(UiRobot.mainShell(), "caseExplorer.tree", Tree.class);
		waitUntil("the explorer is filled", () -> tree.getItemCount() > 0);
		Text search = UiRobot.widget(UiRobot.mainShell(), "caseExplorer.search", Text.class);
		search.setText("lonely fortnight");
		UiRobot.flush();
		assertEquals(List.of("C-0042"), Arrays.stream(tree.getItems()).map(TreeItem::getText).toList());
		TreeItem caseFile = tree.getItems()[0].getItems()[0];
		assertEquals(1, caseFile.getItemCount(), "only the note that says it");
		assertTrue(caseFile.getItems()[0].getText().endsWith("Session 6"), caseFile.getItems()[0].getText());
	}

	/** Expands a top-level item the way a click does, so the viewer creates its children. */
	private static boolean expand(Tree tree, String label) {
		TreeItem item = item(tree.getItems(), label);
		Event e = UiRobot.event(tree, item);
		tree.notifyListeners(SWT.Expand, e);
		item.setExpanded(true);
		UiRobot.flush();
		return item(item.getItems(), "Couples work") != null;
	}

	private static void select(Tree tree, TreeItem item) {
		tree.setSelection(item);
		Event e = new Event();
		e.item = item;
		tree.notifyListeners(SWT.Selection, e);
		UiRobot.flush();
	}

	private static TreeItem item(TreeItem[] items, String label) {
		return Arrays.stream(items).filter(i -> i.getText().equals(label) || i.getText().endsWith(label)).findFirst().orElse(null);
	}

	/** The item of a menu (shown first, so its manager fills it) whose text is {@code label}. */
	private static MenuItem menuItem(Menu menu, String label) {
		menu.notifyListeners(SWT.Show, new Event());
		MenuItem found = Arrays.stream(menu.getItems()).filter(i -> i.getText().replace("&", "").equals(label)).findFirst().orElse(null);
		assertNotNull(found, "menu item '" + label + "' among " + Arrays.stream(menu.getItems()).map(MenuItem::getText).toList());
		return found;
	}
}
