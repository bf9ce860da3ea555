/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.decisions;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import org.casenotes.core.decisions.DecisionReports.Scope;
import org.casenotes.core.decisions.PracticeStandards.Completeness;
import org.casenotes.core.internal.Html;
import org.casenotes.model.Addendum;
import org.casenotes.model.BoundaryDecision;
import org.casenotes.model.Consultation;
import org.casenotes.model.DecisionOption;
import org.casenotes.model.NoteStatus;
import org.casenotes.model.PracticeStandard;
import org.casenotes.model.Principle;

/**
 * A report as one printable HTML page with no scripts and nothing loaded from elsewhere: each record in the
 * steps of the decision-making model, its status and its completeness against the practice standard. Every
 * text from the record is escaped, so a facts text with markup in it prints as that text.
 */
final class ReportHtml {

	private static final String CSS = """
			body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;font-size:11pt;line-height:1.4;color:#222;max-width:48rem;margin:2rem auto;padding:0 1rem}
			h1{font-size:1.5rem;margin-bottom:.2rem}header p{margin:.1rem 0;color:#555}
			article{border-top:2px solid #888;margin-top:1.5rem;padding-top:.5rem;page-break-inside:avoid;break-inside:avoid-page}
			h2{font-size:1.15rem;margin:.2rem 0}h3{font-size:.95rem;margin:.8rem 0 .2rem;color:#333}
			.meta{color:#555;margin:.1rem 0}.missing{color:#a40000}.complete{color:#1d6b1d}.draft{color:#a05a00;font-weight:bold}
			p,ul{margin:.2rem 0}.text{white-space:pre-wrap}
			@media print{body{margin:0;max-width:none}a{color:inherit}@page{margin:18mm}}
			""";

	private final Scope scope;
	private final PracticeStandard standard;
	private final Clock clock;

	ReportHtml(Scope scope, PracticeStandard standard, Clock clock) {
		this.scope = scope;
		this.standard = standard != null ? standard : PracticeStandards.minimum();
		this.clock = clock;
	}

	String write(List<BoundaryDecision> decisions) {
		StringBuilder html = new StringBuilder(8192);
		html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
				.append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
				.append("<title>Consultation log report</title><style>").append(CSS).append("</style></head><body>\n");
		html.append("<header><h1>Consultation log report</h1>");
		html.append("<p>Scope: ").append(esc(scope.describe())).append("</p>");
		html.append("<p>Measured against: ").append(esc(standard.getName()))
				.append(blank(standard.getVersion()) ? "" : " " + esc(standard.getVersion())).append("</p>");
		html.append("<p>Generated ").append(esc(ZonedDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z"))))
				.append(", ").append(decisions.size()).append(decisions.size() == 1 ? " decision" : " decisions").append("</p></header>\n");
		for (BoundaryDecision d : decisions) {
			record(html, d);
		}
		return html.append("</body></html>\n").toString();
	}

	private void record(StringBuilder html, BoundaryDecision d) {
		html.append("<article>");
		html.append("<h2>").append(esc(ReportCsv.text(d.getDate()))).append(" \u2014 ")
				.append(esc(d.getCategory() == null ? "No category" : d.getCategory().getLiteral()))
				.append(blank(d.getSubcategory()) ? "" : ": " + esc(d.getSubcategory())).append("</h2>");
		html.append("<p class=\"meta\">Client ").append(esc(d.getClient() == null ? "none" : d.getClient().getCode()));
		if (scope.includeNames() && d.getClient() != null && !ReportCsv.clientName(d.getClient()).isEmpty()) {
			html.append(" (").append(esc(ReportCsv.clientName(d.getClient()))).append(')');
		}
		if (d.getInitiatedBy() != null) {
			html.append(" \u00B7 initiated by ").append(esc(d.getInitiatedBy().getLiteral().toLowerCase(java.util.Locale.ROOT)));
		}
		html.append("</p><p class=\"meta\">");
		if (d.getStatus() == NoteStatus.SIGNED) {
			html.append("Signed by ").append(esc(d.getSignedBy())).append(' ').append(esc(ReportCsv.text(d.getSignedAt())));
		} else {
			html.append("<span class=\"draft\">Draft, not signed</span>");
		}
		Completeness completeness = PracticeStandards.completeness(d, standard);
		html.append(" \u00B7 ");
		if (completeness.complete()) {
			html.append("<span class=\"complete\">complete (").append(completeness.required()).append(" of ").append(completeness.required())
					.append(" required fields)</span>");
		} else {
			html.append("<span class=\"missing\">").append(completeness.filled()).append(" of ").append(completeness.required())
					.append(" required fields; missing: ").append(esc(String.join(", ", completeness.missing()))).append("</span>");
		}
		html.append("</p>");
		section(html, "Facts", d.getFacts());
		section(html, "Interpretation", d.getInterpretation());
		String principles = d.getPrinciples().stream().map(Principle::getLiteral).collect(Collectors.joining(", "));
		if (!d.getStandardsCited().isEmpty() || !principles.isEmpty()) {
			html.append("<h3>Standards and principles</h3>");
			line(html, "Standards cited", String.join(", ", d.getStandardsCited()));
			line(html, "Principles in tension", principles);
		}
		if (!blank(d.getRisks()) || !blank(d.getBenefits())) {
			html.append("<h3>Risks and benefits</h3>");
			line(html, "Risks", d.getRisks());
			line(html, "Benefits", d.getBenefits());
		}
		if (!d.getOptions().isEmpty()) {
			html.append("<h3>Options considered</h3><ul>");
			for (DecisionOption option : d.getOptions()) {
				html.append("<li>").append(esc(ReportCsv.option(option))).append("</li>");
			}
			html.append("</ul>");
		}
		html.append("<h3>Consultations</h3>");
		if (d.getConsultations().isEmpty()) {
			html.append("<p class=\"missing\">None recorded.</p>");
		} else {
			html.append("<ul>");
			for (Consultation c : d.getConsultations()) {
				html.append("<li>").append(esc(ReportCsv.consultation(c, scope.includeNames()))).append("</li>");
			}
			html.append("</ul>");
		}
		html.append("<h3>Decision and rationale</h3>");
		DecisionOption chosen = DecisionRecords.chosenOption(d);
		line(html, "Decision", !blank(d.getDecision()) ? d.getDecision() : chosen == null ? null : chosen.getDescription());
		line(html, "Rationale", d.getRationale());
		line(html, "Documented before acting", d.isDocumentedBeforeActing() ? "yes" : "no");
		line(html, "Discussion with the client", d.getClientDiscussion());
		line(html, "Consent obtained", d.isConsentObtained() ? "yes" : "no");
		line(html, "Precautions", d.getPrecautions());
		if (d.getConfidentialityException() != null) {
			html.append("<h3>Confidentiality exception</h3>");
			line(html, "Details", ReportCsv.exception(d.getConfidentialityException(), scope.includeNames()));
		}
		html.append("<h3>Follow-up</h3>");
		line(html, "Follow-up date", d.getFollowUpDate() == null ? "none set" : d.getFollowUpDate().toString());
		line(html, "Outcome", d.getFollowUpOutcome());
		if (!d.getNotes().isEmpty()) {
			line(html, "Linked notes", String.valueOf(d.getNotes().size()));
		}
		if (!d.getAddenda().isEmpty()) {
			html.append("<h3>Addenda</h3><ul>");
			for (Addendum addendum : d.getAddenda()) {
				html.append("<li class=\"text\">").append(esc(ReportCsv.addendum(addendum))).append("</li>");
			}
			html.append("</ul>");
		}
		html.append("</article>\n");
	}

	private static void section(StringBuilder html, String title, String text) {
		if (!blank(text)) {
			html.append("<h3>").append(esc(title)).append("</h3><p class=\"text\">").append(esc(text)).append("</p>");
		}
	}

	private static void line(StringBuilder html, String label, String value) {
		if (!blank(value)) {
			html.append("<p class=\"text\"><b>").append(esc(label)).append(":</b> ").append(esc(value)).append("</p>");
		}
	}

	private static boolean blank(String s) {
		return DecisionRecords.blank(s);
	}

	static String esc(String text) {
		return Html.escape(text);
	}
}
