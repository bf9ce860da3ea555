/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal.share;

import java.nio.file.Path;
import java.util.List;

import org.casenotes.core.PracticeStore;
import org.casenotes.core.StoreException;
import org.casenotes.core.share.ShareBlockedException;
import org.casenotes.core.share.SharePreview;
import org.casenotes.core.share.ShareService;
import org.casenotes.model.Note;
import org.casenotes.model.ShareRecord;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.Wizard;

/**
 * Takes notes to supervision or a peer group: choose the notes, their sections and the recipient, review every
 * finding of what leaves with the original and the shared text side by side, then write the packet. The
 * service's leak gate has the last word: when it blocks, the wizard stays open and says what and where.
 */
public final class ShareWizard extends Wizard {

	public static final String TITLE = "Share for Consultation";
	public static final String WRITTEN_TITLE = "Packet written";

	private final PracticeStore store;
	private final ShareSetupPage setup;
	private final ShareReviewPage review;
	private ShareRecord shared;

	public ShareWizard(PracticeStore store, List<Note> candidates, List<Note> selected) {
		this.store = store;
		setWindowTitle(TITLE);
		setNeedsProgressMonitor(false);
		setup = new ShareSetupPage(candidates, selected);
		review = new ShareReviewPage(store, setup::selectedNotes, setup::sharedSections);
		addPage(setup);
		addPage(review);
	}

	@Override
	public boolean canFinish() {
		return setup.isPageComplete() && review.isPageComplete() && getContainer().getCurrentPage() == review;
	}

	@Override
	public boolean performFinish() {
		SharePreview preview = review.preview();
		if (preview == null) {
			return false;
		}
		Path out = setup.output();
		try {
			shared = new ShareService(store).export(preview, setup.recipient(), setup.recipientKind(), setup.purpose(), out);
		} catch (ShareBlockedException e) {
			review.setErrorMessage("Not shared: " + e.reasons().get(0));
			MessageDialog.openError(getShell(), "Sharing blocked",
					"Nothing was written. Before it writes a packet, Casenotes reads the shared text again, and it found:\n\n\u2022 "
							+ String.join("\n\u2022 ", e.reasons()));
			return false;
		} catch (StoreException e) {
			MessageDialog.openError(getShell(), "Cannot write the packet", e.getMessage());
			return false;
		} catch (RuntimeException e) {
			// fail closed, and keep the exception (whose message might quote a note) out of the log
			MessageDialog.openError(getShell(), "Cannot write the packet",
					"Casenotes met an internal error (" + e.getClass().getSimpleName() + ") and shared nothing.");
			return false;
		}
		MessageDialog.openInformation(getShell(), WRITTEN_TITLE, preview.notes().size() + (preview.notes().size() == 1 ? " note" : " notes")
				+ " shared with " + setup.recipient() + " in\n" + out + "\n\nThe packet holds only the de-identified text. "
				+ "Feedback imported later is attached to your original notes.");
		return true;
	}

	/** What was shared, once the wizard finished. */
	public ShareRecord shared() {
		return shared;
	}

	public ShareSetupPage setupPage() {
		return setup;
	}

	public ShareReviewPage reviewPage() {
		return review;
	}
}
