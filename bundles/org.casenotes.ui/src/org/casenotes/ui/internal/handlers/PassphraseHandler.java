/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal.handlers;

import jakarta.inject.Named;

import org.casenotes.core.PracticeStore;
import org.casenotes.core.StoreException;
import org.casenotes.ui.internal.PassphraseDialog;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

/** File > Passphrase...: encrypts a plaintext workspace, or changes the passphrase of an encrypted one. */
public class PassphraseHandler {

	@CanExecute
	public boolean canExecute(PracticeStore store) {
		try {
			return !store.needsPassphrase();
		} catch (StoreException e) {
			return false;
		}
	}

	@Execute
	public void execute(@Named(IServiceConstants.ACTIVE_SHELL) Shell shell, PracticeStore store) {
		boolean encrypted;
		try {
			encrypted = store.isEncrypted();
		} catch (StoreException e) {
			MessageDialog.openError(shell, "Passphrase", e.getMessage());
			return;
		}
		if (new PassphraseDialog(shell, store, encrypted ? PassphraseDialog.Mode.CHANGE : PassphraseDialog.Mode.CREATE).open() == 0) {
			MessageDialog.openInformation(shell, "Passphrase", encrypted ? "The workspace is now encrypted under the new passphrase."
					: "The workspace is now encrypted. Casenotes will ask for the passphrase at every start.");
		}
	}
}
