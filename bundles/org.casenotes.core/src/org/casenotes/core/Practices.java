/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

import org.casenotes.model.CaseFile;
import org.casenotes.model.CasenotesFactory;
import org.casenotes.model.Client;
import org.casenotes.model.IdentitySheet;
import org.casenotes.model.Note;
import org.casenotes.model.NoteKind;
import org.casenotes.model.NoteStatus;
import org.casenotes.model.Practice;
import org.casenotes.model.Section;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * Clients, case files and notes created, renamed and archived, each change written at once. Clients are named
 * only by a pseudonymous code here: their names belong on the identity sheet.
 */
public final class Practices {

	/** What a client code looks like: letters, digits and dashes, no spaces ("C-0042", "K17"). */
	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,19}");

	private final PracticeStore store;

	/**
	 * The object with that stable id (its UUID) anywhere in the practice, or null. The files already read are
	 * searched first, then the consultation log; only an id found in none of them makes every case file be read.
	 */
	public static EObject withId(Practice practice, String id) {
		Resource index = practice.eResource();
		if (id == null || index == null) {
			return null;
		}
		for (Resource resource : index.getResourceSet() == null ? List.of(index) : List.copyOf(index.getResourceSet().getResources())) {
			EObject found = resource.isLoaded() ? resource.getEObject(id) : null;
			if (found != null && holds(practice, found)) {
				return found;
			}
		}
		EObject found = in(practice.getConsultationLog(), id);
		for (Client client : practice.getClients()) {
			for (int i = 0; found == null && i < client.getCaseFiles().size(); i++) {
				found = in(client.getCaseFiles().get(i), id); // read one by one: most searches end early
			}
		}
		return found;
	}

	private static EObject in(EObject file, String id) {
		return file == null || file.eResource() == null ? null : file.eResource().getEObject(id);
	}

	/** How many case files of the practice are not read from disk yet (each is read when first used). */
	public static int unreadCaseFiles(Practice practice) {
		int unread = 0;
		for (Client client : practice.getClients()) {
			for (CaseFile caseFile : ((InternalEList<CaseFile>) client.getCaseFiles()).basicList()) {
				unread += caseFile.eIsProxy() ? 1 : 0;
			}
		}
		return unread;
	}

	/**
	 * Reads every case file not read yet, one at a time, asking {@code next} after each whether to go on (a search
	 * of all note text needs them all; with years of notes that takes a moment). A file that cannot be read stays
	 * unread; the store has said why.
	 *
	 * @return whether every case file was tried, false when {@code next} stopped it
	 */
	public static boolean readCaseFiles(Practice practice, BooleanSupplier next) {
		for (Client client : practice.getClients()) {
			InternalEList<CaseFile> caseFiles = (InternalEList<CaseFile>) client.getCaseFiles();
			for (int i = 0; i < caseFiles.size(); i++) {
				if (caseFiles.basicGet(i).eIsProxy()) {
					caseFiles.get(i); // following the proxy reads the file
					if (!next.getAsBoolean()) {
						return false;
					}
				}
			}
		}
		return true;
	}

	/** Whether {@code object} is (still) part of {@code practice}, in whichever of its files. */
	public static boolean holds(Practice practice, EObject object) {
		return object != null && EcoreUtil.isAncestor(practice, object);
	}

	public Practices(PracticeStore store) {
		this.store = Objects.requireNonNull(store, "store");
	}

	/** The next free code in the C-0001 series. */
	public String nextClientCode() throws StoreException {
		int highest = 0;
		for (Client client : store.practice().getClients()) {
			if (client.getCode() != null && client.getCode().matches("C-\\d+")) {
				highest = Math.max(highest, Integer.parseInt(client.getCode().substring(2)));
			}
		}
		return String.format("C-%04d", highest + 1);
	}

	/**
	 * A new client with an empty identity sheet.
	 *
	 * @throws IllegalArgumentException when the code is not a code (a name typed by mistake) or is taken
	 */
	public Client createClient(String code) throws StoreException {
		Practice practice = store.practice();
		String c = checkCode(practice, code, null);
		Client client = CasenotesFactory.eINSTANCE.createClient();
		client.setCode(c);
		client.setIdentitySheet(CasenotesFactory.eINSTANCE.createIdentitySheet());
		practice.getClients().add(client);
		save(() -> practice.getClients().remove(client));
		return client;
	}

	public void renameClient(Client client, String code) throws StoreException {
		String old = client.getCode();
		client.setCode(checkCode(store.practice(), code, client));
		save(() -> client.setCode(old));
	}

	/** Hides a client from daily work; nothing is deleted. */
	public void setArchived(Client client, boolean archived) throws StoreException {
		boolean old = client.isArchived();
		client.setArchived(archived);
		save(() -> client.setArchived(old));
	}

	public CaseFile createCaseFile(Client client, String title) throws StoreException {
		CaseFile caseFile = CasenotesFactory.eINSTANCE.createCaseFile();
		caseFile.setTitle(checkTitle(title));
		caseFile.setOpenedOn(LocalDate.now());
		client.getCaseFiles().add(caseFile);
		save(() -> client.getCaseFiles().remove(caseFile));
		return caseFile;
	}

	public void renameCaseFile(CaseFile caseFile, String title) throws StoreException {
		String old = caseFile.getTitle();
		caseFile.setTitle(checkTitle(title));
		save(() -> caseFile.setTitle(old));
	}

	/** Closes a case file today (its notes stay); a closed file is archived work. */
	public void closeCaseFile(CaseFile caseFile) throws StoreException {
		LocalDate old = caseFile.getClosedOn();
		caseFile.setClosedOn(LocalDate.now());
		save(() -> caseFile.setClosedOn(old));
	}

	/** A new draft note of {@code kind} with its template's empty sections, for a session on {@code date}. */
	public Note createNote(CaseFile caseFile, NoteKind kind, LocalDate date) throws StoreException {
		Note note = CasenotesFactory.eINSTANCE.createNote();
		note.setKind(kind);
		note.setTitle(kind == NoteKind.FREE ? "Note" : kind.getLiteral() + " note");
		note.setSessionDate(date);
		note.setStatus(NoteStatus.DRAFT);
		for (String title : NoteTemplates.sections(kind)) {
			Section section = CasenotesFactory.eINSTANCE.createSection();
			section.setTitle(title);
			section.setText("");
			note.getSections().add(section);
		}
		caseFile.getNotes().add(note);
		save(() -> caseFile.getNotes().remove(note));
		return note;
	}

	/** Replaces what the client's identity sheet says with {@code edited} (a copy the user changed). */
	public void updateIdentitySheet(Client client, IdentitySheet edited) throws StoreException {
		if (client.getIdentitySheet() == null) {
			client.setIdentitySheet(CasenotesFactory.eINSTANCE.createIdentitySheet());
		}
		IdentitySheet before = EcoreUtil.copy(client.getIdentitySheet());
		IdentitySheetText.copy(edited, client.getIdentitySheet());
		save(() -> IdentitySheetText.copy(before, client.getIdentitySheet()));
	}

	private static String checkCode(Practice practice, String code, Client self) {
		String c = code == null ? "" : code.strip();
		if (!CODE.matcher(c).matches()) {
			throw new IllegalArgumentException("A client code is letters, digits and dashes, such as C-0042 (never the client's name).");
		}
		for (Client other : practice.getClients()) {
			if (other != self && c.equalsIgnoreCase(other.getCode())) {
				throw new IllegalArgumentException("The code " + c + " is already used by another client.");
			}
		}
		return c;
	}

	private static String checkTitle(String title) {
		String t = title == null ? "" : title.strip();
		if (t.isEmpty()) {
			throw new IllegalArgumentException("A case file needs a title.");
		}
		return t;
	}

	private void save(Runnable undo) throws StoreException {
		try {
			store.save();
		} catch (StoreException e) {
			undo.run();
			throw e;
		}
	}
}
