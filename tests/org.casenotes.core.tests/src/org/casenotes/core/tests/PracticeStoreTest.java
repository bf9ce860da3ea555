/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.casenotes.core.PracticeStore;
import org.casenotes.core.StoreException;
import org.casenotes.core.internal.Backups;
import org.casenotes.core.internal.StoreLayout;
import org.casenotes.core.internal.WorkspaceLock;
import org.casenotes.core.internal.XmiPracticeStore;
import org.casenotes.model.BoundaryDecision;
import org.casenotes.model.Client;
import org.casenotes.model.Note;
import org.casenotes.model.NoteStatus;
import org.casenotes.model.Practice;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

class PracticeStoreTest {

	@TempDir
	Path workspace;

	@Test
	void aNewWorkspaceHasAnEmptyPracticeAndNoFileUntilSaved() throws Exception {
		XmiPracticeStore store = new XmiPracticeStore(workspace);
		Practice practice = store.practice();
		assertTrue(practice.getClients().isEmpty());
		assertNotNull(practice.getConsultationLog());
		assertFalse(Files.exists(workspace.resolve(XmiPracticeStore.FILE_NAME)));
		store.save();
		assertTrue(Files.exists(workspace.resolve(XmiPracticeStore.FILE_NAME)));
	}

	@Test
	void theDemoPracticeIsValidAndSurvivesAReload() throws Exception {
		XmiPracticeStore store = new XmiPracticeStore(workspace);
		store.createDemoPractice();
		Practice demo = store.practice();
		assertEquals(List.of("C-0042", "C-0057", "C-0063"), demo.getClients().stream().map(Client::getCode).toList());
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(demo);
		assertEquals(Diagnostic.OK, diagnostic.getSeverity(), diagnostic::toString);
		assertTrue(demo.getClients().stream().flatMap(c -> c.getCaseFiles().stream()).flatMap(f -> f.getNotes().stream())
				.anyMatch(n -> n.getStatus() == NoteStatus.SIGNED && !n.getAddenda().isEmpty()), "a signed note with an addendum");

		Practice reloaded = XmiPracticeStore.readOnly(workspace).practice();
		assertTrue(EcoreUtil.equals(demo, reloaded));
		for (BoundaryDecision decision : reloaded.getConsultationLog().getDecisions()) {
			assertSame(reloaded, decision.getClient().eContainer(), "decisions point at the reloaded clients");
		}
		Note note = reloaded.getClients().get(0).getCaseFiles().get(0).getNotes().get(0);
		assertEquals(EcoreUtil.getURI(store.practice().getClients().get(0).getCaseFiles().get(0).getNotes().get(0)).fragment(),
				EcoreUtil.getURI(note).fragment(), "objects keep their UUIDs across saves");
	}

	@Test
	void theDemoIsNeverMixedWithRealClients() throws Exception {
		XmiPracticeStore store = new XmiPracticeStore(workspace);
		store.createDemoPractice();
		StoreException refused = assertThrows(StoreException.class, store::createDemoPractice);
		assertTrue(refused.getMessage().contains("already has clients"), refused.getMessage());
		assertEquals(3, store.practice().getClients().size());
	}

	@Test
	void aMalformedPracticeFileIsReportedAndNeverOverwritten() throws Exception {
		Path file = workspace.resolve(XmiPracticeStore.FILE_NAME);
		byte[] garbage = "<?xml version=\"1.0\"?>\n<casenotes:Practice xmlns:casenotes=\"http://casenotes.org/model/1.0\" name=\"x\">\n<clients"
				.getBytes(StandardCharsets.UTF_8);
		Files.write(file, garbage);
		XmiPracticeStore store = new XmiPracticeStore(workspace);
		StoreException error = assertThrows(StoreException.class, store::practice);
		assertTrue(error.getMessage().contains(file.toString()), error.getMessage());
		assertTrue(error.getMessage().contains("not a well-formed Casenotes file"), error.getMessage());
		assertFalse(error.getMessage().contains("Exception"), "no exception class names for the user: " + error.getMessage());
		assertThrows(StoreException.class, store::save);
		assertThrows(StoreException.class, store::createDemoPractice);
		assertArrayEquals(garbage, Files.readAllBytes(file), "the file is left exactly as it was");
	}

	@Test
	void aFileFromAnotherProgramIsRefused() throws Exception {
		Path file = workspace.resolve(XmiPracticeStore.FILE_NAME);
		Files.writeString(file, "<?xml version=\"1.0\"?>\n<html><body>not a practice</body></html>\n");
		StoreException error = assertThrows(StoreException.class, () -> XmiPracticeStore.readOnly(workspace).practice());
		assertTrue(error.getMessage().startsWith("Casenotes could not read the practice file"), error.getMessage());
	}

	@Test
	void externalEntitiesAreNeverResolved() throws Exception {
		Path secret = workspace.resolve("secret.txt");
		Files.writeString(secret, "TOP-SECRET");
		Files.writeString(workspace.resolve(XmiPracticeStore.FILE_NAME), """
				<?xml version="1.0"?>
				<!DOCTYPE p [<!ENTITY x SYSTEM "%s">]>
				<casenotes:Practice xmlns:casenotes="http://casenotes.org/model/1.0" name="&x;"/>
				""".formatted(secret.toUri()));
		StoreException error = assertThrows(StoreException.class, () -> XmiPracticeStore.readOnly(workspace).practice());
		assertFalse(error.getMessage().contains("TOP-SECRET"));
	}

	@Test
	void savesLeaveNoTemporaryFilesBehind() throws Exception {
		XmiPracticeStore store = new XmiPracticeStore(workspace);
		store.createDemoPractice();
		store.practice().getClients().get(0).setCode("C-1000");
		store.save();
		try (Stream<Path> files = Files.list(workspace)) {
			assertEquals(List.of(WorkspaceLock.FILE_NAME, Backups.FOLDER, StoreLayout.CASE_FILES, StoreLayout.LOG, StoreLayout.IDENTITY_SHEETS,
					XmiPracticeStore.FILE_NAME), files.map(p -> p.getFileName().toString()).sorted().toList());
		}
		try (Stream<Path> files = Files.walk(workspace)) {
			assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp") || n.endsWith(".pending")
					|| n.endsWith(".journal")).toList(), "no temporary file, pending version or journal is left");
		}
		try (Stream<Path> files = Files.walk(workspace.resolve(Backups.FOLDER))) {
			assertEquals(List.of(XmiPracticeStore.FILE_NAME + ".1"), files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList(),
					"only the file that changed (the client's code is in the practice file) was written, so only it has a backup");
		}
		assertEquals("C-1000", XmiPracticeStore.readOnly(workspace).practice().getClients().get(0).getCode());
	}

	@Test
	void theStoreIsADeclarativeServiceInTheInstanceArea() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(PracticeStoreTest.class).getBundleContext();
		ServiceTracker<PracticeStore, PracticeStore> tracker = new ServiceTracker<>(context, PracticeStore.class, null);
		tracker.open();
		try {
			PracticeStore store = tracker.waitForService(10_000);
			assertNotNull(store, "PracticeStore is registered by DS");
			Path instanceArea = Path.of(new java.net.URI(context.getProperty("osgi.instance.area")));
			assertEquals(instanceArea.toAbsolutePath().normalize(), store.location().normalize());
		} finally {
			tracker.close();
		}
	}
}
