/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal.handlers;

import jakarta.inject.Named;

import org.casenotes.core.PracticeStore;
import org.casenotes.ui.internal.AboutDialog;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Shell;

public class AboutHandler {

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, PracticeStore store) {
		new AboutDialog(shell, store.location()).open();
	}
}
