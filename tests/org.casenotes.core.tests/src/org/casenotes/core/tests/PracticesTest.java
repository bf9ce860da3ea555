/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.casenotes.core.Practices;
import org.casenotes.core.internal.XmiPracticeStore;
import org.casenotes.model.CaseFile;
import org.casenotes.model.Client;
import org.casenotes.model.Note;
import org.casenotes.model.NoteKind;
import org.casenotes.model.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PracticesTest {

	@TempDir
	Path workspace;

	@Test
	void clientsCaseFilesAndNotesFromTemplatesAreCreatedAndWritten() throws Exception {
		XmiPracticeStore store = new XmiPracticeStore(workspace);
		Practices practices = new Practices(store);
		assertEquals("C-0001", practices.nextClientCode());
		Client client = practices.createClient("C-0001");
		CaseFile caseFile = practices.createCaseFile(client, "Individual therapy");
		Note note = practices.createNote(caseFile, NoteKind.SOAP, LocalDate.of(2026, 11, 23));
		assertEquals(List.of("Subjective", "Objective", "Assessment", "Plan"), note.getSections().stream().map(Section::getTitle).toList());
		assertEquals("C-0002", practices.nextClientCode());

		Client reloaded = XmiPracticeStore.readOnly(workspace).practice().getClients().get(0);
		assertEquals("C-0001", reloaded.getCode());
		assertEquals("SOAP note", reloaded.getCaseFiles().get(0).getNotes().get(0).getTitle());
	}

	@Test
	void codesAreCodesAndUnique() throws Exception {
		XmiPracticeStore store = new XmiPracticeStore(workspace);
		Practices practices = new Practices(store);
		practices.createClient("C-0001");
		assertThrows(IllegalArgumentException.class, () -> practices.createClient("Jane Doe"), "a name is not a code");
		assertThrows(IllegalArgumentException.class, () -> practices.createClient("c-0001"), "taken");
	}

	@Test
	void archivingAndClosingKeepEverything() throws Exception {
		XmiPracticeStore store = new XmiPracticeStore(workspace);
		store.createDemoPractice();
		Practices practices = new Practices(store);
		Client client = store.practice().getClients().get(0);
		int notes = client.getCaseFiles().get(0).getNotes().size();
		practices.setArchived(client, true);
		practices.closeCaseFile(client.getCaseFiles().get(0));
		practices.renameClient(client, "C-0900");
		Client reloaded = XmiPracticeStore.readOnly(workspace).practice().getClients().stream().filter(c -> c.getCode().equals("C-0900"))
				.findFirst().orElseThrow();
		assertTrue(reloaded.isArchived());
		assertEquals(notes, reloaded.getCaseFiles().get(0).getNotes().size());
		assertTrue(reloaded.getCaseFiles().get(0).getClosedOn() != null);
	}
}
