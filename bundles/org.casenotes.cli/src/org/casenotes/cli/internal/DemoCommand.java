/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.cli.internal;

import java.util.List;

import org.casenotes.core.PracticeStore;
import org.casenotes.core.StoreException;

final class DemoCommand extends AbstractCommand {

	private final OsgiServices services;

	DemoCommand(OsgiServices services) {
		super("demo", "", "fill an empty workspace with the synthetic demo practice");
		this.services = services;
	}

	@Override
	public int run(List<String> args, Console console) {
		PracticeStore store = services.practiceStore(console);
		if (store == null) {
			return FAILED;
		}
		try {
			store.createDemoPractice();
		} catch (StoreException e) {
			console.error(e.getMessage());
			return FAILED;
		}
		console.out().println("Created the demo practice in " + store.location());
		return OK;
	}
}
