/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.decisions;

import org.casenotes.core.AuditTrail;
import org.casenotes.core.PracticeStore;
import org.casenotes.core.StoreException;

/**
 * Steps that count as done only once both the practice and their audit entry are on disk, as in
 * {@link org.casenotes.core.NoteRecords}: a damaged trail stops a step before anything changes, and a trail that
 * cannot be written afterwards undoes the step and saves again, so the log never changes unrecorded.
 */
final class AuditedSteps {

	/** How a step is taken back when its audit entry could not be written. */
	interface Undo {
		void run() throws StoreException;
	}

	private final PracticeStore store;
	private final AuditTrail trail;

	AuditedSteps(PracticeStore store) {
		this.store = store;
		this.trail = new AuditTrail(store.location());
	}

	/** Refuses to start a step whose audit entry could not be chained: nothing has changed yet. */
	void checkTrail(String what) throws StoreException {
		try {
			trail.checkIntact();
		} catch (StoreException e) {
			throw new StoreException("Casenotes did not " + what + ", because it could not be recorded. " + e.getMessage()
					+ " Run \u201Ccasenotes verify\u201D for details.", e);
		}
	}

	/** Saves the practice; when that fails the model change is undone, so what is shown is what is on disk. */
	void save(Runnable undo) throws StoreException {
		try {
			store.save();
		} catch (StoreException e) {
			undo.run();
			throw e;
		}
	}

	/**
	 * Appends the audit entry of a saved step; when that fails the step is undone (the model change and, with
	 * it, the practice on disk) and the failure reported.
	 */
	void record(String actor, String action, String subject, String detail, Runnable undoModel) throws StoreException {
		recordOrUndo(actor, action, subject, detail, () -> {
			undoModel.run();
			store.save();
		});
	}

	/** As above, with an undo of the caller's own (a report file to delete rather than a model to restore). */
	void recordOrUndo(String actor, String action, String subject, String detail, Undo undo) throws StoreException {
		try {
			trail.append(actor, action, subject, detail);
		} catch (StoreException e) {
			try {
				undo.run();
			} catch (StoreException again) {
				e.addSuppressed(again);
				throw new StoreException("The step was done but could not be recorded in the audit trail, and undoing it failed too: "
						+ again.getMessage() + " Cause: " + e.getMessage(), e);
			}
			throw new StoreException("Nothing was changed: the step could not be recorded in the audit trail. " + e.getMessage(), e);
		}
	}
}
