/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.casenotes.core.PracticeStore;
import org.casenotes.core.StoreException;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/**
 * Hides every window of Casenotes until the workspace's passphrase is entered again: a therapist who steps away
 * from an open laptop leaves no note on the screen. Nothing is closed or saved: editors, their unsaved text and
 * any open dialog come back as they were. Only an encrypted workspace can be locked (a plaintext one has no
 * passphrase to ask for).
 */
public final class ScreenLock {

	private final Display display;
	private final PracticeStore store;
	private boolean locked;

	public ScreenLock(Display display, PracticeStore store) {
		this.display = display;
		this.store = store;
	}

	/** Whether there is a passphrase to lock with and the workspace is open. */
	public boolean canLock() {
		try {
			return store.isEncrypted() && !store.needsPassphrase();
		} catch (StoreException e) {
			return false;
		}
	}

	public boolean isLocked() {
		return locked;
	}

	/** Hides the windows and returns once the right passphrase was entered; nothing when it cannot lock. */
	public void lock() {
		if (locked || !canLock()) {
			return;
		}
		locked = true;
		List<Shell> hidden = new ArrayList<>();
		try {
			for (Shell shell : display.getShells()) {
				if (!shell.isDisposed() && shell.isVisible()) {
					shell.setVisible(false);
					hidden.add(shell);
				}
			}
			// Escape or the window's close button do not unlock: the dialog comes back until the passphrase does
			while (new PassphraseDialog(null, store, PassphraseDialog.Mode.RESUME).open() != Window.OK) {
				if (display.isDisposed()) {
					return;
				}
			}
		} finally {
			for (Shell shell : hidden) {
				if (!shell.isDisposed()) {
					shell.setVisible(true);
				}
			}
			locked = false;
		}
	}
}
