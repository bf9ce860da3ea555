/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.cli.internal;

import java.nio.file.Path;
import java.util.List;

import org.casenotes.core.PracticeStore;
import org.casenotes.core.StoreException;
import org.casenotes.core.share.PacketException;
import org.casenotes.core.share.ShareService;
import org.casenotes.model.ReceivedPacket;

/**
 * {@code casenotes import FILE}: a share packet (the supervisor's side) or feedback on one (the therapist's side),
 * told apart by its manifest. Prints what was imported, never the notes' text.
 */
final class ImportCommand extends AbstractCommand {

	private final OsgiServices services;

	ImportCommand(OsgiServices services) {
		super("import", "FILE", "import a share packet (.cnshare) or the feedback on one (.cnfeedback)");
		this.services = services;
	}

	@Override
	public int run(List<String> args, Console console) {
		if (args.size() == 1 && (args.get(0).equals("--help") || args.get(0).equals("-h"))) {
			console.out().println("usage: casenotes " + name() + " " + usage());
			console.out().println("  " + summary());
			return OK;
		}
		if (args.size() != 1 || args.get(0).startsWith("--")) {
			console.error("import takes one FILE");
			return USAGE;
		}
		PracticeStore store = services.practiceStore(console);
		if (store == null) {
			return FAILED;
		}
		Path file = Path.of(args.get(0));
		ShareService service = new ShareService(store);
		try {
			if (ShareService.kindOf(file) == ShareService.PacketKind.SHARE) {
				ReceivedPacket received = service.importPacket(file);
				int notes = received.getPacket().getNotes().size();
				console.out().println("imported share packet " + received.getPacket().getPacketId() + ": " + notes + (notes == 1 ? " note" : " notes")
						+ " from " + received.getPacket().getSender() + " for " + received.getPacket().getRecipient());
			} else {
				ShareService.FeedbackImport imported = service.importFeedback(file);
				console.out().println("imported feedback on packet " + imported.feedback().getPacketId() + " by " + imported.feedback().getReviewer()
						+ " (" + imported.feedback().getAssessment().getLiteral() + "): " + imported.comments()
						+ (imported.comments() == 1 ? " comment" : " comments") + " on " + imported.notes().size()
						+ (imported.notes().size() == 1 ? " note" : " notes"));
			}
			return OK;
		} catch (PacketException | StoreException e) {
			console.error(e.getMessage());
			return FAILED;
		}
	}
}
