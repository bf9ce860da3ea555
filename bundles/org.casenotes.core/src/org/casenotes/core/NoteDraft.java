/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core;

import java.util.List;
import java.util.Objects;

import org.casenotes.model.CasenotesPackage;
import org.casenotes.model.Note;
import org.casenotes.model.NoteStatus;
import org.casenotes.model.Section;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;

/**
 * A note being edited: a working copy with its own command stack, so each editor undoes its own edits and
 * saving one note never writes another editor's unsaved words. {@link #save()} copies the draft into the
 * practice and writes it; the undo history survives the save.
 */
public final class NoteDraft {

	private final PracticeStore store;
	private final Note original;
	private final Note draft;
	private final AdapterFactoryEditingDomain domain;
	private final BasicCommandStack commands = new BasicCommandStack();

	private NoteDraft(PracticeStore store, Note original) {
		this.store = store;
		this.original = original;
		this.draft = EcoreUtil.copy(original);
		// the copy lives in a resource of its own: commands need one, and the practice must not see it
		Resource resource = new ResourceImpl();
		resource.getContents().add(draft);
		ResourceSetImpl resources = new ResourceSetImpl();
		resources.getResources().add(resource);
		domain = EditingDomains.create(commands, resources);
	}

	/** A draft of {@code note}, which must belong to {@code store}'s practice. */
	public static NoteDraft open(PracticeStore store, Note note) {
		return new NoteDraft(Objects.requireNonNull(store, "store"), Objects.requireNonNull(note, "note"));
	}

	/** The working copy the editor shows and changes (through {@link #domain()}). */
	public Note note() {
		return draft;
	}

	/** The note in the practice this draft saves into. */
	public Note original() {
		return original;
	}

	public EditingDomain domain() {
		return domain;
	}

	/** Whether the draft holds edits that are not saved. */
	public boolean isDirty() {
		return commands.isSaveNeeded();
	}

	/** A signed note is a record: it changes only by an addendum, never in its sections. */
	public boolean isSigned() {
		return original.getStatus() == NoteStatus.SIGNED;
	}

	/** Sets a section's text as one undoable edit; refused (false) on a signed note or when nothing changes. */
	public boolean setSectionText(Section section, String text) {
		return set(section, CasenotesPackage.Literals.SECTION__TEXT, text);
	}

	public boolean set(org.eclipse.emf.ecore.EObject owner, EStructuralFeature feature, Object value) {
		if (isSigned() || Objects.equals(owner.eGet(feature), value)) {
			return false;
		}
		Command command = SetCommand.create(domain, owner, feature, value);
		if (!command.canExecute()) {
			return false;
		}
		commands.execute(command);
		return true;
	}

	/**
	 * Puts the text of a recovered copy back into the draft, as one undoable edit (so the therapist can look
	 * and undo). False when nothing differs or the note is signed.
	 */
	public boolean restoreFrom(Note copy) {
		if (isSigned()) {
			return false;
		}
		org.eclipse.emf.common.command.CompoundCommand restore = new org.eclipse.emf.common.command.CompoundCommand("Restore unsaved changes");
		List<Section> sections = draft.getSections();
		for (int i = 0; i < Math.min(sections.size(), copy.getSections().size()); i++) {
			String text = copy.getSections().get(i).getText();
			if (!Objects.equals(sections.get(i).getText(), text)) {
				restore.append(SetCommand.create(domain, sections.get(i), CasenotesPackage.Literals.SECTION__TEXT, text));
			}
		}
		if (restore.isEmpty() || !restore.canExecute()) {
			return false;
		}
		commands.execute(restore);
		return true;
	}

	/** Whether a copy of this note holds section text that the draft does not. */
	public boolean differsFrom(Note copy) {
		List<Section> sections = draft.getSections();
		if (sections.size() != copy.getSections().size()) {
			return true;
		}
		for (int i = 0; i < sections.size(); i++) {
			if (!Objects.equals(sections.get(i).getText(), copy.getSections().get(i).getText())) {
				return true;
			}
		}
		return false;
	}

	public boolean canUndo() {
		return commands.canUndo();
	}

	public boolean canRedo() {
		return commands.canRedo();
	}

	public void undo() {
		commands.undo();
	}

	public void redo() {
		commands.redo();
	}

	public void addListener(CommandStackListener listener) {
		commands.addCommandStackListener(listener);
	}

	public void removeListener(CommandStackListener listener) {
		commands.removeCommandStackListener(listener);
	}

	/**
	 * Copies the draft into the practice and writes the practice.
	 *
	 * @throws StoreException when writing fails; the draft keeps its edits and stays dirty
	 * @throws IllegalStateException when the note was signed meanwhile
	 */
	public void save() throws StoreException {
		if (isSigned()) {
			throw new IllegalStateException("a signed note is changed only by an addendum");
		}
		copyInto(original);
		store.save();
		commands.saveIsDone();
	}

	private void copyInto(Note target) {
		target.setTitle(draft.getTitle());
		target.setKind(draft.getKind());
		target.setSessionDate(draft.getSessionDate());
		List<Section> from = draft.getSections();
		List<Section> to = target.getSections();
		for (int i = 0; i < from.size(); i++) {
			if (i < to.size()) {
				to.get(i).setTitle(from.get(i).getTitle());
				to.get(i).setText(from.get(i).getText());
			} else {
				to.add(EcoreUtil.copy(from.get(i)));
			}
		}
		while (to.size() > from.size()) {
			to.remove(to.size() - 1);
		}
	}
}
