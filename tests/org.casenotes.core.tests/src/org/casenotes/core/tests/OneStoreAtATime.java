/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.casenotes.core.internal.XmiPracticeStore;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The stores a test opens on its workspace, one at a time, since one store holds a workspace's lock; all are
 * closed after each test ({@code @RegisterExtension}).
 */
final class OneStoreAtATime implements AfterEachCallback {

	private final List<XmiPracticeStore> opened = new ArrayList<>();

	/** Closes the stores opened before and opens a new one, as a restart of Casenotes would. */
	XmiPracticeStore open(Path workspace) {
		closeAll();
		XmiPracticeStore store = new XmiPracticeStore(workspace);
		opened.add(store);
		return store;
	}

	@Override
	public void afterEach(ExtensionContext context) {
		closeAll();
	}

	void closeAll() {
		opened.forEach(XmiPracticeStore::close);
		opened.clear();
	}
}
