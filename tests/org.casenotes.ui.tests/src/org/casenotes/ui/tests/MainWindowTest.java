/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.tests;

import static org.casenotes.ui.tests.UiRobot.display;
import static org.casenotes.ui.tests.UiRobot.mainShell;
import static org.casenotes.ui.tests.UiRobot.part;
import static org.casenotes.ui.tests.UiRobot.waitUntil;
import static org.casenotes.ui.tests.UiRobot.widget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.casenotes.ui.CasenotesUi;
import org.casenotes.ui.internal.parts.NoteEditorPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The main window of the running application, started with {@code --demo}. */
class MainWindowTest {

	@AfterEach
	void closeNoteEditors() {
		MPartStack editors = (MPartStack) UiRobot.context().get(EModelService.class).find(CasenotesUi.STACK_EDITORS, UiRobot.application());
		for (MPart editor : List.copyOf(editors.getChildren().stream().filter(MPart.class::isInstance).map(MPart.class::cast).toList())) {
			editor.setToBeRendered(false);
			editors.getChildren().remove(editor);
		}
		UiRobot.flush();
	}

	@Test
	void theWindowOpensWithItsThreeParts() {
		Shell shell = mainShell();
		assertEquals("Casenotes", shell.getText());
		for (String id : List.of(CasenotesUi.PART_CASE_EXPLORER, CasenotesUi.PART_CONSULTATION_LOG)) {
			MPart part = part(id);
			assertNotNull(part.getObject(), id + " is created");
			assertTrue(((Control) part.getWidget()).isVisible(), id + " is visible");
		}
		MPartStack editors = (MPartStack) UiRobot.context().get(EModelService.class).find(CasenotesUi.STACK_EDITORS, UiRobot.application());
		assertTrue(editors.isVisible() && ((Control) editors.getWidget()).isVisible(), "the editor area is shown, even empty");
		assertTrue(shell.getImages().length >= 2, "the window carries the Casenotes icons in several sizes");
	}

	@Test
	void theExplorerListsTheDemoClientsByCodeOnly() {
		Tree tree = widget(mainShell(), "caseExplorer.tree", Tree.class);
		assertNotNull(tree);
		waitUntil("the demo clients are listed", () -> tree.getItemCount() >= 3);
		List<String> codes = Arrays.stream(tree.getItems()).map(TreeItem::getText).toList();
		assertTrue(codes.containsAll(List.of("C-0042", "C-0057", "C-0063")), codes.toString());
		assertTrue(codes.stream().allMatch(code -> code.matches("C-\\d{4}( \\(archived\\))?")), "codes only, never a name: " + codes);
	}

	@Test
	void openingANoteShowsItsSectionsReadOnly() throws Exception {
		Tree tree = widget(mainShell(), "caseExplorer.tree", Tree.class);
		TreeItem note = UiRobot.openTreePath(tree, "C-0042", "Individual therapy", "Session 6");
		tree.setSelection(note);
		tree.notifyListeners(SWT.Selection, UiRobot.event(tree, note));
		tree.notifyListeners(SWT.DefaultSelection, UiRobot.event(tree, note));

		MPartStack editors = (MPartStack) UiRobot.context().get(EModelService.class).find(CasenotesUi.STACK_EDITORS, UiRobot.application());
		waitUntil("a note editor opens", () -> editors.getSelectedElement() instanceof MPart p && p.getObject() != null);
		MPart editor = (MPart) editors.getSelectedElement();
		assertEquals("Session 6", editor.getLabel());
		NoteEditorPart noteEditor = (NoteEditorPart) editor.getObject();
		List<StyledText> sections = noteEditor.getSectionTexts();
		assertEquals(4, sections.size(), "S, O, A and P");
		assertTrue(sections.get(0).getText().contains("lonely fortnight"), sections.get(0).getText());
		assertFalse(sections.get(0).getEditable(), "a signed note is read-only");
		Label summary = widget((Control) editor.getWidget(), "noteEditor.summary", Label.class);
		assertTrue(summary.getText().startsWith("SOAP note, session of"), summary.getText());
		assertTrue(summary.getText().contains("Signed by"), summary.getText());

		// opening the same note again brings its editor to the front instead of a second copy
		tree.notifyListeners(SWT.DefaultSelection, UiRobot.event(tree, note));
		UiRobot.flush();
		assertEquals(1, editors.getChildren().size());

		Control editorControl = (Control) editor.getWidget();
		assertTrue(editorControl.isVisible() && editorControl.getBounds().height > 100,
				"the editor is on screen: " + editorControl.getBounds());
		UiRobot.screenshot(mainShell(), "main-window");
	}

	@Test
	void editCopyCopiesTheSelectedNoteText() {
		Tree tree = widget(mainShell(), "caseExplorer.tree", Tree.class);
		TreeItem note = UiRobot.openTreePath(tree, "C-0063", "Grief work (closed)", "Final session");
		tree.setSelection(note);
		tree.notifyListeners(SWT.DefaultSelection, UiRobot.event(tree, note));
		MPartStack editors = (MPartStack) UiRobot.context().get(EModelService.class).find(CasenotesUi.STACK_EDITORS, UiRobot.application());
		waitUntil("the note editor opens", () -> editors.getSelectedElement() instanceof MPart p && p.getObject() != null);
		StyledText behaviour = ((NoteEditorPart) ((MPart) editors.getSelectedElement()).getObject()).getSectionTexts().get(0);
		mainShell().forceActive();
		behaviour.forceFocus();
		behaviour.setSelection(0, 4);
		waitUntil("the section text has the focus", () -> display().getFocusControl() == behaviour);
		UiRobot.executeCommand("org.eclipse.ui.edit.copy");
		Clipboard clipboard = new Clipboard(display());
		try {
			assertEquals(behaviour.getText().substring(0, 4), clipboard.getContents(TextTransfer.getInstance()));
		} finally {
			clipboard.dispose();
		}
	}

	@Test
	void theConsultationLogListsTheDecisionsNewestFirst() {
		Table table = widget(mainShell(), "consultationLog.table", Table.class);
		assertNotNull(table);
		waitUntil("the decisions are listed", () -> table.getItemCount() >= 3);
		// other tests of this run may have recorded decisions of today: the demo's are those of 2025
		List<TableItem> demo = Arrays.stream(table.getItems()).filter(i -> i.getText(0).contains("2025")).toList();
		List<String> categories = demo.stream().map(i -> i.getText(1)).toList();
		assertEquals(List.of("Gifts", "Social media", "Dual or multiple relationship"), categories);
		assertEquals("C-0063", demo.get(0).getText(2));
	}

	@Test
	void aboutShowsTheVersion() throws Exception {
		AtomicReference<String> version = new AtomicReference<>();
		Runnable[] closer = new Runnable[1];
		closer[0] = () -> {
			Shell about = UiRobot.shellTitled("About Casenotes");
			if (about == null) {
				display().timerExec(50, closer[0]);
				return;
			}
			Label label = widget(about, "about.version", Label.class);
			version.set(label == null ? "" : label.getText());
			try {
				UiRobot.screenshot(about, "about");
			} catch (Exception e) {
				// a missing screenshot does not make the dialog wrong
			}
			about.close();
		};
		display().timerExec(50, closer[0]);
		UiRobot.executeCommand("org.eclipse.ui.help.aboutAction");
		assertNotNull(version.get(), "the About dialog opened");
		assertTrue(version.get().matches("Version \\d+\\.\\d+\\.\\d+.*"), version.get());
	}
}
