/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.tests;

import static org.casenotes.ui.tests.LogRobot.log;
import static org.casenotes.ui.tests.LogRobot.logControl;
import static org.casenotes.ui.tests.LogRobot.practice;
import static org.casenotes.ui.tests.LogRobot.says;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.casenotes.core.AuditTrail;
import org.casenotes.core.StoreException;
import org.casenotes.core.decisions.PracticeStandards;
import org.casenotes.core.decisions.StandardException;
import org.casenotes.core.internal.XmiPracticeStore;
import org.casenotes.model.BoundaryDecision;
import org.casenotes.model.CasenotesFactory;
import org.casenotes.model.PracticeStandard;
import org.casenotes.model.StandardRequirement;
import org.casenotes.ui.CasenotesUi;
import org.casenotes.ui.internal.decisions.DecisionActions;
import org.casenotes.ui.internal.decisions.ImportStandardDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import Practice Standard from the consultation log, through its dialog: a standard file is adopted and the
 * Completeness column and a draft's state follow it; a hostile or unknown file is refused in the dialog with
 * the core's one sentence, and nothing changes. Each test leaves the practice's standard as it found it, for
 * the tests that measure against the minimum one.
 */
class ImportStandardTest {

	private static final String NAME = "Harbour Group Practice record standard";

	@TempDir
	Path folder;

	private final LogRobot robot = new LogRobot();
	private PracticeStandard before;
	private BoundaryDecision gift;

	@BeforeEach
	void chooseTheDemoDraft() {
		before = practice().getStandard();
		gift = LogRobot.demoDecision("Handmade gift at termination");
		LogRobot.chooseInLog(gift);
	}

	@AfterEach
	void putTheStandardBack() throws StoreException {
		robot.noFailureInDialogs();
		if (practice().getStandard() != before) {
			practice().setStandard(before);
			LogRobot.store().save();
			UiRobot.flush();
		}
		UiRobot.resetWindow();
	}

	/** A group practice's standard: the minimum, and the risks, the precautions and the talk with the client. */
	private static PracticeStandard harbourStandard(String... extraFields) {
		PracticeStandard standard = CasenotesFactory.eINSTANCE.createPracticeStandard();
		standard.setName(NAME);
		standard.setVersion("2");
		standard.setIssuedBy("Harbour Group Practice");
		StandardRequirement every = CasenotesFactory.eINSTANCE.createStandardRequirement();
		every.getFields().addAll(List.of("facts", "consultations", "decision", "rationale", "followUpDate", "risks", "precautions",
				"clientDiscussion"));
		every.getFields().addAll(List.of(extraFields));
		standard.getRequirements().add(every);
		return standard;
	}

	private static List<String> completenessColumn() {
		return Arrays.stream(log().getViewer().getTable().getItems()).map(i -> i.getText(5)).toList();
	}

	private static String completenessOf(BoundaryDecision d, PracticeStandard standard) {
		PracticeStandards.Completeness c = PracticeStandards.completeness(d, standard);
		return c.filled() + "/" + c.required();
	}

	@Test
	void anImportedStandardIsFollowedByTheCompletenessColumnAndTheDraftsState() throws Exception {
		Path file = folder.resolve("harbour.cnstandard");
		PracticeStandards.write(harbourStandard(), file);
		Table table = log().getViewer().getTable();
		String was = LogRobot.row(table, gift).getText(5);
		assertEquals(completenessOf(gift, before), was);
		assertFalse(LogRobot.label(logControl(), "consultationLog.state").contains("Risks"));

		robot.answer(ImportStandardDialog.TITLE, shell -> {
			LogRobot.text(shell, "importStandard.file").setText(file.toString());
			UiRobot.press(shell, "Import");
		});
		robot.answer(DecisionActions.IMPORTED_TITLE, shell -> {
			assertTrue(says(shell, NAME + "\u201D 2"), "the message names the standard and its version");
			UiRobot.press(shell, "OK");
		});
		LogRobot.click(logControl(), "consultationLog.importStandard");
		robot.noFailureInDialogs();
		UiRobot.flush();

		PracticeStandard adopted = practice().getStandard();
		assertEquals(NAME, adopted.getName(), "the practice records to the imported standard");
		TableItem row = LogRobot.row(table, gift);
		assertEquals(completenessOf(gift, adopted), row.getText(5), "the column measures against it");
		assertNotEquals(was, row.getText(5));
		assertEquals(8, PracticeStandards.completeness(gift, adopted).required());
		String state = LogRobot.label(logControl(), "consultationLog.state");
		assertTrue(state.contains("Risks") && state.contains("Precautions"), "the draft's state names what the standard asks: " + state);
		assertEquals(NAME, XmiPracticeStore.readOnly(LogRobot.store().location()).practice().getStandard().getName(), "saved");
	}

	@Test
	void aHostileOrUnknownStandardFileIsRefusedWithItsSentenceAndNothingChanges() throws Exception {
		Path valid = folder.resolve("valid.cnstandard");
		PracticeStandards.write(harbourStandard(), valid);
		// the same standard with an entity that would read a local file into its name
		Path hostile = folder.resolve("hostile.cnstandard");
		Files.writeString(hostile, Files.readString(valid).replaceFirst("\\?>", "?>\n<!DOCTYPE x [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>")
				.replace("name=\"" + NAME + "\"", "name=\"&secret;\""));
		Path unknown = folder.resolve("unknown.cnstandard");
		PracticeStandards.write(harbourStandard("socialSecurityNumber"), unknown);
		Path audit = LogRobot.store().location().resolve(AuditTrail.FILE_NAME);
		long auditBefore = Files.size(audit);
		List<String> columnBefore = completenessColumn();
		String[] refusals = new String[2];

		robot.answer(ImportStandardDialog.TITLE, shell -> {
			TitleAreaDialog dialog = (TitleAreaDialog) shell.getData();
			LogRobot.text(shell, "importStandard.file").setText(hostile.toString());
			UiRobot.press(shell, "Import");
			refusals[0] = dialog.getErrorMessage();
			assertFalse(shell.isDisposed(), "the dialog stays open for another file");
			LogRobot.text(shell, "importStandard.file").setText(unknown.toString());
			UiRobot.press(shell, "Import");
			refusals[1] = dialog.getErrorMessage();
			UiRobot.press(shell, "Cancel");
		});
		UiRobot.executeCommand(CasenotesUi.COMMAND_IMPORT_STANDARD);
		robot.noFailureInDialogs();
		UiRobot.flush();

		assertEquals("hostile.cnstandard declares a DOCTYPE or entities, which a practice standard never has; it was not imported.", refusals[0]);
		assertEquals(assertThrows(StandardException.class, () -> PracticeStandards.read(unknown)).getMessage(), refusals[1],
				"the core's sentence, as it is");
		assertTrue(refusals[1].contains("\"socialSecurityNumber\""), refusals[1]);
		for (String refusal : refusals) {
			assertTrue(refusal.endsWith("it was not imported.") && !refusal.contains("\n") && !refusal.contains("Exception"),
					"one sentence, no stack trace: " + refusal);
		}
		assertSame(before, practice().getStandard(), "the practice's standard is unchanged");
		assertEquals(columnBefore, completenessColumn(), "and so is the Completeness column");
		assertEquals(auditBefore, Files.size(audit), "a refused file is not an import: nothing is recorded");
	}
}
