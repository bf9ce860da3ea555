/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.casenotes.ui.internal.IdleLock;
import org.casenotes.ui.internal.ScreenLock;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;

/**
 * File > Lock and the lock after a time without activity, in the application started on an encrypted workspace
 * (the encrypted-start run: a plaintext workspace has no passphrase to lock with).
 */
class ScreenLockTest {

	private static final String TITLE = "Casenotes Is Locked";

	/** What the answering timer saw while the window was locked. */
	private final List<String> seen = new ArrayList<>();
	private Throwable failure;

	@Test
	void lockHidesEveryWindowUntilThePassphraseIsEnteredAgain() throws Exception {
		Shell main = UiRobot.mainShell();
		ScreenLock lock = UiRobot.context().get(ScreenLock.class);
		assertTrue(lock.canLock(), "an unlocked encrypted workspace can be locked");

		UiRobot.whenShellOpens(TITLE, shell -> answer(shell, main, true));
		UiRobot.executeCommand("org.casenotes.ui.command.lock");

		assertNull(failure);
		assertEquals(List.of("main window hidden", "no way out but the passphrase", "wrong passphrase refused"), seen);
		assertTrue(main.isVisible(), "the window is back");
		assertFalse(lock.isLocked());
	}

	@Test
	void theWindowLocksAfterTheIdleTimeAndNotBefore() throws Exception {
		IdleLock idle = UiRobot.context().get(IdleLock.class);
		ScreenLock lock = UiRobot.context().get(ScreenLock.class);
		assertEquals(Duration.ofMinutes(10), idle.after(), "the default without --lock-after");

		idle.lockIfIdle(System.nanoTime());
		assertFalse(lock.isLocked(), "just used: no lock");

		Shell main = UiRobot.mainShell();
		UiRobot.whenShellOpens(TITLE, shell -> answer(shell, main, false));
		idle.lockIfIdle(System.nanoTime() + idle.after().toNanos() + 1);
		assertNull(failure);
		assertEquals(List.of("main window hidden", "no way out but the passphrase"), seen);
		assertTrue(main.isVisible());
	}

	/** Checks the locked state, then unlocks whatever happened, so a failing check never leaves the run locked. */
	private void answer(Shell shell, Shell main, boolean tryWrongFirst) {
		Text field = UiRobot.widget(shell, "passphrase.current", Text.class);
		try {
			if (!main.isVisible()) {
				seen.add("main window hidden");
			}
			List<Button> ways = UiRobot.widgets(shell, Button.class, b -> true);
			if (ways.size() == 1 && ways.get(0).getText().replace("&", "").equals("Unlock")) {
				seen.add("no way out but the passphrase");
			}
			if (tryWrongFirst) {
				field.setText("not the passphrase");
				UiRobot.press(shell, "Unlock");
				if (!shell.isDisposed() && !main.isVisible()) {
					seen.add("wrong passphrase refused");
				}
				UiRobot.screenshot(shell, "locked");
			}
		} catch (Throwable t) {
			failure = t;
		} finally {
			if (!shell.isDisposed()) {
				field.setText(EncryptedStart.PASSPHRASE);
				UiRobot.press(shell, "Unlock");
			}
		}
	}
}
