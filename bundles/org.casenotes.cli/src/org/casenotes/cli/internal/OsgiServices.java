/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.cli.internal;

import java.util.Optional;

import org.casenotes.core.PracticeStore;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** The commands' way to the OSGi services (the practice store and, later, the engine). */
public class OsgiServices {

	public <S> Optional<S> get(Class<S> type) {
		BundleContext context = FrameworkUtil.getBundle(OsgiServices.class).getBundleContext();
		if (context == null) {
			return Optional.empty();
		}
		ServiceReference<S> reference = context.getServiceReference(type);
		return reference == null ? Optional.empty() : Optional.ofNullable(context.getService(reference));
	}

	/** The workspace's store, or null after telling the user why there is none. */
	public PracticeStore practiceStore(Console console) {
		PracticeStore store = get(PracticeStore.class).orElse(null);
		if (store == null) {
			console.error("no workspace: run with -data FOLDER");
		}
		return store;
	}
}
