/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.tests;

import static org.casenotes.ui.tests.LogRobot.button;
import static org.casenotes.ui.tests.LogRobot.choose;
import static org.casenotes.ui.tests.LogRobot.says;
import static org.casenotes.ui.tests.UiRobot.widget;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.casenotes.ui.CasenotesUi;
import org.casenotes.ui.internal.decisions.DecisionActions;
import org.casenotes.ui.internal.decisions.ExportReportDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export Report from the consultation log, through its dialog: the period, one client or all, CSV or HTML, and
 * names only when asked for. The demo's decisions are of February (the football coach, C-0057), March (the follow
 * request, C-0042) and April 2025 (the scarf, C-0063).
 */
class ExportReportTest {

	private static final String CSV = "CSV (spreadsheet)";
	private static final String HTML = "HTML (to read or print)";

	@TempDir
	Path folder;

	private final LogRobot robot = new LogRobot();

	@AfterEach
	void putTheWindowBack() {
		robot.noFailureInDialogs();
		UiRobot.resetWindow();
	}

	/** Fills the dialog as a user does, the file first: choosing the format then gives it the format's extension. */
	private static void fill(Shell shell, LocalDate from, LocalDate to, String client, String format, boolean names, Path file) {
		widget(shell, "report.file", Text.class).setText(file.toString());
		day(widget(shell, "report.from", DateTime.class), from);
		day(widget(shell, "report.to", DateTime.class), to);
		choose(shell, "report.client", client);
		choose(shell, "report.format", format);
		LogRobot.check(shell, "report.includeNames", names);
	}

	private static void day(DateTime date, LocalDate day) {
		date.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
	}

	/** The names a pseudonymous report leaves out: the consultants of the demo, and the clients' legal names. */
	private static List<String> names() {
		return List.of("Priya Natarajan", "Tuesday peer consultation group", LogRobot.client("C-0042").getIdentitySheet().getLegalName(),
				LogRobot.client("C-0063").getIdentitySheet().getLegalName());
	}

	@Test
	void aPseudonymousCsvReportHoldsTheDecisionsOfThePeriodAndNoNames() throws Exception {
		Path file = folder.resolve("consultation-log-2025.csv");
		robot.answer(ExportReportDialog.TITLE, shell -> {
			assertFalse(button(shell, "report.includeNames").getSelection(), "pseudonymous unless asked");
			fill(shell, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 12, 31), "All clients", CSV, false, file);
			UiRobot.press(shell, "Export");
		});
		robot.answer(DecisionActions.EXPORTED_TITLE, shell -> {
			assertTrue(says(shell, file.toString()), "the message says where the report is");
			assertFalse(says(shell, "names clients"));
			UiRobot.press(shell, "OK");
		});
		UiRobot.executeCommand(CasenotesUi.COMMAND_EXPORT_DECISIONS);
		robot.noFailureInDialogs();

		assertTrue(Files.isRegularFile(file), "the report is written where the dialog said");
		String csv = Files.readString(file);
		assertTrue(csv.startsWith("Date,Client,Category,Subcategory,"), "no column of client names: " + csv.lines().findFirst().orElse(""));
		assertTrue(csv.contains("2025-03-12,C-0042,Social media,Follow request,"), "the follow request of March");
		assertTrue(csv.contains("2025-04-22,C-0063,Gifts,Handmade gift at termination,"), "the scarf of April");
		assertFalse(csv.contains("Incidental community contact"), "February is before the period");
		assertTrue(csv.contains("Supervisor, 2025-03-13, Video"), "consultations are reported by role");
		for (String name : names()) {
			assertFalse(csv.contains(name), "no " + name + " in a pseudonymous report");
		}
	}

	@Test
	void anHtmlReportOfOneClientWithNamesNamesHerAndHerConsultants() throws Exception {
		Path asTyped = folder.resolve("rosa.csv");
		Path file = folder.resolve("rosa.html");
		robot.answer(ExportReportDialog.TITLE, shell -> {
			fill(shell, LocalDate.of(2025, 1, 1), LocalDate.now(), "C-0063", HTML, true, asTyped);
			assertEquals(file.toString(), widget(shell, "report.file", Text.class).getText(), "choosing HTML gives the file its extension");
			UiRobot.press(shell, "Export");
		});
		robot.answer(DecisionActions.EXPORTED_TITLE, shell -> {
			assertTrue(says(shell, "It names clients"), "a report with names is said to need keeping safe");
			UiRobot.press(shell, "OK");
		});
		LogRobot.click(LogRobot.logControl(), "consultationLog.export");
		robot.noFailureInDialogs();

		assertFalse(Files.exists(asTyped));
		String html = Files.readString(file);
		assertTrue(html.startsWith("<!DOCTYPE html>"));
		assertTrue(html.contains("Handmade gift at termination"), "the client's decision");
		assertFalse(html.contains("Follow request") || html.contains("Incidental community contact"), "and no other client's");
		assertTrue(html.contains(", 1 decision</p>"), "one decision");
		assertTrue(html.contains(LogRobot.client("C-0063").getIdentitySheet().getLegalName()), "the client is named, as asked");
		assertTrue(html.contains("Tuesday peer consultation group"), "and so is whom she was discussed with");
	}

	@Test
	void aPeriodThatEndsBeforeItStartsIsRefusedInTheDialogAndNothingIsWritten() {
		Path file = folder.resolve("never.csv");
		String[] error = new String[1];
		robot.answer(ExportReportDialog.TITLE, shell -> {
			fill(shell, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 1, 1), "All clients", CSV, false, file);
			UiRobot.press(shell, "Export");
			assertFalse(shell.isDisposed(), "the dialog stays open to correct the period");
			error[0] = ((TitleAreaDialog) shell.getData()).getErrorMessage();
			UiRobot.press(shell, "Cancel");
		});
		LogRobot.click(LogRobot.logControl(), "consultationLog.export");
		robot.noFailureInDialogs();
		assertEquals("The period ends before it starts.", error[0]);
		assertFalse(Files.exists(file), "nothing is written");
	}
}
