/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.casenotes.core.internal.XmiPracticeStore;

/** The stores a test opens on its workspace, one at a time, since one store holds a workspace's lock. */
final class OneStoreAtATime {

	private final List<XmiPracticeStore> opened = new ArrayList<>();

	/** Closes the stores opened before and opens a new one, as a restart of Casenotes would. */
	XmiPracticeStore open(Path workspace) {
		closeAll();
		XmiPracticeStore store = new XmiPracticeStore(workspace);
		opened.add(store);
		return store;
	}

	void closeAll() {
		opened.forEach(XmiPracticeStore::close);
		opened.clear();
	}
}
