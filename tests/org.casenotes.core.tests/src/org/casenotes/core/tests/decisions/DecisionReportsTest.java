/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.tests.decisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.casenotes.core.AuditTrail;
import org.casenotes.core.decisions.DecisionRecords;
import org.casenotes.core.decisions.DecisionReports;
import org.casenotes.core.decisions.DecisionReports.Scope;
import org.casenotes.core.internal.XmiPracticeStore;
import org.casenotes.model.BoundaryCategory;
import org.casenotes.model.BoundaryDecision;
import org.casenotes.model.Client;
import org.casenotes.model.Practice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionReportsTest {

	@TempDir
	Path workspace;

	private XmiPracticeStore demo() throws Exception {
		XmiPracticeStore store = new XmiPracticeStore(workspace);
		store.createDemoPractice();
		return store;
	}

	@Test
	void selectionIsByEventDateAndClientNewestFirst() throws Exception {
		Practice practice = demo().practice();
		List<BoundaryDecision> all = DecisionReports.select(practice, Scope.all());
		assertEquals(List.of(LocalDate.of(2025, 4, 22), LocalDate.of(2025, 3, 12), LocalDate.of(2025, 2, 3)),
				all.stream().map(BoundaryDecision::getDate).toList());
		List<BoundaryDecision> march = DecisionReports.select(practice, new Scope(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 12), null, false));
		assertEquals(1, march.size(), "both bounds are inclusive");
		assertEquals(BoundaryCategory.SOCIAL_MEDIA, march.get(0).getCategory());
		assertEquals(2, DecisionReports.select(practice, new Scope(LocalDate.of(2025, 3, 1), null, null, false)).size());
		assertEquals(2, DecisionReports.select(practice, new Scope(null, LocalDate.of(2025, 3, 31), null, false)).size());
		Client devon = practice.getClients().get(1);
		List<BoundaryDecision> devons = DecisionReports.select(practice, new Scope(null, null, devon, false));
		assertEquals(1, devons.size());
		assertEquals(devon, devons.get(0).getClient());
	}

	@Test
	void csvIsPseudonymousByDefaultAndNamesOnlyWhenAsked() throws Exception {
		XmiPracticeStore store = demo();
		DecisionRecords records = new DecisionRecords(store);
		DecisionRecordsTest.complete(records, store.practice().getClients().get(0), BoundaryCategory.CONFIDENTIALITY_EXCEPTION);
		List<BoundaryDecision> all = DecisionReports.select(store.practice(), Scope.all());

		String csv = DecisionReports.csv(all, Scope.all());
		assertEquals(all.size() + 1, csv.split("\r\n").length, "a header and one row per decision (no cell here has a line break)");
		assertTrue(csv.startsWith("Date,Client,Category,"), csv);
		assertTrue(csv.contains("C-0042"));
		for (String name : List.of("Dr. Priya Natarajan", "Dr Example Colleague", "Synthetic Person", "Local police", "Mara Elise Lindqvist")) {
			assertFalse(csv.contains(name), "pseudonymous: " + name);
		}
		assertTrue(csv.contains("State duty-to-protect statute"), "the legal basis is no name");

		String named = DecisionReports.csv(all, new Scope(null, null, null, true));
		for (String name : List.of("Dr. Priya Natarajan", "Dr Example Colleague", "Synthetic Person", "Local police", "Mara Elise Lindqvist")) {
			assertTrue(named.contains(name), "with names: " + name);
		}
	}

	@Test
	void csvQuotesAsRfc4180AndGuardsAgainstFormulas() throws Exception {
		XmiPracticeStore store = demo();
		BoundaryDecision d = new DecisionRecords(store).createDraft(null, BoundaryCategory.GIFT, LocalDate.of(2025, 9, 9));
		d.setFacts("=HYPERLINK(\"http://example.org\",\"click\")");
		d.setDecision("Said \"no\", kindly,\nthen wrote it down");
		d.setRationale("+1 for the frame");
		d.setInterpretation("@risk");
		d.setRisks("-2 points");
		String csv = DecisionReports.csv(List.of(d), Scope.all());
		assertTrue(csv.contains(",\"'=HYPERLINK(\"\"http://example.org\"\",\"\"click\"\")\","), csv);
		assertTrue(csv.contains(",\"Said \"\"no\"\", kindly,\nthen wrote it down\","), csv);
		assertTrue(csv.contains(",'+1 for the frame,"), csv);
		assertTrue(csv.contains(",'@risk,"), csv);
		assertTrue(csv.contains(",'-2 points,"), csv);
		assertTrue(csv.contains(",2025-09-09,") || csv.contains("\r\n2025-09-09,"), "dates are not guarded");
		assertTrue(csv.endsWith("\r\n"));
	}

	@Test
	void htmlEscapesEveryTextAndShowsTheSteps() throws Exception {
		XmiPracticeStore store = demo();
		BoundaryDecision d = DecisionRecordsTest.complete(new DecisionRecords(store), null, BoundaryCategory.GIFT);
		d.setFacts("<script>alert('x')</script> & more");
		d.setSubcategory("<b>bold</b>");
		String html = DecisionReports.html(List.of(d), Scope.all(), null);
		assertFalse(html.contains("<script>"), html);
		assertFalse(html.contains("<b>bold"));
		assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more"), html);
		assertTrue(html.contains("@media print"));
		assertTrue(html.contains("Scope: all dates, all clients, pseudonymous"));
		assertTrue(html.contains("Draft, not signed"));
		assertTrue(html.contains("4 of 5 required fields; missing: Follow-up date"), html);
		for (String step : List.of("Facts", "Consultations", "Decision and rationale", "Follow-up")) {
			assertTrue(html.contains("<h3>" + step + "</h3>"), step);
		}
		assertFalse(html.contains("Dr Example Colleague"), "pseudonymous by default");
		assertFalse(html.contains("Synthetic Person"));
	}

	@Test
	void anExportIsWrittenAndAudited() throws Exception {
		XmiPracticeStore store = demo();
		Path out = workspace.resolve("reports/log.html");
		new DecisionReports(store).export(new Scope(null, null, store.practice().getClients().get(0), false), "html", out);
		String html = Files.readString(out);
		assertTrue(html.contains("C-0042") && !html.contains("C-0057"), "one client's decisions");
		assertTrue(html.contains("Signed by Jordan Avery, LMHC"));
		assertTrue(html.contains("Measured against: Casenotes minimum"));
		AuditTrail.Entry entry = new AuditTrail(workspace).read().get(0);
		assertEquals(DecisionReports.AUDIT_EXPORT, entry.action());
		assertEquals("report of 1 decision as html", entry.subject());
		assertTrue(entry.detail().contains("client C-0042, pseudonymous"), entry.detail());
		Path csv = workspace.resolve("log.csv");
		new DecisionReports(store).export(Scope.all(), "csv", csv);
		assertTrue(Files.readString(csv).startsWith("Date,Client,"));
		assertThrows(IllegalArgumentException.class, () -> new DecisionReports(store).export(Scope.all(), "pdf", workspace.resolve("x.pdf")));
	}

	@Test
	void aDamagedTrailStopsTheExportBeforeAFileIsWritten() throws Exception {
		XmiPracticeStore store = demo();
		Files.writeString(workspace.resolve(AuditTrail.FILE_NAME), "not an entry\n");
		Path out = workspace.resolve("log.csv");
		assertThrows(org.casenotes.core.StoreException.class, () -> new DecisionReports(store).export(Scope.all(), "csv", out));
		assertFalse(Files.exists(out));
	}
}
