/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

import org.casenotes.ui.internal.PassphraseDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Answers the unlock dialog that the application opens at start, before its window and before any test method:
 * a wrong passphrase first, then the right one. It runs on a thread of its own that waits for the display and
 * the dialog, and does its steps on the UI thread, inside the dialog's event loop. What goes wrong is kept for
 * {@link EncryptedStartTest} to report; after {@value #GIVE_UP_MS} ms it gives up and closes whatever dialog
 * blocks the start (or, when the start hangs, ends the run), so that a broken build fails instead of waiting for
 * the fork timeout.
 */
final class UnlockAtStart {

	private static final String TITLE = "Unlock Casenotes";

	private static final String WRONG_PASSPHRASE = "not the passphrase";

	private static final long GIVE_UP_MS = 60_000;

	private static final long POLL_MS = 100;

	private static final AtomicReference<Throwable> failure = new AtomicReference<>();

	private static volatile boolean wrongRefused;

	private static volatile boolean unlocked;

	private final String passphrase;

	private final long giveUp = System.currentTimeMillis() + GIVE_UP_MS;

	private UnlockAtStart(String passphrase) {
		this.passphrase = passphrase;
	}

	static void begin(String passphrase) {
		Thread thread = new Thread(new UnlockAtStart(passphrase)::run, "Casenotes unlock at start");
		// never the reason the test JVM stays up
		thread.setDaemon(true);
		thread.start();
	}

	/** Keeps the first failure: the later ones are usually its consequences. */
	static void failed(Throwable t) {
		if (failure.compareAndSet(null, t)) {
			// also said at once: should the application quit, no test method is left to report it
			System.err.println("UnlockAtStart: " + t);
			t.printStackTrace();
		}
	}

	static Throwable failure() {
		return failure.get();
	}

	/** Whether the dialog refused the wrong passphrase and stayed open. */
	static boolean wrongRefused() {
		return wrongRefused;
	}

	/** Whether the dialog closed on the right passphrase. */
	static boolean unlocked() {
		return unlocked;
	}

	private void run() {
		Display display = null;
		try {
			display = awaitDisplay();
			if (display == null) {
				stuck("no SWT display within " + GIVE_UP_MS + " ms", null);
				return;
			}
			while (System.currentTimeMillis() < giveUp) {
				if (onUiThread(display, this::answerIfOpen)) {
					return;
				}
				Thread.sleep(POLL_MS);
			}
			// the window may have opened without asking: then the test method runs and reports this
			failed(new AssertionError("no dialog titled '" + TITLE + "' within " + GIVE_UP_MS + " ms"));
		} catch (UiThreadStuck e) {
			stuck(e.getMessage(), e.thread);
			return;
		} catch (Throwable t) {
			failed(t);
		}
		if (display != null && !display.isDisposed()) {
			display.asyncExec(UnlockAtStart::closeDialogs);
		}
	}

	/** A start that hangs before its window can only be ended from here: no test method will ever run. */
	private static void stuck(String why, Thread uiThread) {
		failed(new AssertionError(why));
		if (uiThread != null) {
			Throwable where = new Throwable("the UI thread is here");
			where.setStackTrace(uiThread.getStackTrace());
			where.printStackTrace();
		}
		EncryptedStart.endRun(why);
	}

	/** The application's display, once its UI thread has made it; found by thread, so none is made here. */
	private Display awaitDisplay() throws InterruptedException {
		while (System.currentTimeMillis() < giveUp) {
			for (Thread thread : Thread.getAllStackTraces().keySet()) {
				Display display = Display.findDisplay(thread);
				if (display != null) {
					return display;
				}
			}
			Thread.sleep(POLL_MS);
		}
		return null;
	}

	private interface UiStep {
		boolean run() throws Exception;
	}

	/** Runs the step on the UI thread and waits for it, at most until the time to give up. */
	private boolean onUiThread(Display display, UiStep step) throws Exception {
		CompletableFuture<Boolean> done = new CompletableFuture<>();
		display.asyncExec(() -> {
			try {
				done.complete(step.run());
			} catch (Throwable t) {
				done.completeExceptionally(t);
			}
		});
		try {
			return done.get(Math.max(1, giveUp - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
		} catch (TimeoutException e) {
			throw new UiThreadStuck(display);
		}
	}

	/** False while the dialog is not open yet; once it is, answers it and returns true. */
	private boolean answerIfOpen() {
		Shell shell = UiRobot.shellTitled(TITLE);
		if (shell == null) {
			return false;
		}
		try {
			refuseWrongPassphrase(shell);
		} catch (Throwable t) {
			failed(t);
		}
		// whatever went wrong above, the right passphrase still lets the test method run and report it
		try {
			unlock(shell);
		} catch (Throwable t) {
			failed(t);
			closeDialogs();
		}
		return true;
	}

	private static void refuseWrongPassphrase(Shell shell) throws Exception {
		Text field = UiRobot.widget(shell, "passphrase.current", Text.class);
		assertNotNull(field, "the dialog has a passphrase field");
		assertTrue((field.getStyle() & SWT.PASSWORD) != 0, "the field is masked");
		UiRobot.screenshot(shell, "unlock-at-start");
		field.setText(WRONG_PASSPHRASE);
		UiRobot.press(shell, "Unlock");
		assertFalse(shell.isDisposed(), "a wrong passphrase keeps the dialog open");
		// JFace keeps the dialog as the shell's data
		PassphraseDialog dialog = (PassphraseDialog) shell.getData();
		assertEquals("The passphrase is not correct. Nothing was opened or changed.", dialog.error());
		assertEquals("", field.getText(), "the wrong passphrase is cleared");
		wrongRefused = true;
	}

	private void unlock(Shell shell) {
		assertFalse(shell.isDisposed(), "the dialog is still open for the right passphrase");
		UiRobot.widget(shell, "passphrase.current", Text.class).setText(passphrase);
		UiRobot.press(shell, "Unlock");
		assertTrue(shell.isDisposed(), "the right passphrase closes the dialog");
		unlocked = true;
	}

	/**
	 * Ends a start that cannot go on: closing a start-up dialog quits the application before the test, which
	 * {@link EncryptedStart} turns into a failed run. Only dialogs (JFace keeps each as its shell's data): a main
	 * window that opened without asking lets the test method say so.
	 */
	private static void closeDialogs() {
		for (Shell open : Display.getCurrent().getShells()) {
			if (!open.isDisposed() && open.isVisible() && open.getData() instanceof Window) {
				System.err.println("UnlockAtStart: closing '" + open.getText() + "' so the run ends");
				open.close();
			}
		}
	}

	private static final class UiThreadStuck extends Exception {
		private static final long serialVersionUID = 1L;

		final transient Thread thread;

		UiThreadStuck(Display display) {
			super("the UI thread did not answer within " + GIVE_UP_MS + " ms");
			this.thread = display.getThread();
		}
	}
}
