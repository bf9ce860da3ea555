/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.casenotes.core.FindingDecisions;
import org.casenotes.core.PracticeStore;
import org.casenotes.core.StoreException;
import org.casenotes.core.share.ShareBlockedException;
import org.casenotes.core.share.SharePreview;
import org.casenotes.core.share.ShareService;
import org.casenotes.deid.ReplacementPolicy;
import org.casenotes.model.Note;
import org.casenotes.model.Practice;
import org.casenotes.model.RecipientKind;
import org.casenotes.model.ShareRecord;

/**
 * {@code casenotes share --note REF... --to NAME --out FILE}: writes a de-identified share packet. Findings the
 * therapist has not reviewed block it, listed; {@code --confirm-all} confirms them all for their cases, an
 * explicit act of the therapist. {@code --sections "Assessment,Plan"} shares only the sections of those titles.
 * The leak gate has the last word.
 */
final class ShareCommand extends AbstractCommand {

	private final OsgiServices services;

	ShareCommand(OsgiServices services) {
		super("share",
				"--note REF... [--sections TITLE,...] --to NAME [--kind supervisor|peer-group|ethics] [--purpose TEXT] [--confirm-all] --out FILE",
				"write de-identified notes (REF as 'list' shows, CLIENT/CASE/NOTE) to a .cnshare packet");
		this.services = services;
	}

	@Override
	public int run(List<String> args, Console console) {
		Set<String> refs = new LinkedHashSet<>();
		List<String> sectionArgs = new ArrayList<>();
		String to = null;
		String purpose = "";
		String out = null;
		RecipientKind kind = RecipientKind.SUPERVISOR;
		boolean confirmAll = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals("--help") || arg.equals("-h")) {
				console.out().println("usage: casenotes " + name() + " " + usage());
				console.out().println("  " + summary());
				console.out().println("  --sections shares only the sections of those titles (case ignored, comma-separated), in every note;");
				console.out().println("  the others stay on this computer, and only their findings in the sections shared need review");
				return OK;
			}
			if (arg.equals("--confirm-all")) {
				confirmAll = true;
				continue;
			}
			if (!List.of("--note", "--sections", "--to", "--kind", "--purpose", "--out").contains(arg)) {
				console.error("share: unknown argument " + arg);
				return USAGE;
			}
			if (i + 1 >= args.size()) {
				console.error("share: " + arg + " needs a value");
				return USAGE;
			}
			String value = args.get(++i);
			switch (arg) {
			case "--note" -> refs.add(value);
			case "--sections" -> sectionArgs.add(value);
			case "--to" -> to = value;
			case "--purpose" -> purpose = value;
			case "--out" -> out = value;
			default -> {
				kind = switch (value) {
				case "supervisor" -> RecipientKind.SUPERVISOR;
				case "peer-group" -> RecipientKind.PEER_GROUP;
				case "ethics" -> RecipientKind.ETHICS_CONSULTATION;
				default -> null;
				};
				if (kind == null) {
					console.error("share: --kind is supervisor, peer-group or ethics, not " + value);
					return USAGE;
				}
			}
			}
		}
		if (refs.isEmpty() || to == null || to.isBlank() || out == null) {
			console.error("share needs --note, --to and --out (see 'casenotes help share')");
			return USAGE;
		}
		SectionTitles sections = SectionTitles.parse(sectionArgs);
		if (!sectionArgs.isEmpty() && sections.isEmpty()) {
			console.error("share: --sections needs at least one section title, as in --sections \"Assessment,Plan\"");
			return USAGE;
		}
		PracticeStore store = services.practiceStore(console);
		if (store == null) {
			return FAILED;
		}
		try {
			Practice practice = store.practice();
			List<Note> notes = new ArrayList<>();
			for (String ref : refs) {
				Note note = NoteRefs.find(practice, ref);
				if (note == null) {
					console.error("share: no note " + ref + " (run 'casenotes list' for the references)");
					return FAILED;
				}
				notes.add(note);
			}
			if (!sections.isEmpty()) {
				String unknown = sections.unknown(notes);
				if (unknown != null) {
					console.error("share: " + unknown);
					return USAGE;
				}
			}
			SharePreview preview = sections.isEmpty() ? SharePreview.of(notes)
					: SharePreview.of(notes, ReplacementPolicy.standard(), sections.chosen());
			List<SharePreview.PendingFinding> pending = preview.unreviewed();
			if (!pending.isEmpty() && confirmAll) {
				FindingDecisions decisions = new FindingDecisions(store);
				for (SharePreview.PendingFinding finding : pending) {
					decisions.confirm(finding.note(), finding.text());
				}
				console.out().println("confirmed " + pending.size() + (pending.size() == 1 ? " finding" : " findings"));
			}
			ShareRecord record = new ShareService(store).export(preview, to, kind, purpose, Path.of(out));
			console.out().println("shared " + notes.size() + (notes.size() == 1 ? " note" : " notes") + sectionCount(preview) + " with "
					+ record.getRecipient() + " ("
					+ record.getRecipientKind().getLiteral() + ") in " + out + ", packet " + record.getPacketId());
			return OK;
		} catch (ShareBlockedException e) {
			console.error(e.getMessage() + (confirmAll ? "" : " (--confirm-all confirms every finding listed)"));
			for (String reason : e.reasons()) {
				console.err().println("  " + reason);
			}
			return FAILED;
		} catch (StoreException e) {
			console.error(e.getMessage());
			return FAILED;
		}
	}

	/** " (3 of 7 sections)" when some were left out, else nothing. */
	private static String sectionCount(SharePreview preview) {
		int shared = 0;
		int all = 0;
		for (SharePreview.NotePreview note : preview.notes()) {
			shared += note.sections().size();
			all += note.noteSections();
		}
		return shared == all ? "" : " (" + shared + " of " + all + " sections)";
	}
}
