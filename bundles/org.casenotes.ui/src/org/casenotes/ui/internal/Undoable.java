/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal;

/** A part with its own command stack: Edit > Undo and Redo act on the active one. */
public interface Undoable {

	boolean canUndo();

	boolean canRedo();

	void undo();

	void redo();
}
