/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.casenotes.core.internal.XmiPracticeStore;
import org.casenotes.ui.internal.PassphraseDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The unlock dialog shown at start for an encrypted workspace, and the one that sets a passphrase. Driven on a
 * workspace of its own: the application's demo workspace stays plaintext.
 */
class PassphraseDialogTest {

	private static final String PASSPHRASE = "correct horse battery";

	@TempDir
	Path workspace;

	private Throwable failure;

	@Test
	void aWrongPassphraseIsSaidInTheDialogAndTheRightOneUnlocks() throws Exception {
		XmiPracticeStore encrypted = new XmiPracticeStore(workspace);
		encrypted.createDemoPractice();
		encrypted.createPassphrase(PASSPHRASE.toCharArray());
		encrypted.close(); // as when Casenotes is started again: one store holds a workspace at a time
		XmiPracticeStore store = new XmiPracticeStore(workspace);
		assertTrue(store.needsPassphrase());

		PassphraseDialog dialog = new PassphraseDialog(UiRobot.mainShell(), store, PassphraseDialog.Mode.UNLOCK);
		UiRobot.whenShellOpens("Unlock Casenotes", shell -> steps(shell, () -> {
			Text field = UiRobot.widget(shell, "passphrase.current", Text.class);
			assertTrue((field.getStyle() & org.eclipse.swt.SWT.PASSWORD) != 0, "the field is masked");
			field.setText("not the passphrase");
			UiRobot.press(shell, "Unlock");
			assertFalse(shell.isDisposed(), "a wrong passphrase keeps the dialog open");
			assertEquals("The passphrase is not correct. Nothing was opened or changed.", dialog.error());
			assertEquals("", field.getText(), "the wrong passphrase is cleared");
			UiRobot.screenshot(shell, "unlock-wrong-passphrase");
			field.setText(PASSPHRASE);
			UiRobot.press(shell, "Unlock");
		}));
		assertEquals(Window.OK, dialog.open());
		assertNull(failure);
		assertFalse(store.needsPassphrase());
		assertEquals(3, store.practice().getClients().size());
		store.close();
	}

	@Test
	void aNewPassphraseMustBeTypedTheSameTwice() throws Exception {
		XmiPracticeStore store = new XmiPracticeStore(workspace);
		store.createDemoPractice();
		PassphraseDialog dialog = new PassphraseDialog(UiRobot.mainShell(), store, PassphraseDialog.Mode.CREATE);
		UiRobot.whenShellOpens("Set Passphrase", shell -> steps(shell, () -> {
			UiRobot.widget(shell, "passphrase.new", Text.class).setText(PASSPHRASE);
			UiRobot.widget(shell, "passphrase.repeat", Text.class).setText(PASSPHRASE + "!");
			UiRobot.press(shell, "Encrypt");
			assertEquals("The two new passphrases differ; type it again in both fields.", dialog.error());
			assertFalse(store.isEncrypted());
			UiRobot.widget(shell, "passphrase.repeat", Text.class).setText(PASSPHRASE);
			UiRobot.press(shell, "Encrypt");
		}));
		assertEquals(Window.OK, dialog.open());
		assertNull(failure);
		assertTrue(store.isEncrypted());
		store.close();
		XmiPracticeStore reopened = new XmiPracticeStore(workspace);
		reopened.unlock(PASSPHRASE.toCharArray());
		assertEquals(3, reopened.practice().getClients().size());
		reopened.close();
	}

	private interface Steps {
		void run() throws Exception;
	}

	private void steps(Shell shell, Steps steps) {
		try {
			steps.run();
		} catch (Throwable t) {
			failure = t;
			if (!shell.isDisposed()) {
				shell.close();
			}
		}
	}
}
