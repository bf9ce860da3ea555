/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.share;

import java.util.List;

/**
 * An export that was refused, with every reason: what is wrong and where ("C-0042 › Intake › Presenting concern:
 * ..."). The reasons are for the therapist at this computer and may name the identifier found; the message
 * itself only counts them, so it is safe to log.
 */
public class ShareBlockedException extends Exception {

	private static final long serialVersionUID = 1L;

	private final List<String> reasons;

	public ShareBlockedException(String summary, List<String> reasons) {
		super(summary);
		this.reasons = List.copyOf(reasons);
	}

	public List<String> reasons() {
		return reasons;
	}
}
