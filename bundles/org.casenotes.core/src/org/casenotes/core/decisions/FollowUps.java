/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.decisions;

import java.time.LocalDate;
import java.util.List;

import org.casenotes.model.BoundaryDecision;
import org.casenotes.model.Practice;

/** Follow-up reviews of boundary decisions that are due and not yet done. */
public final class FollowUps {

	private FollowUps() {
	}

	/** Due before {@code today} and no outcome recorded. */
	public static boolean isOverdue(BoundaryDecision d, LocalDate today) {
		return d.getFollowUpDate() != null && d.getFollowUpDate().isBefore(today)
				&& (d.getFollowUpOutcome() == null || d.getFollowUpOutcome().isBlank());
	}

	public static List<BoundaryDecision> overdue(Practice practice, LocalDate today) {
		if (practice.getConsultationLog() == null) {
			return List.of();
		}
		return practice.getConsultationLog().getDecisions().stream().filter(d -> isOverdue(d, today)).toList();
	}
}
