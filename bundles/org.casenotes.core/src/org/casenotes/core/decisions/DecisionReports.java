/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.decisions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.casenotes.core.PracticeStore;
import org.casenotes.core.StoreException;
import org.casenotes.core.internal.AtomicFiles;
import org.casenotes.model.BoundaryDecision;
import org.casenotes.model.Client;
import org.casenotes.model.Practice;
import org.casenotes.model.PracticeStandard;

/**
 * Reports on the consultation log for an audit, a licensing board or the practice's own review: a CSV to work
 * with and a printable HTML page.
 * <p>
 * A report is pseudonymous unless asked otherwise: clients appear by code only, and consultants' names and the
 * person at risk and who was told in a confidentiality exception are left out, because a report leaves the
 * computer and those are the names in it. The therapist's free text (the facts, the decision) is theirs to
 * write without names, as in the log itself. Every export is recorded in the audit trail; an export that
 * cannot be recorded is deleted again.
 */
public final class DecisionReports {

	/** The audit action of an export. */
	public static final String AUDIT_EXPORT = "export-report";

	/**
	 * Which decisions a report covers and how it names people.
	 *
	 * @param from the first event date, or null for no lower bound
	 * @param to the last event date (inclusive), or null for no upper bound
	 * @param client only this client's decisions, or null for all
	 * @param includeNames whether consultants, the person at risk and who was told are named, and clients' names shown
	 */
	public record Scope(LocalDate from, LocalDate to, Client client, boolean includeNames) {

		/** Every decision, pseudonymous. */
		public static Scope all() {
			return new Scope(null, null, null, false);
		}

		/** One line for a report's header, e.g. "2025-01-01 to 2025-06-30, client C-0042, pseudonymous". */
		public String describe() {
			String dates = from == null && to == null ? "all dates"
					: (from == null ? "up" : "from " + from) + " to " + (to == null ? "today" : to.toString());
			return dates + ", " + (client == null ? "all clients" : "client " + client.getCode()) + ", "
					+ (includeNames ? "with names" : "pseudonymous (client codes only, no names)");
		}
	}

	private final PracticeStore store;
	private final Clock clock;
	private final AuditedSteps steps;

	public DecisionReports(PracticeStore store) {
		this(store, Clock.systemDefaultZone());
	}

	public DecisionReports(PracticeStore store, Clock clock) {
		this.store = Objects.requireNonNull(store, "store");
		this.clock = Objects.requireNonNull(clock, "clock");
		this.steps = new AuditedSteps(store);
	}

	/**
	 * The decisions in scope, by event date, newest first. A decision without a date is only in a report without
	 * date bounds.
	 */
	public static List<BoundaryDecision> select(Practice practice, Scope scope) {
		if (practice.getConsultationLog() == null) {
			return List.of();
		}
		return practice.getConsultationLog().getDecisions().stream().filter(d -> inScope(d, scope))
				.sorted(Comparator.comparing(BoundaryDecision::getDate, Comparator.nullsLast(Comparator.reverseOrder()))).toList();
	}

	private static boolean inScope(BoundaryDecision d, Scope scope) {
		if (scope.client() != null && d.getClient() != scope.client()) {
			return false;
		}
		if (d.getDate() == null) {
			return scope.from() == null && scope.to() == null;
		}
		return (scope.from() == null || !d.getDate().isBefore(scope.from())) && (scope.to() == null || !d.getDate().isAfter(scope.to()));
	}

	/** The decisions as CSV (RFC 4180), one row each; see {@link ReportCsv}. */
	public static String csv(List<BoundaryDecision> decisions, Scope scope) {
		return new ReportCsv(scope).write(decisions);
	}

	/** The decisions as a printable HTML page, measured against the standard ({@link PracticeStandards#minimum()} when null). */
	public static String html(List<BoundaryDecision> decisions, Scope scope, PracticeStandard standard) {
		return new ReportHtml(scope, standard, Clock.systemDefaultZone()).write(decisions);
	}

	/**
	 * Writes a report of the practice's decisions in scope, atomically, and records the export.
	 *
	 * @param format "csv" or "html"
	 * @return the file written
	 * @throws IllegalArgumentException for another format
	 */
	public Path export(Scope scope, String format, Path out) throws StoreException {
		if (!"csv".equals(format) && !"html".equals(format)) {
			throw new IllegalArgumentException("A report is written as csv or html, not " + format + ".");
		}
		Practice practice = store.practice();
		List<BoundaryDecision> decisions = select(practice, scope);
		String content = format.equals("csv") ? csv(decisions, scope) : new ReportHtml(scope, practice.getStandard(), clock).write(decisions);
		steps.checkTrail("export the report");
		boolean existed = Files.exists(out);
		try {
			AtomicFiles.write(out, content.getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new StoreException("Casenotes could not write the report to " + out + ": "
					+ (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ".", e);
		}
		String subject = "report of " + decisions.size() + (decisions.size() == 1 ? " decision" : " decisions") + " as " + format;
		steps.recordOrUndo(new DecisionRecords(store).signer(), AUDIT_EXPORT, subject, scope.describe() + ", to " + out.getFileName(), () -> {
			// an unrecorded report must not stay behind; a file it replaced is gone either way
			try {
				Files.deleteIfExists(out);
			} catch (IOException e) {
				throw new StoreException("Casenotes could not delete the unrecorded report " + out + (existed ? "" : "; delete it by hand") + ".", e);
			}
		});
		return out;
	}
}
