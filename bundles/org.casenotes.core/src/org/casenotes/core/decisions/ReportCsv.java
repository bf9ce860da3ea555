/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.casenotes.core.decisions.DecisionReports.Scope;
import org.casenotes.model.Addendum;
import org.casenotes.model.BoundaryDecision;
import org.casenotes.model.Client;
import org.casenotes.model.ConfidentialityException;
import org.casenotes.model.Consultation;
import org.casenotes.model.DecisionOption;
import org.casenotes.model.Principle;

/**
 * A report as CSV (RFC 4180: CRLF line ends, a field with a comma, quote or line break quoted, quotes doubled),
 * one row per decision, its consultations and options summarised in one cell each.
 * <p>
 * A report is opened in a spreadsheet, which runs a cell starting with {@code = + - @} (or a tab or carriage
 * return) as a formula: such a cell gets a leading apostrophe, so a facts text like "-called twice" or
 * "=HYPERLINK(...)" stays text.
 */
final class ReportCsv {

	private static final String[] HEADER = { "Date", "Client", "Category", "Subcategory", "Initiated by", "Status", "Signed by", "Signed at",
			"Facts", "Interpretation", "Standards cited", "Principles", "Risks", "Benefits", "Options", "Consultations", "Decision", "Rationale",
			"Documented before acting", "Discussion with the client", "Consent obtained", "Precautions", "Follow-up date", "Follow-up outcome",
			"Confidentiality exception", "Linked notes", "Addenda" };

	private final Scope scope;

	ReportCsv(Scope scope) {
		this.scope = scope;
	}

	String write(List<BoundaryDecision> decisions) {
		StringBuilder csv = new StringBuilder();
		List<String> header = new ArrayList<>(List.of(HEADER));
		if (scope.includeNames()) {
			header.add(2, "Client name");
		}
		row(csv, header);
		for (BoundaryDecision d : decisions) {
			row(csv, cells(d));
		}
		return csv.toString();
	}

	private List<String> cells(BoundaryDecision d) {
		List<String> cells = new ArrayList<>();
		cells.add(text(d.getDate()));
		cells.add(d.getClient() == null ? "" : d.getClient().getCode());
		if (scope.includeNames()) {
			cells.add(clientName(d.getClient()));
		}
		cells.add(d.getCategory() == null ? "" : d.getCategory().getLiteral());
		cells.add(d.getSubcategory());
		cells.add(d.getInitiatedBy() == null ? "" : d.getInitiatedBy().getLiteral());
		cells.add(d.getStatus() == null ? "" : d.getStatus().getLiteral());
		cells.add(d.getSignedBy());
		cells.add(text(d.getSignedAt()));
		cells.add(d.getFacts());
		cells.add(d.getInterpretation());
		cells.add(String.join("; ", d.getStandardsCited()));
		cells.add(d.getPrinciples().stream().map(Principle::getLiteral).collect(Collectors.joining("; ")));
		cells.add(d.getRisks());
		cells.add(d.getBenefits());
		cells.add(d.getOptions().stream().map(ReportCsv::option).collect(Collectors.joining(" | ")));
		cells.add(d.getConsultations().stream().map(c -> consultation(c, scope.includeNames())).collect(Collectors.joining(" | ")));
		cells.add(d.getDecision());
		cells.add(d.getRationale());
		cells.add(yesNo(d.isDocumentedBeforeActing()));
		cells.add(d.getClientDiscussion());
		cells.add(yesNo(d.isConsentObtained()));
		cells.add(d.getPrecautions());
		cells.add(text(d.getFollowUpDate()));
		cells.add(d.getFollowUpOutcome());
		cells.add(exception(d.getConfidentialityException(), scope.includeNames()));
		cells.add(String.valueOf(d.getNotes().size()));
		cells.add(d.getAddenda().stream().map(ReportCsv::addendum).collect(Collectors.joining(" | ")));
		return cells;
	}

	static String option(DecisionOption option) {
		return (option.isChosen() ? "[chosen] " : "") + nonNull(option.getDescription())
				+ (DecisionRecords.blank(option.getConsequences()) ? "" : " (consequences: " + option.getConsequences() + ")");
	}

	/** One consultation in one line; the consultant's name only in a report with names. */
	static String consultation(Consultation c, boolean names) {
		List<String> parts = new ArrayList<>();
		parts.add(c.getConsultantRole() == null ? "Consultant" : c.getConsultantRole().getLiteral());
		if (names && !DecisionRecords.blank(c.getConsultantName())) {
			parts.add(c.getConsultantName());
		}
		if (c.getDate() != null) {
			parts.add(c.getDate().toString());
		}
		if (c.getMode() != null) {
			parts.add(c.getMode().getLiteral());
		}
		parts.add(c.isDeidentified() ? "de-identified" : "identifying details shared");
		String advice = DecisionRecords.blank(c.getAdvice()) ? "" : ": " + c.getAdvice() + (c.isAdviceFollowed() ? " (followed)" : " (not followed)");
		return String.join(", ", parts) + advice;
	}

	/** The exception in one line; the person at risk and who was told only in a report with names. */
	static String exception(ConfidentialityException e, boolean names) {
		if (e == null) {
			return "";
		}
		List<String> parts = new ArrayList<>();
		add(parts, "threat", e.getThreat());
		if (names) {
			add(parts, "person at risk", e.getPersonAtRisk());
		}
		add(parts, "imminence", e.getImminence() == null ? null : e.getImminence().getLiteral());
		add(parts, "legal basis", e.getLegalBasis());
		if (names) {
			add(parts, "told", e.getWhoWasTold());
		}
		add(parts, "told at", text(e.getToldAt()));
		return String.join("; ", parts);
	}

	static String addendum(Addendum a) {
		return text(a.getCreatedAt()) + " " + nonNull(a.getAuthor()) + " (" + nonNull(a.getReason()) + "): " + nonNull(a.getText());
	}

	private static void add(List<String> parts, String label, String value) {
		if (!DecisionRecords.blank(value)) {
			parts.add(label + ": " + value);
		}
	}

	static String clientName(Client client) {
		return client == null || client.getIdentitySheet() == null ? "" : nonNull(client.getIdentitySheet().getLegalName());
	}

	private static void row(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(cell(cells.get(i)));
		}
		csv.append("\r\n");
	}

	/** One field: guarded against formulas, then quoted as RFC 4180 asks. */
	static String cell(String value) {
		String text = nonNull(value);
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	static String text(LocalDate date) {
		return date == null ? "" : date.toString();
	}

	static String text(Instant instant) {
		return instant == null ? "" : instant.toString();
	}

	private static String yesNo(boolean value) {
		return value ? "yes" : "no";
	}

	static String nonNull(String s) {
		return s == null ? "" : s;
	}
}
