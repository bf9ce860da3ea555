/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.internal;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.casenotes.core.PracticeStore;
import org.casenotes.core.StoreException;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The store of the workspace the application was started on (-data, or the product's default), as the
 * Declarative Services component the UI and the commands get. A class of its own so that DS sees exactly one
 * public constructor: {@link XmiPracticeStore}'s constructor on a folder is for tests and tools.
 */
@Component(service = PracticeStore.class)
public final class InstanceAreaPracticeStore extends XmiPracticeStore {

	@Activate
	public InstanceAreaPracticeStore(@Reference(target = "(type=osgi.instance.area)") Location instanceLocation) throws StoreException {
		super(folderOf(instanceLocation));
	}

	/** Lets another process open the workspace when the application (or command) ends. */
	@Deactivate
	void deactivate() {
		close();
	}

	private static Path folderOf(Location instanceLocation) throws StoreException {
		if (instanceLocation == null || !instanceLocation.isSet()) {
			throw new StoreException("No workspace folder is set: start Casenotes with -data FOLDER.");
		}
		try {
			return Path.of(instanceLocation.getURL().toURI());
		} catch (URISyntaxException | IllegalArgumentException e) {
			// Equinox location URLs are not always encoded (a space in the path)
			return Path.of(instanceLocation.getURL().getPath());
		}
	}
}
