/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

import org.eclipse.emf.common.util.URI;

/**
 * A resource of the store. EMF loads it on demand, when a containment proxy (a case file listed in the practice)
 * is first followed; the store then reads the file its own way (decrypted, recovered from a backup when damaged)
 * instead of through EMF's URI converter, which knows neither.
 */
final class StoreResource extends CasenotesXmi.CasenotesResource {

	/** Reads the file of a resource into it, or fails with the reason the user is told. */
	interface Loader {
		void load(StoreResource resource) throws IOException;
	}

	private final Loader loader;

	StoreResource(URI uri, Loader loader) {
		super(uri);
		this.loader = loader;
		setTrackingModification(true); // a save writes only the resources that changed
	}

	@Override
	public void load(Map<?, ?> options) throws IOException {
		if (!isLoaded()) {
			loader.load(this);
		}
	}

	/** Parses the file's plaintext; the one place a stored resource's bytes become objects. */
	void parse(byte[] plaintext) throws IOException {
		load(new ByteArrayInputStream(plaintext), CasenotesXmi.loadOptions());
	}
}
