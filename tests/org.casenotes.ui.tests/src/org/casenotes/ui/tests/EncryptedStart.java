/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.tests;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Collection;

import org.casenotes.core.internal.XmiPracticeStore;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Sets the stage for {@link EncryptedStartTest}. The application asks for the passphrase before its window
 * exists, so before any test method runs: this bundle is therefore started with the framework (the
 * {@code encrypted-start} execution in pom.xml), encrypts the workspace the application is about to open and
 * leaves {@link UnlockAtStart} waiting for the dialog. Without {@value #PROPERTY} it does nothing, so the demo
 * workspace of the other UI tests is never touched.
 * <p>
 * Quitting at the unlock dialog ends the application with status 0, which Tycho takes for success without
 * looking for test results: so the run ends with {@value #FAILED} whenever it ends before the test has run.
 */
public class EncryptedStart implements BundleActivator {

	static final String PROPERTY = "casenotes.tests.encryptedStart";

	static final String PASSPHRASE = "correct horse battery staple";

	/** Tycho fails the execution on any status but 0 (1 as "an unexpected error", with the process log). */
	static final int FAILED = 1;

	private static volatile Path workspace;

	private static volatile boolean tested;

	@Override
	public void start(BundleContext context) {
		if (!Boolean.getBoolean(PROPERTY)) {
			return;
		}
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			if (!tested) {
				endRun("the application ended before EncryptedStartTest ran");
			}
		}, "Casenotes encrypted start guard"));
		try {
			workspace = instanceArea(context);
			XmiPracticeStore store = new XmiPracticeStore(workspace);
			try {
				store.createDemoPractice();
				store.createPassphrase(PASSPHRASE.toCharArray());
			} finally {
				// the application's own store must be able to take the workspace lock
				store.close();
			}
		} catch (Throwable t) {
			// thrown here, it would only be logged; recorded, the test fails on it
			UnlockAtStart.failed(new AssertionError("the encrypted workspace could not be prepared", t));
		}
		// even after a failed setup: whatever dialog then blocks the start is closed instead of hanging the build
		UnlockAtStart.begin(PASSPHRASE);
	}

	@Override
	public void stop(BundleContext context) {
		// the driver is a daemon thread that ends on its own
	}

	/** Called by the test: from now on, the run ends the ordinary way and Tycho reads the test's result. */
	static void testRan() {
		tested = true;
	}

	/** Ends the test JVM with {@value #FAILED} at once; from a shutdown hook too, where only halting ends it. */
	static void endRun(String why) {
		System.err.println("EncryptedStart: " + why + "; failing the run (status " + FAILED + ")");
		Runtime.getRuntime().halt(FAILED);
	}

	/** The workspace that was encrypted, or null when the setup did not get that far. */
	static Path workspace() {
		return workspace;
	}

	/** The folder the application's store opens: the OSGi instance area, set by -data. */
	private static Path instanceArea(BundleContext context) throws Exception {
		Collection<ServiceReference<Location>> references = context.getServiceReferences(Location.class, "(type=osgi.instance.area)");
		if (references.isEmpty()) {
			throw new IllegalStateException("no instance location: the execution must set -data");
		}
		ServiceReference<Location> reference = references.iterator().next();
		try {
			URL url = context.getService(reference).getURL();
			try {
				return Path.of(url.toURI()).toAbsolutePath();
			} catch (URISyntaxException e) {
				// Equinox location URLs are not always encoded (a space in the path)
				return Path.of(url.getPath()).toAbsolutePath();
			}
		} finally {
			context.ungetService(reference);
		}
	}
}
