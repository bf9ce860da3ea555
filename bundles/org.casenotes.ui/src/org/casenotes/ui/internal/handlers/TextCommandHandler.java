/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal.handlers;

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

	@CanExecute
	public boolean canExecute() {
		return focusText() != null;
	}

	@Execute
	public void execute() {
		Control control = focusText();
		if (control instanceof StyledText styled) {
			apply(styled);
		} else if (control instanceof Text text) {
			apply(text);
		}
	}

	protected abstract void apply(StyledText text);

	protected abstract void apply(Text text);

	private static Control focusText() {
		Display display = Display.getCurrent();
		Control focus = display == null ? null : display.getFocusControl();
		return focus instanceof StyledText || focus instanceof Text ? focus : null;
	}

	public static class Copy extends TextCommandHandler {
		@Override
		protected void apply(StyledText text) {
			text.copy();
		}

		@Override
		protected void apply(Text text) {
			text.copy();
		}
	}

	public static class SelectAll extends TextCommandHandler {
		@Override
		protected void apply(StyledText text) {
			text.selectAll();
		}

		@Override
		protected void apply(Text text) {
			text.selectAll();
		}
	}
}
