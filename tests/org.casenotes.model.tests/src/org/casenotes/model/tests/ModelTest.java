/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.casenotes.model.BoundaryCategory;
import org.casenotes.model.BoundaryDecision;
import org.casenotes.model.CaseFile;
import org.casenotes.model.CasenotesFactory;
import org.casenotes.model.CasenotesPackage;
import org.casenotes.model.Client;
import org.casenotes.model.ContactKind;
import org.casenotes.model.Note;
import org.casenotes.model.NoteKind;
import org.casenotes.model.NoteStatus;
import org.casenotes.model.Practice;
import org.casenotes.model.Section;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

class ModelTest {

	private static final CasenotesFactory F = CasenotesFactory.eINSTANCE;

	@Test
	void packageIsRegisteredThroughTheBundleManifest() {
		assertNotNull(FrameworkUtil.getBundle(CasenotesPackage.class), "the model must be loaded by an OSGi bundle");
		// plugin.xml's generated_package extension, not a static call, puts the package in the global registry
		assertSame(CasenotesPackage.eINSTANCE, EPackage.Registry.INSTANCE.getEPackage(CasenotesPackage.eNS_URI));
	}

	@Test
	void xmiRoundTripKeepsEveryKindOfContent(@TempDir Path dir) throws Exception {
		Practice practice = Fixtures.practice();
		Path file = dir.resolve("practice.xmi");
		save(practice, file);
		String xml = Files.readString(file);
		assertTrue(xml.contains("kind=\"SOAP\""), "enums are stored by their literal");
		assertTrue(xml.contains("sessionDate=\"2025-03-14\""), "dates are stored as ISO-8601");

		Practice loaded = (Practice) load(file);
		assertTrue(EcoreUtil.equals(practice, loaded), "the reloaded practice equals the saved one");
		Client client = loaded.getClients().get(0);
		Note note = client.getCaseFiles().get(0).getNotes().get(0);
		assertEquals(LocalDate.of(2025, 3, 14), note.getSessionDate());
		assertEquals(List.of("Subjective", "Objective", "Assessment", "Plan"),
				note.getSections().stream().map(Section::getTitle).toList(), "sections keep their order");
		assertEquals(Instant.parse("2025-03-14T18:30:00Z"), client.getCaseFiles().get(0).getNotes().get(1).getSignedAt());
		assertEquals("Tomas Berg", client.getIdentitySheet().getPeople().get(0).getName());
		assertEquals(ContactKind.SOCIAL_HANDLE, client.getIdentitySheet().getContacts().get(0).getKind());
		BoundaryDecision decision = loaded.getConsultationLog().getDecisions().get(0);
		assertSame(client, decision.getClient(), "the decision's client reference resolves to the reloaded client");
	}

	@Test
	void containmentMakesTheClientOwnItsRecords() {
		Practice practice = Fixtures.practice();
		Client client = practice.getClients().get(0);
		CaseFile caseFile = client.getCaseFiles().get(0);
		Note note = caseFile.getNotes().get(0);
		assertSame(practice, client.eContainer());
		assertSame(client, caseFile.eContainer());
		assertSame(caseFile, note.eContainer());
		assertSame(note, note.getSections().get(0).eContainer());
		assertSame(client, client.getIdentitySheet().eContainer());

		// moving a note to another case file takes it out of the first one
		CaseFile other = F.createCaseFile();
		other.setTitle("Second episode");
		client.getCaseFiles().add(other);
		other.getNotes().add(note);
		assertSame(other, note.eContainer());
		assertTrue(!caseFile.getNotes().contains(note));

		// deleting a client removes it and clears references to it
		BoundaryDecision decision = practice.getConsultationLog().getDecisions().get(0);
		EcoreUtil.delete(client, true);
		assertTrue(practice.getClients().isEmpty());
		assertNull(decision.getClient());
	}

	@Test
	void validationReportsMissingRequiredFields() {
		Practice practice = Fixtures.practice();
		assertEquals(org.eclipse.emf.common.util.Diagnostic.OK, Fixtures.validate(practice).getSeverity(),
				() -> Fixtures.messages(Fixtures.validate(practice)).toString());

		Client client = practice.getClients().get(0);
		client.setCode(null);
		Section section = client.getCaseFiles().get(0).getNotes().get(0).getSections().get(0);
		section.setTitle(null);
		List<String> messages = Fixtures.messages(Fixtures.validate(practice));
		assertTrue(messages.stream().anyMatch(m -> m.contains("'code'")), messages::toString);
		assertTrue(messages.stream().anyMatch(m -> m.contains("'title'")), messages::toString);
	}

	@Test
	void aSignedNoteNeedsSignerAndTimeAndADraftHasNone() {
		Note note = Fixtures.note(NoteKind.DAP, LocalDate.of(2025, 1, 2), "Data", "Assessment", "Plan");
		assertTrue(note.signatureComplete(null, Map.of()));
		note.setStatus(NoteStatus.SIGNED);
		assertTrue(!note.signatureComplete(null, Map.of()), "signed without a signer");
		note.setSignedBy("J. Avery");
		note.setSignedAt(Instant.parse("2025-01-02T10:00:00Z"));
		assertTrue(note.signatureComplete(null, Map.of()));
		note.setStatus(NoteStatus.DRAFT);
		List<String> messages = Fixtures.messages(Fixtures.validate(note));
		assertTrue(messages.contains("A draft note cannot carry a signature"), messages::toString);
	}

	@Test
	void enumLiteralsAreStableAndReadable() {
		assertEquals(List.of("FREE", "SOAP", "DAP", "BIRP", "INTAKE", "SUPERVISION_PREPARATION", "CONTACT_LOG"),
				NoteKind.VALUES.stream().map(NoteKind::getName).toList());
		assertSame(NoteKind.SUPERVISION_PREPARATION, NoteKind.get("Supervision preparation"));
		assertSame(NoteStatus.SIGNED, NoteStatus.get(1));
		assertEquals("Social media", BoundaryCategory.SOCIAL_MEDIA.getLiteral());
		assertEquals(NoteStatus.DRAFT, F.createNote().getStatus(), "a new note is a draft");
	}

	@Test
	void dataTypesConvertToAndFromIsoText() {
		assertEquals("2025-03-14", F.convertToString(CasenotesPackage.Literals.LOCAL_DATE, LocalDate.of(2025, 3, 14)));
		assertEquals(LocalDate.of(2025, 3, 14), F.createFromString(CasenotesPackage.Literals.LOCAL_DATE, " 2025-03-14 "));
		assertNull(F.createFromString(CasenotesPackage.Literals.LOCAL_DATE, ""));
		assertEquals(Instant.parse("2025-03-14T18:30:00Z"), F.createFromString(CasenotesPackage.Literals.INSTANT, "2025-03-14T18:30:00Z"));
	}

	private static void save(EObject root, Path file) throws Exception {
		Resource resource = resourceSet().createResource(URI.createFileURI(file.toString()));
		resource.getContents().add(root);
		resource.save(Map.of());
	}

	private static EObject load(Path file) throws Exception {
		return resourceSet().getResource(URI.createFileURI(file.toString()), true).getContents().get(0);
	}

	private static ResourceSet resourceSet() {
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
		return resourceSet;
	}
}
