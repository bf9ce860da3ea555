/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.tests.decisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.casenotes.core.AuditTrail;
import org.casenotes.core.decisions.DecisionRecords;
import org.casenotes.core.decisions.PracticeStandards;
import org.casenotes.core.decisions.PracticeStandards.Completeness;
import org.casenotes.core.decisions.StandardException;
import org.casenotes.core.internal.XmiPracticeStore;
import org.casenotes.model.BoundaryCategory;
import org.casenotes.model.BoundaryDecision;
import org.casenotes.model.CasenotesFactory;
import org.casenotes.model.CasenotesPackage;
import org.casenotes.model.PracticeStandard;
import org.casenotes.model.StandardRequirement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PracticeStandardsTest {

	private static final CasenotesFactory F = CasenotesFactory.eINSTANCE;

	@TempDir
	Path workspace;
	@TempDir
	Path files;

	static PracticeStandard groupStandard() {
		PracticeStandard standard = F.createPracticeStandard();
		standard.setName("Riverside Group Practice");
		standard.setVersion("2025.1");
		standard.setIssuedBy("Clinical director");
		standard.getRequiredCategories().add(BoundaryCategory.DUAL_RELATIONSHIP);
		StandardRequirement every = F.createStandardRequirement();
		every.getFields().addAll(List.of("facts", "consultations", "rationale", "clientDiscussion"));
		StandardRequirement gifts = F.createStandardRequirement();
		gifts.setCategory(BoundaryCategory.GIFT);
		gifts.getFields().addAll(List.of("benefits", "precautions"));
		standard.getRequirements().add(every);
		standard.getRequirements().add(gifts);
		return standard;
	}

	@Test
	void aWrittenStandardIsImportedSavedAndAudited() throws Exception {
		XmiPracticeStore store = new XmiPracticeStore(workspace);
		store.createDemoPractice();
		Path file = files.resolve("riverside.cnstandard");
		PracticeStandards.write(groupStandard(), file);
		PracticeStandard imported = new PracticeStandards(store).importStandard(file);
		assertEquals("Riverside Group Practice", imported.getName());
		assertEquals(imported, store.practice().getStandard());
		PracticeStandard reloaded = XmiPracticeStore.readOnly(workspace).practice().getStandard();
		assertEquals("2025.1", reloaded.getVersion());
		assertEquals(List.of("benefits", "precautions"), reloaded.getRequirements().get(1).getFields());
		AuditTrail.Entry entry = new AuditTrail(workspace).read().get(0);
		assertEquals(PracticeStandards.AUDIT_IMPORT, entry.action());
		assertEquals("standard Riverside Group Practice 2025.1", entry.subject());
	}

	@Test
	void hostileOrBrokenFilesAreRefusedAndThePracticeStaysAsItWas() throws Exception {
		XmiPracticeStore store = new XmiPracticeStore(workspace);
		store.createDemoPractice();
		Path good = files.resolve("good.cnstandard");
		PracticeStandards.write(groupStandard(), good);
		String xml = Files.readString(good);
		String before = Files.readString(workspace.resolve(XmiPracticeStore.FILE_NAME));

		Path secret = files.resolve("secret.txt");
		Files.writeString(secret, "SECRET-CONTENT");
		String xxe = xml.replaceFirst("\\?>", "?>\n<!DOCTYPE s [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>").replace("Riverside Group Practice", "&x;");
		assertRefused(store, "xxe.cnstandard", xxe, "declares a DOCTYPE or entities");
		String client = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<casenotes:Client xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
				+ "xmlns:casenotes=\"" + CasenotesPackage.eNS_URI + "\" code=\"C-0001\"/>\n";
		assertRefused(store, "wrong-root.cnstandard", client, "does not hold a practice standard");
		assertRefused(store, "unknown.cnstandard", xml.replace("clientDiscussion", "favouriteColour"), "a field Casenotes does not know, \"favouriteColour\"");
		assertRefused(store, "signed.cnstandard", xml.replace("clientDiscussion", "signedBy"), "a field Casenotes does not know");
		assertRefused(store, "big.cnstandard", xml.replace("<requirements", "<!--" + "x".repeat(1_100_000) + "-->\n<requirements"), "larger than");
		assertRefused(store, "notxml.cnstandard", "PK\u0003\u0004 this is no XML", "not a readable Casenotes practice standard");
		assertRefused(store, "nameless.cnstandard", xml.replace("name=\"Riverside Group Practice\"", ""), "has no name");

		assertNull(store.practice().getStandard());
		assertEquals(before, Files.readString(workspace.resolve(XmiPracticeStore.FILE_NAME)), "nothing was written");
		assertFalse(Files.exists(new AuditTrail(workspace).file()), "nothing was recorded");
		assertThrows(StandardException.class, () -> new PracticeStandards(store).importStandard(files.resolve("missing.cnstandard")));
	}

	private void assertRefused(XmiPracticeStore store, String name, String content, String expected) throws Exception {
		Path file = files.resolve(name);
		Files.writeString(file, content);
		StandardException refused = assertThrows(StandardException.class, () -> new PracticeStandards(store).importStandard(file));
		assertTrue(refused.getMessage().contains(expected), refused.getMessage());
		assertFalse(refused.getMessage().contains("SECRET-CONTENT"));
		assertFalse(refused.getMessage().contains("\n"), "one line");
	}

	@Test
	void completenessAgainstTheMinimum() throws Exception {
		XmiPracticeStore store = new XmiPracticeStore(workspace);
		store.createDemoPractice();
		DecisionRecords records = new DecisionRecords(store);
		BoundaryDecision empty = records.createDraft(null, BoundaryCategory.GIFT, LocalDate.of(2025, 1, 1));
		Completeness none = PracticeStandards.completeness(empty, null);
		assertEquals(new Completeness(0, 5, List.of("Facts", "Consultation", "Decision", "Rationale", "Follow-up date")), none);
		assertFalse(none.complete());

		BoundaryDecision d = DecisionRecordsTest.complete(records, null, BoundaryCategory.GIFT);
		assertEquals(List.of("Follow-up date"), PracticeStandards.completeness(d, null).missing());
		d.setFollowUpDate(LocalDate.of(2025, 7, 1));
		assertTrue(PracticeStandards.completeness(d, null).complete());

		BoundaryDecision warning = DecisionRecordsTest.complete(records, null, BoundaryCategory.CONFIDENTIALITY_EXCEPTION);
		warning.setFollowUpDate(LocalDate.of(2025, 7, 1));
		assertEquals(new Completeness(8, 8, List.of()), PracticeStandards.completeness(warning, null));
		warning.getConfidentialityException().setLegalBasis(" ");
		assertEquals(List.of("Legal basis"), PracticeStandards.completeness(warning, null).missing());
	}

	@Test
	void completenessAgainstAnImportedStandardAppliesItsCategoryRules() throws Exception {
		XmiPracticeStore store = new XmiPracticeStore(workspace);
		store.createDemoPractice();
		DecisionRecords records = new DecisionRecords(store);
		PracticeStandard standard = groupStandard();
		BoundaryDecision gift = DecisionRecordsTest.complete(records, null, BoundaryCategory.GIFT);
		assertEquals(new Completeness(3, 6, List.of("Discussion with the client", "Benefits", "Precautions")),
				PracticeStandards.completeness(gift, standard));
		BoundaryDecision other = DecisionRecordsTest.complete(records, null, BoundaryCategory.TOUCH);
		other.setClientDiscussion("Discussed in session.");
		assertEquals(new Completeness(4, 4, List.of()), PracticeStandards.completeness(other, standard));
	}

	@Test
	void labelsAreForPeople() {
		assertEquals("Follow-up date", PracticeStandards.label("followUpDate"));
		assertEquals("Who was told", PracticeStandards.label("confidentialityException.whoWasTold"));
		assertEquals("Documented before acting", PracticeStandards.label("documentedBeforeActing"));
		assertEquals("Some new field", PracticeStandards.label("someNewField"));
	}
}
