/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.decisions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.casenotes.core.PracticeStore;
import org.casenotes.core.StoreException;
import org.casenotes.model.BoundaryDecision;
import org.casenotes.model.Client;

/** The consultation log as a report, by client code unless names are asked for. */
public final class DecisionReports {

	public record Scope(java.time.LocalDate from, java.time.LocalDate to, Client client, boolean includeNames) {
	}

	private final PracticeStore store;

	public DecisionReports(PracticeStore store) {
		this.store = store;
	}

	public Path export(Scope scope, String format, Path out) throws StoreException {
		boolean html = "html".equals(format);
		List<String> rows = new ArrayList<>();
		rows.add(html ? "<html><body><table><tr><th>Date</th><th>Category</th><th>Client</th><th>Status</th><th>Decision</th></tr>"
				: "date,category,client,status,decision");
		if (store.practice().getConsultationLog() != null) {
			for (BoundaryDecision d : store.practice().getConsultationLog().getDecisions()) {
				if (scope.client() != null && d.getClient() != scope.client() || d.getDate() != null
						&& (scope.from() != null && d.getDate().isBefore(scope.from()) || scope.to() != null && d.getDate().isAfter(scope.to()))) {
					continue;
				}
				String client = d.getClient() == null ? "" : d.getClient().getCode();
				if (scope.includeNames() && d.getClient() != null && d.getClient().getIdentitySheet() != null) {
					client += " " + d.getClient().getIdentitySheet().getLegalName();
				}
				String[] cells = { String.valueOf(d.getDate()), d.getCategory().getLiteral(), client, d.getStatus().getLiteral(),
						d.getDecision() == null ? "" : d.getDecision() };
				if (html) {
					StringBuilder row = new StringBuilder("<tr>");
					for (String cell : cells) {
						row.append("<td>").append(cell.replace("&", "&amp;").replace("<", "&lt;")).append("</td>");
					}
					rows.add(row.append("</tr>").toString());
				} else {
					rows.add(String.join(",", java.util.Arrays.stream(cells).map(c -> "\"" + c.replace("\"", "\"\"") + "\"").toList()));
				}
			}
		}
		if (html) {
			rows.add("</table></body></html>");
		}
		try {
			Files.write(out, rows);
		} catch (IOException e) {
			throw new StoreException("Cannot write the report to " + out + ". Nothing was exported.", e);
		}
		return out;
	}
}
