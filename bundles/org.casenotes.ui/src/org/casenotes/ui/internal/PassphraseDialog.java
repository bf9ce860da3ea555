/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal;

import java.util.Arrays;

import org.casenotes.core.PracticeStore;
import org.casenotes.core.StoreException;
import org.casenotes.ui.CasenotesUi;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for a passphrase and acts on it at once, so a wrong one is said in the dialog and the user tries again:
 * {@link Mode#UNLOCK} an encrypted workspace, {@link Mode#RESUME} a locked window (see ScreenLock),
 * {@link Mode#CREATE} one for a new or plaintext workspace (typed twice), or {@link Mode#CHANGE} it (the current
 * one, then the new one twice). The passphrase lives in the masked fields and in char arrays that the store
 * wipes; it is never held as a String here.
 */
public class PassphraseDialog extends TitleAreaDialog {

	public enum Mode {
		UNLOCK, RESUME, CREATE, CHANGE
	}

	private final PracticeStore store;
	private final Mode mode;
	private Text current;
	private Text first;
	private Text second;
	private String error;

	public PassphraseDialog(Shell parent, PracticeStore store, Mode mode) {
		super(parent);
		this.store = store;
		this.mode = mode;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(switch (mode) {
		case UNLOCK -> "Unlock Casenotes";
		case RESUME -> "Casenotes Is Locked";
		case CREATE -> "Set Passphrase";
		case CHANGE -> "Change Passphrase";
		});
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		switch (mode) {
		case UNLOCK -> {
			setTitle("This workspace is encrypted");
			setMessage("Enter the passphrase of " + store.location() + ".");
		}
		case RESUME -> {
			setTitle("Casenotes is locked");
			setMessage("Your notes are hidden, and your unsaved work is kept. Enter the passphrase to go back to it.");
		}
		case CREATE -> {
			setTitle("Encrypt this workspace");
			setMessage("Choose a passphrase of at least 8 characters; a few words are best. Without it, nobody, "
					+ "including you, can read these notes again: keep it somewhere safe.");
		}
		case CHANGE -> {
			setTitle("Change the passphrase");
			setMessage("Every file of the workspace is re-encrypted under the new passphrase, all at once.");
		}
		}
		Composite fields = new Composite(area, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(fields);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(fields);
		if (mode != Mode.CREATE) {
			current = field(fields, unlocks() ? "&Passphrase:" : "&Current passphrase:", "passphrase.current");
		}
		if (!unlocks()) {
			first = field(fields, "&New passphrase:", "passphrase.new");
			second = field(fields, "&Repeat it:", "passphrase.repeat");
		}
		return area;
	}

	private static Text field(Composite parent, String label, String id) {
		new Label(parent, SWT.NONE).setText(label);
		Text text = new Text(parent, SWT.BORDER | SWT.PASSWORD | SWT.SINGLE);
		text.setData(CasenotesUi.WIDGET_ID, id);
		GridDataFactory.fillDefaults().grab(true, false).hint(320, SWT.DEFAULT).applyTo(text);
		return text;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, unlocks() ? "&Unlock" : "&Encrypt", true);
		if (mode != Mode.RESUME) {
			// a locked window has no way out but the passphrase: quitting there could drop unsaved work
			createButton(parent, IDialogConstants.CANCEL_ID, mode == Mode.UNLOCK ? "&Quit" : IDialogConstants.CANCEL_LABEL, false);
		}
	}

	private boolean unlocks() {
		return mode == Mode.UNLOCK || mode == Mode.RESUME;
	}

	@Override
	protected void okPressed() {
		char[] old = current == null ? null : current.getTextChars();
		char[] neu = first == null ? null : first.getTextChars();
		char[] repeat = second == null ? null : second.getTextChars();
		try {
			if (neu != null && !Arrays.equals(neu, repeat)) {
				fail("The two new passphrases differ; type it again in both fields.", second);
				return;
			}
			StoreException[] failure = new StoreException[1];
			BusyIndicator.showWhile(getShell().getDisplay(), () -> {
				try {
					switch (mode) {
					// the store checks the passphrase again even when it is unlocked already
					case UNLOCK, RESUME -> store.unlock(old);
					case CREATE -> store.createPassphrase(neu);
					case CHANGE -> store.changePassphrase(old, neu);
					}
				} catch (StoreException e) {
					failure[0] = e;
				}
			});
			if (failure[0] != null) {
				fail(failure[0].getMessage(), current != null ? current : first);
				return;
			}
		} finally {
			for (char[] chars : new char[][] { old, neu, repeat }) {
				if (chars != null) {
					Arrays.fill(chars, '\0');
				}
			}
		}
		super.okPressed();
	}

	/** The message of the last refusal, or null. */
	public String error() {
		return error;
	}

	private void fail(String message, Text field) {
		error = message;
		setErrorMessage(message);
		field.setText("");
		field.setFocus();
	}
}
