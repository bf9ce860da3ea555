/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.casenotes.ui.CasenotesUi;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.IWorkbench;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Drives the running application the way a user does, through its real widgets and commands (SWTBot is not
 * on Maven Central, so this is the small part of it the tests need).
 */
final class UiRobot {

	private static final long TIMEOUT_MS = 15_000;

	private UiRobot() {
	}

	static Display display() {
		Display display = Display.getCurrent();
		assertNotNull(display, "UI tests run on the SWT UI thread");
		return display;
	}

	/** Runs the event loop until the condition holds, failing after a timeout. */
	static void waitUntil(String what, BooleanSupplier condition) {
		Display display = display();
		long deadline = System.currentTimeMillis() + TIMEOUT_MS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				fail("timed out waiting until " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	/** Processes every pending event. */
	static void flush() {
		Display display = display();
		while (display.readAndDispatch()) {
			// keep dispatching
		}
	}

	/** Keeps the event loop running for a while: GTK paints on its frame clock, after the events are handled. */
	static void settle(long millis) {
		Display display = display();
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			display.update();
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	static IWorkbench workbench() {
		BundleContext context = FrameworkUtil.getBundle(UiRobot.class).getBundleContext();
		ServiceTracker<IWorkbench, IWorkbench> tracker = new ServiceTracker<>(context, IWorkbench.class, null);
		tracker.open();
		try {
			IWorkbench workbench = tracker.getService();
			assertNotNull(workbench, "the e4 workbench is running");
			return workbench;
		} finally {
			tracker.close();
		}
	}

	static MApplication application() {
		return workbench().getApplication();
	}

	static IEclipseContext context() {
		return application().getContext();
	}

	static MPart part(String id) {
		MPart part = (MPart) context().get(EModelService.class).find(id, application());
		assertNotNull(part, "part " + id + " is in the application model");
		return part;
	}

	static Shell mainShell() {
		for (Shell shell : display().getShells()) {
			if (shell.getText().startsWith("Casenotes") && shell.isVisible()) {
				return shell;
			}
		}
		fail("the Casenotes window is not open");
		return null;
	}

	static Shell shellTitled(String title) {
		for (Shell shell : display().getShells()) {
			if (title.equals(shell.getText()) && shell.isVisible()) {
				return shell;
			}
		}
		return null;
	}

	/** The first widget under {@code root} that carries the given {@link CasenotesUi#WIDGET_ID}. */
	static <T extends Control> T widget(Control root, String id, Class<T> type) {
		List<T> found = widgets(root, type, c -> id.equals(c.getData(CasenotesUi.WIDGET_ID)));
		return found.isEmpty() ? null : found.get(0);
	}

	static <T extends Control> List<T> widgets(Control root, Class<T> type, Predicate<T> filter) {
		List<T> found = new ArrayList<>();
		collect(root, type, filter, found);
		return found;
	}

	private static <T extends Control> void collect(Control control, Class<T> type, Predicate<T> filter, List<T> found) {
		if (type.isInstance(control) && filter.test(type.cast(control))) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, filter, found);
			}
		}
	}

	static void executeCommand(String commandId) {
		IEclipseContext context = context().getActiveLeaf();
		var command = context.get(ECommandService.class).createCommand(commandId, null);
		context.get(EHandlerService.class).executeHandler(command);
	}

	/** Saves a PNG of the shell as it is on screen, for the README and for looking at failures. */
	/** A screenshot with the part stack {@code stackId} given most of the window's height, then put back. */
	static void screenshot(Shell shell, String name, String stackId) throws Exception {
		org.eclipse.e4.ui.model.application.ui.MUIElement stack = context().get(EModelService.class).find(stackId, application());
		org.eclipse.e4.ui.model.application.ui.MElementContainer<?> sash = stack.getParent();
		java.util.Map<Object, String> before = new java.util.HashMap<>();
		for (Object child : sash.getChildren()) {
			org.eclipse.e4.ui.model.application.ui.MUIElement element = (org.eclipse.e4.ui.model.application.ui.MUIElement) child;
			before.put(element, element.getContainerData());
			element.setContainerData(element == stack ? "75" : "25");
		}
		flush();
		try {
			screenshot(shell, name);
		} finally {
			before.forEach((element, data) -> ((org.eclipse.e4.ui.model.application.ui.MUIElement) element).setContainerData(data));
			flush();
		}
	}

	static void screenshot(Shell shell, String name) throws Exception {
		String dir = System.getProperty("casenotes.screenshots");
		if (dir == null) {
			return;
		}
		settle(400);
		// down to the bottom of the client area: without a window manager the bounds include trim nobody draws
		Rectangle frame = shell.getBounds();
		Rectangle client = shell.getDisplay().map(shell, null, shell.getClientArea());
		Rectangle bounds = new Rectangle(frame.x, frame.y, frame.width, client.y + client.height - frame.y);
		Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
		GC gc = new GC(shell.getDisplay());
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			Files.createDirectories(Path.of(dir));
			loader.save(Path.of(dir, name + ".png").toString(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
	}

	/** Expands the explorer tree along {@code labels} (each matched by its ending) and returns the last item. */
	static TreeItem openTreePath(Tree tree, String... labels) {
		waitUntil("the explorer is filled", () -> tree.getItemCount() > 0);
		TreeItem[] level = tree.getItems();
		TreeItem item = null;
		for (String label : labels) {
			item = Arrays.stream(level).filter(i -> i.getText().endsWith(label)).findFirst().orElse(null);
			assertNotNull(item, "tree item '" + label + "' among " + Arrays.stream(level).map(TreeItem::getText).toList());
			if (label != labels[labels.length - 1]) {
				Event expand = event(tree, item);
				tree.notifyListeners(SWT.Expand, expand);
				item.setExpanded(true);
				UiRobot.flush();
				level = item.getItems();
			}
		}
		return item;
	}

	static Event event(Tree tree, TreeItem item) {
		Event event = new Event();
		event.widget = tree;
		event.item = item;
		return event;
	}

	/** Opens the note at the end of an explorer path and returns its editor part. */
	static MPart openNote(String... path) {
		Tree tree = widget(mainShell(), "caseExplorer.tree", Tree.class);
		TreeItem note = openTreePath(tree, path);
		tree.setSelection(note);
		tree.notifyListeners(SWT.DefaultSelection, event(tree, note));
		MPartStack editors = (MPartStack) context().get(EModelService.class).find(CasenotesUi.STACK_EDITORS, application());
		waitUntil("the note editor opens", () -> editors.getSelectedElement() instanceof MPart p && p.getObject() != null
				&& p.getLabel().equals(path[path.length - 1]));
		return (MPart) editors.getSelectedElement();
	}

	/**
	 * Answers the dialog titled {@code title} that the next command will open (modal, so it must be answered
	 * from a timer): {@code answer} fills it and presses a button.
	 */
	static void whenShellOpens(String title, java.util.function.Consumer<Shell> answer) {
		Runnable[] poll = new Runnable[1];
		long giveUp = System.currentTimeMillis() + 20_000;
		poll[0] = () -> {
			Shell shell = shellTitled(title);
			if (shell == null && System.currentTimeMillis() > giveUp) {
				// a dialog nobody answers would hang the whole run: close it, so the test fails on its assertions
				for (Shell open : display().getShells()) {
					if (open.isVisible() && !open.getText().startsWith("Casenotes")) {
						System.err.println("UiRobot: no dialog titled '" + title + "'; closing '" + open.getText() + "'");
						open.close();
					}
				}
				return;
			}
			if (shell == null) {
				display().timerExec(50, poll[0]);
				return;
			}
			answer.accept(shell);
		};
		display().timerExec(50, poll[0]);
	}

	/** Presses the button labelled {@code label} (mnemonics ignored) under {@code root}. */
	static void press(Control root, String label) {
		List<org.eclipse.swt.widgets.Button> buttons = widgets(root, org.eclipse.swt.widgets.Button.class,
				b -> b.getText().replace("&", "").equals(label));
		assertNotNull(buttons.isEmpty() ? null : buttons, "a button '" + label + "'");
		buttons.get(0).notifyListeners(SWT.Selection, new Event());
	}

	/**
	 * Puts the window back as it opens, between tests: editors closed without saving (their words are the
	 * test's), the explorer and the consultation log in front, and the window active again (without a window
	 * manager, as under Xvfb, a closed dialog leaves no window active).
	 */
	static void resetWindow() {
		MPartStack editors = (MPartStack) context().get(EModelService.class).find(CasenotesUi.STACK_EDITORS, application());
		for (MPart editor : List.copyOf(editors.getChildren().stream().filter(MPart.class::isInstance).map(MPart.class::cast).toList())) {
			editor.setDirty(false);
			editor.setToBeRendered(false);
			editors.getChildren().remove(editor);
		}
		mainShell().forceActive();
		EPartService parts = context().get(EPartService.class);
		parts.showPart(part(CasenotesUi.PART_CASE_EXPLORER), PartState.VISIBLE);
		parts.showPart(part(CasenotesUi.PART_CONSULTATION_LOG), PartState.VISIBLE);
		flush();
	}
}
