/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.swt.widgets.Control;

/**
 * Calls a refresh once, on the UI thread, after any change below a model object, however many notifications
 * a change sends (creating the demo practice sends hundreds).
 */
public final class RefreshOnChange extends EContentAdapter {

	private final EObject root;
	private final Control control;
	private final Runnable refresh;
	private boolean scheduled;

	private RefreshOnChange(EObject root, Control control, Runnable refresh) {
		this.root = root;
		this.control = control;
		this.refresh = refresh;
	}

	/** Watches {@code root} until {@code control} is disposed. */
	public static void install(EObject root, Control control, Runnable refresh) {
		RefreshOnChange adapter = new RefreshOnChange(root, control, refresh);
		root.eAdapters().add(adapter);
		control.addDisposeListener(e -> root.eAdapters().remove(adapter));
	}

	/** Watches what is read already; a case file not opened yet is not read just to be watched. */
	@Override
	protected boolean resolve() {
		return false;
	}

	@Override
	public void notifyChanged(Notification notification) {
		super.notifyChanged(notification);
		if (notification.isTouch() || scheduled || control.isDisposed()) {
			return;
		}
		scheduled = true;
		control.getDisplay().asyncExec(() -> {
			scheduled = false;
			if (!control.isDisposed() && root.eAdapters().contains(this)) {
				refresh.run();
			}
		});
	}
}
