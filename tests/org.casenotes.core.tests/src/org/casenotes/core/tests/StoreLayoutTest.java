/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.casenotes.core.Practices;
import org.casenotes.core.internal.Backups;
import org.casenotes.core.internal.CasenotesXmi;
import org.casenotes.core.internal.StoreLayout;
import org.casenotes.core.internal.XmiPracticeStore;
import org.casenotes.core.internal.demo.DemoPractice;
import org.casenotes.model.CaseFile;
import org.casenotes.model.CasenotesFactory;
import org.casenotes.model.CasenotesPackage;
import org.casenotes.model.Client;
import org.casenotes.model.Note;
import org.casenotes.model.Practice;
import org.casenotes.model.Section;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.InternalEList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The layout on disk: one file per case file and identity sheet, the log apart, each read when first used; a
 * save writes only what changed, several files all or none; a file that cannot be read is refused on its own.
 */
class StoreLayoutTest {

	@TempDir
	Path workspace;

	@RegisterExtension
	final OneStoreAtATime stores = new OneStoreAtATime();

	private XmiPracticeStore open() {
		return stores.open(workspace);
	}

	private static List<String> loaded(Practice practice) {
		return practice.eResource().getResourceSet().getResources().stream().filter(Resource::isLoaded)
				.map(r -> r.getURI().lastSegment()).sorted().toList();
	}

	private Map<String, byte[]> files() throws IOException {
		Map<String, byte[]> files = new TreeMap<>();
		try (Stream<Path> all = Files.walk(workspace)) {
			for (Path file : all.filter(Files::isRegularFile).toList()) {
				files.put(workspace.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
			}
		}
		files.remove(".lock");
		return files;
	}

	@Test
	void everyCaseFileAndIdentitySheetHasAFileAndIsReadWhenFirstUsed() throws Exception {
		XmiPracticeStore store = open();
		store.createDemoPractice();
		Practice demo = store.practice();
		int caseFiles = demo.getClients().stream().mapToInt(c -> c.getCaseFiles().size()).sum();
		int sheets = (int) demo.getClients().stream().filter(c -> c.getIdentitySheet() != null).count();
		String noteText = demo.getClients().get(0).getCaseFiles().get(0).getNotes().get(0).getSections().get(0).getText();

		Map<String, byte[]> files = files();
		assertEquals(caseFiles, files.keySet().stream().filter(n -> n.startsWith(StoreLayout.CASE_FILES + "/")).count());
		assertEquals(sheets, files.keySet().stream().filter(n -> n.startsWith(StoreLayout.IDENTITY_SHEETS + "/")).count());
		assertTrue(files.containsKey(StoreLayout.LOG));
		String index = new String(files.get(XmiPracticeStore.FILE_NAME), StandardCharsets.UTF_8);
		assertFalse(index.contains(noteText.substring(0, 30)), "no note text in the practice file");
		assertTrue(index.contains("href=\"casefiles/"), "case files are referred to, relative to the workspace: " + index);

		Practice reopened = open().practice();
		assertEquals(List.of(XmiPracticeStore.FILE_NAME), loaded(reopened), "opening reads the practice file only");
		assertEquals(demo.getClients().size(), reopened.getClients().size());
		CaseFile first = reopened.getClients().get(0).getCaseFiles().get(0);
		assertEquals(noteText, first.getNotes().get(0).getSections().get(0).getText());
		assertEquals(2, loaded(reopened).size(), "opening a case file reads that file: " + loaded(reopened));
		assertNotNull(reopened.getClients().get(0).getIdentitySheet());
		assertEquals(3, loaded(reopened).size(), "and the identity sheet when it is needed");
	}

	@Test
	void aSaveWritesOnlyTheFileThatChanged() throws Exception {
		open().createDemoPractice();
		Map<String, byte[]> before = files();
		XmiPracticeStore store = open();
		CaseFile caseFile = store.practice().getClients().get(1).getCaseFiles().get(0);
		Section section = caseFile.getNotes().get(0).getSections().get(0);
		section.setText(section.getText() + " Reviewed.");
		store.save();

		Map<String, byte[]> after = files();
		String name = StoreLayout.CASE_FILES + "/" + caseFile.eResource().getURI().lastSegment();
		List<String> changed = new ArrayList<>();
		for (Map.Entry<String, byte[]> file : after.entrySet()) {
			if (!before.containsKey(file.getKey()) || !java.util.Arrays.equals(before.get(file.getKey()), file.getValue())) {
				changed.add(file.getKey());
			}
		}
		assertEquals(List.of(Backups.FOLDER + "/" + name + ".1", name), changed);
		assertArrayEquals(before.get(name), after.get(Backups.FOLDER + "/" + name + ".1"), "the previous version is its backup");
	}

	@Test
	void aWorkspaceSavedAsOneFileIsSplitOnItsNextSaveAndKeepsItsIds() throws Exception {
		// a practice as the store wrote it before it had one file per case: everything inline in one resource
		Resource legacy = CasenotesXmi.newResourceSet().createResource(URI.createFileURI(workspace.resolve(XmiPracticeStore.FILE_NAME).toString()));
		Practice practice = CasenotesFactory.eINSTANCE.createPractice();
		practice.setConsultationLog(CasenotesFactory.eINSTANCE.createConsultationLog());
		legacy.getContents().add(practice);
		DemoPractice.populate(practice);
		legacy.save(CasenotesXmi.saveOptions());
		Note note = practice.getClients().get(0).getCaseFiles().get(0).getNotes().get(0);
		String id = legacy.getURIFragment(note);
		String text = note.getSections().get(0).getText();

		XmiPracticeStore store = open();
		assertEquals(text, ((Note) Practices.withId(store.practice(), id)).getSections().get(0).getText(), "the old layout opens as it is");
		store.practice().setName("Split");
		store.save();
		assertTrue(Files.isDirectory(workspace.resolve(StoreLayout.CASE_FILES)));

		Practice split = open().practice();
		Note found = (Note) Practices.withId(split, id);
		assertNotNull(found, "the note keeps its id in its new file");
		assertEquals(text, found.getSections().get(0).getText());
		assertTrue(found.eResource().getURI().toString().contains("/" + StoreLayout.CASE_FILES + "/"));
		assertFalse(found.getDecisions().isEmpty() && !note.getDecisions().isEmpty(), "links to decisions in the log survive");
		assertEquals(note.getDecisions().size(), found.getDecisions().size());
	}

	@Test
	void aNewCaseFileAndThePracticeListingItAreWrittenTogether() throws Exception {
		XmiPracticeStore store = open();
		store.createDemoPractice();
		Client client = store.practice().getClients().get(0);
		CaseFile added = CasenotesFactory.eINSTANCE.createCaseFile();
		added.setTitle("Couples work");
		client.getCaseFiles().add(added);
		store.save();
		String name = StoreLayout.CASE_FILES + "/" + added.eResource().getURI().lastSegment();
		byte[] indexWith = Files.readAllBytes(workspace.resolve(XmiPracticeStore.FILE_NAME));
		byte[] caseFile = Files.readAllBytes(workspace.resolve(name));
		byte[] indexWithout = Files.readAllBytes(workspace.resolve(Backups.FOLDER).resolve(XmiPracticeStore.FILE_NAME + ".1"));
		stores.closeAll();

		// killed after the journal was written, before the renames: the next start finishes the save
		Files.write(workspace.resolve(XmiPracticeStore.FILE_NAME), indexWithout);
		Files.delete(workspace.resolve(name));
		Files.write(workspace.resolve(XmiPracticeStore.FILE_NAME + ".pending"), indexWith);
		Files.write(workspace.resolve(name + ".pending"), caseFile);
		Files.writeString(workspace.resolve("save.journal"), "write " + name + "\nwrite " + XmiPracticeStore.FILE_NAME + "\n");
		XmiPracticeStore finished = open();
		assertEquals("Couples work", titles(finished.practice().getClients().get(0)).get(titles(finished.practice().getClients().get(0)).size() - 1));
		assertEquals(List.of(), finished.notices(), "a committed save is finished without loss");
		assertFalse(Files.exists(workspace.resolve("save.journal")));
		stores.closeAll();

		// killed before the journal: neither file changes, and the user is told the save was interrupted
		Files.write(workspace.resolve(XmiPracticeStore.FILE_NAME), indexWithout);
		Files.delete(workspace.resolve(name));
		Files.write(workspace.resolve(XmiPracticeStore.FILE_NAME + ".pending"), indexWith);
		Files.write(workspace.resolve(name + ".pending"), caseFile);
		XmiPracticeStore dropped = open();
		assertFalse(titles(dropped.practice().getClients().get(0)).contains("Couples work"));
		assertTrue(dropped.notices().get(0).startsWith("Casenotes was stopped while saving the practice on "), dropped.notices().toString());
		try (Stream<Path> left = Files.walk(workspace)) {
			assertEquals(List.of(), left.filter(p -> p.toString().endsWith(".pending")).toList());
		}
	}

	private static List<String> titles(Client client) {
		return client.getCaseFiles().stream().map(CaseFile::getTitle).toList();
	}

	@Test
	void aDamagedCaseFileIsRefusedWhileEverythingElseOpensAndItIsNeverWrittenOver() throws Exception {
		open().createDemoPractice();
		Path damaged;
		try (Stream<Path> caseFiles = Files.list(workspace.resolve(StoreLayout.CASE_FILES))) {
			damaged = caseFiles.sorted().findFirst().orElseThrow();
		}
		Files.writeString(damaged, "<?xml version=\"1.0\"?>\n<casenotes:CaseFile xmlns:casenotes=\"http://casenotes.org/model/1.0\" tit");
		byte[] garbage = Files.readAllBytes(damaged);

		XmiPracticeStore store = open();
		Practice practice = store.practice();
		int readable = 0;
		int refused = 0;
		for (Client client : practice.getClients()) {
			for (CaseFile caseFile : client.getCaseFiles()) {
				if (caseFile.eIsProxy()) {
					refused++;
				} else {
					readable++;
					assertFalse(caseFile.getNotes().isEmpty());
				}
			}
		}
		assertEquals(1, refused);
		assertTrue(readable > 0);
		assertEquals(1, store.refusedFiles().size());
		String notice = store.notices().get(0);
		assertTrue(notice.startsWith("Casenotes could not read the case file casefiles/" + damaged.getFileName()), notice);
		assertTrue(notice.contains("not a well-formed Casenotes file"), notice);

		practice.setName("Still saves");
		store.save();
		assertArrayEquals(garbage, Files.readAllBytes(damaged), "the damaged file is left as it was");
		Practice reopened = open().practice();
		assertEquals("Still saves", reopened.getName());
		long proxies = reopened.getClients().stream()
				.flatMap(c -> ((InternalEList<CaseFile>) c.getCaseFiles()).basicList().stream()).count();
		assertEquals(readable + refused, proxies, "the practice still lists the damaged case file");
	}

	@Test
	void aDamagedCaseFileWithABackupOpensTheBackupAndSaysSo() throws Exception {
		XmiPracticeStore store = open();
		store.createDemoPractice();
		CaseFile caseFile = store.practice().getClients().get(0).getCaseFiles().get(0);
		caseFile.setTitle("Second version");
		store.save();
		caseFile.setTitle("Third version");
		store.save();
		Path file = workspace.resolve(StoreLayout.CASE_FILES).resolve(caseFile.eResource().getURI().lastSegment());
		Files.writeString(file, "not xml");

		XmiPracticeStore reopened = open();
		assertEquals("Second version", reopened.practice().getClients().get(0).getCaseFiles().get(0).getTitle());
		assertTrue(reopened.notices().get(0).startsWith("The case file casefiles/" + file.getFileName() + " could not be read"),
				reopened.notices().toString());
		try (Stream<Path> caseFiles = Files.list(workspace.resolve(StoreLayout.CASE_FILES))) {
			assertTrue(caseFiles.anyMatch(p -> p.getFileName().toString().startsWith(file.getFileName() + ".damaged-")));
		}
	}

	@Test
	void anEncryptedWorkspaceHasNoPlaintextInAnyFileAndEveryFileOpens() throws Exception {
		XmiPracticeStore store = open();
		store.createDemoPractice();
		store.practice().getClients().get(0).getCaseFiles().get(0).setTitle("Renamed once");
		store.save(); // so that there are backups of a case file too
		store.createPassphrase("correct horse battery".toCharArray());
		Practice practice = store.practice();
		practice.getClients().get(1).getCaseFiles().get(0).setTitle("Written encrypted");
		store.save();
		List<String> plain = new ArrayList<>();
		for (Client client : practice.getClients()) {
			plain.add(client.getCode());
		}
		plain.add("Renamed once");
		plain.add("Written encrypted");
		files().forEach((name, bytes) -> {
			String text = new String(bytes, StandardCharsets.ISO_8859_1);
			for (String word : plain) {
				assertFalse(text.contains(word), name + " holds " + word);
			}
		});

		store.changePassphrase("correct horse battery".toCharArray(), "staple ocean window".toCharArray());
		XmiPracticeStore reopened = open();
		reopened.unlock("staple ocean window".toCharArray());
		int files = reopened.readAll();
		assertEquals(List.of(), reopened.refusedFiles());
		long onDisk = files().keySet().stream().filter(StoreLayout::isResource).count();
		assertEquals(onDisk, files, "every file of the practice opens under the new passphrase");
		assertEquals(List.of(), reopened.crypto().checkFiles().problems());
		EObject log = (EObject) reopened.practice().eGet(CasenotesPackage.Literals.PRACTICE__CONSULTATION_LOG);
		assertFalse(((org.casenotes.model.ConsultationLog) log).getDecisions().isEmpty());
	}
}
