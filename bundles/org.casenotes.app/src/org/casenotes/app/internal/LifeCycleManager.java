/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.app.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.casenotes.core.PracticeStore;
import org.casenotes.core.StoreException;
import org.casenotes.core.internal.XmiPracticeStore;
import org.casenotes.ui.internal.PassphraseDialog;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.workbench.lifecycle.PostContextCreate;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

/**
 * Opens the workspace's practice before the window appears: a practice that cannot be read is reported once,
 * in words, and the window then opens without it (nothing is written); {@value #DEMO_ARGUMENT} fills an empty
 * workspace with the synthetic demo practice.
 */
public class LifeCycleManager {

	public static final String DEMO_ARGUMENT = "--demo";

	@PostContextCreate
	void openPractice(IEclipseContext context) {
		setWindowImages();
		PracticeStore store = context.get(PracticeStore.class);
		if (store == null) {
			MessageDialog.openError(null, "Casenotes", "Casenotes could not find its workspace. Start it with -data FOLDER.");
			return;
		}
		boolean demo = Arrays.asList(Platform.getApplicationArgs()).contains(DEMO_ARGUMENT);
		try {
			if (!askForPassphrase(store, demo)) {
				// nothing has been read or written yet: leaving now loses nothing
				System.exit(0);
			}
			boolean empty = store.practice().getClients().isEmpty();
			if (!store.notices().isEmpty()) {
				// once, at start: the store recovered the practice and the user must know what may be missing
				MessageDialog.openWarning(null, "Casenotes recovered your practice", String.join("\n\n", store.notices()));
			}
			if (empty && demo) {
				store.createDemoPractice();
			}
		} catch (StoreException e) {
			MessageDialog.openError(null, "Casenotes cannot open this practice", e.getMessage());
		}
	}

	/**
	 * Unlocks an encrypted workspace, or has a new one (no practice yet) encrypted from its first save; false when
	 * the user cancels. A demo workspace holds synthetic records only and stays plaintext, which is also how the
	 * UI tests run without a passphrase (all but EncryptedStartTest, which starts on an encrypted workspace).
	 */
	private static boolean askForPassphrase(PracticeStore store, boolean demo) throws StoreException {
		if (store.needsPassphrase()) {
			return new PassphraseDialog(null, store, PassphraseDialog.Mode.UNLOCK).open() == Window.OK;
		}
		boolean fresh = !store.isEncrypted() && !java.nio.file.Files.exists(store.location().resolve(XmiPracticeStore.FILE_NAME));
		if (fresh && !demo) {
			return new PassphraseDialog(null, store, PassphraseDialog.Mode.CREATE).open() == Window.OK;
		}
		return true;
	}

	/**
	 * Pure e4 renders windows with JFace's default images but, unlike the 3.x workbench, never sets them from
	 * the product's {@code windowImages}: do it here, so the main window and every dialog carry the icon in
	 * all the sizes the desktop may ask for.
	 */
	private static void setWindowImages() {
		IProduct product = Platform.getProduct();
		String paths = product == null ? null : product.getProperty("windowImages");
		if (paths == null) {
			return;
		}
		List<Image> images = new ArrayList<>();
		for (String path : paths.split(",")) {
			URL url = product.getDefiningBundle().getEntry(path.strip());
			if (url == null) {
				continue;
			}
			try (InputStream in = url.openStream()) {
				images.add(new Image(Display.getCurrent(), in));
			} catch (IOException | RuntimeException e) {
				// a missing icon size is cosmetic; the others still apply
			}
		}
		if (!images.isEmpty()) {
			Window.setDefaultImages(images.toArray(Image[]::new));
		}
	}
}
