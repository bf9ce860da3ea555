/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal.handlers;

import java.util.function.Consumer;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;

/**
 * Edit > Copy and Select All for whichever text widget has the keyboard focus. The key bindings route the
 * shortcuts here, so the handler has to do what the widget would have done.
 */
public abstract class TextCommandHandler {

	private final Consumer<StyledText> onStyledText;
	private final Consumer<Text> onText;

	protected TextCommandHandler(Consumer<StyledText> onStyledText, Consumer<Text> onText) {
		this.onStyledText = onStyledText;
		this.onText = onText;
	}

	@CanExecute
	public boolean canExecute() {
		return focusText() != null;
	}

	@Execute
	public void execute() {
		Control control = focusText();
		if (control instanceof StyledText styled) {
			onStyledText.accept(styled);
		} else if (control instanceof Text text) {
			onText.accept(text);
		}
	}

	private static Control focusText() {
		Display display = Display.getCurrent();
		Control focus = display == null ? null : display.getFocusControl();
		return focus instanceof StyledText || focus instanceof Text ? focus : null;
	}

	public static class Copy extends TextCommandHandler {
		public Copy() {
			super(StyledText::copy, Text::copy);
		}
	}

	public static class SelectAll extends TextCommandHandler {
		public SelectAll() {
			super(StyledText::selectAll, Text::selectAll);
		}
	}
}
