/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal.handlers;

import org.casenotes.ui.internal.ScreenLock;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;

/** File > Lock (Ctrl+L): hides every window until the passphrase is entered again. */
public class LockHandler {

	@CanExecute
	public boolean canExecute(@Optional ScreenLock lock) {
		return lock != null && lock.canLock() && !lock.isLocked();
	}

	@Execute
	public void execute(ScreenLock lock) {
		lock.lock();
	}
}
