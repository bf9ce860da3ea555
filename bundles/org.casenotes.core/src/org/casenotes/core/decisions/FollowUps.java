/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.decisions;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.casenotes.model.BoundaryDecision;
import org.casenotes.model.Practice;

/**
 * Follow-ups that are due: a decision is reviewed on its follow-up date, and until its outcome is written down
 * the review is still owed. Drafts count too: an unsigned decision was still acted on.
 */
public final class FollowUps {

	private FollowUps() {
	}

	/** The follow-up date is before today and no outcome is recorded. */
	public static boolean isOverdue(BoundaryDecision d, LocalDate today) {
		return d.getFollowUpDate() != null && d.getFollowUpDate().isBefore(today) && DecisionRecords.blank(d.getFollowUpOutcome());
	}

	/** The practice's overdue decisions, the longest overdue first. */
	public static List<BoundaryDecision> overdue(Practice practice, LocalDate today) {
		if (practice.getConsultationLog() == null) {
			return List.of();
		}
		return practice.getConsultationLog().getDecisions().stream().filter(d -> isOverdue(d, today))
				.sorted(Comparator.comparing(BoundaryDecision::getFollowUpDate)).toList();
	}
}
