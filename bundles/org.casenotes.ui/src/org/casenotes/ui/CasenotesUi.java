/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui;

/** Identifiers of the Casenotes UI elements that the application model and other bundles refer to. */
public final class CasenotesUi {

	public static final String BUNDLE_ID = "org.casenotes.ui";

	public static final String PART_CASE_EXPLORER = "org.casenotes.ui.part.caseExplorer";
	public static final String PART_CONSULTATION_LOG = "org.casenotes.ui.part.consultationLog";
	public static final String PART_FINDINGS = "org.casenotes.ui.part.findings";
	public static final String PART_AUDIT_TRAIL = "org.casenotes.ui.part.auditTrail";
	public static final String PART_SHARED_WITH_ME = "org.casenotes.ui.part.sharedWithMe";
	public static final String PARTDESCRIPTOR_REVIEW = "org.casenotes.ui.partdescriptor.review";
	public static final String COMMAND_SHARE = "org.casenotes.ui.command.share";
	public static final String COMMAND_IMPORT_PACKET = "org.casenotes.ui.command.importPacket";
	/** New Boundary Decision; from an open note it preselects the note's client and links the two. */
	public static final String COMMAND_NEW_DECISION = "org.casenotes.ui.command.newDecision";
	/** Sign, Add Addendum and Delete Draft act on the decision selected in the consultation log. */
	public static final String COMMAND_SIGN_DECISION = "org.casenotes.ui.command.signDecision";
	public static final String COMMAND_DECISION_ADDENDUM = "org.casenotes.ui.command.decisionAddendum";
	public static final String COMMAND_DELETE_DECISION = "org.casenotes.ui.command.deleteDecision";
	public static final String COMMAND_EXPORT_DECISIONS = "org.casenotes.ui.command.exportDecisions";
	public static final String COMMAND_IMPORT_STANDARD = "org.casenotes.ui.command.importStandard";

	/** Event posted by a note editor when it has re-read its text for identifiers; the data is the editor. */
	public static final String TOPIC_FINDINGS = "org/casenotes/ui/findings";
	/**
	 * Event posted after the UI appended to the audit trail (a sign, an addendum, a share...), so the Audit trail
	 * view reads it again; no data is needed.
	 */
	public static final String TOPIC_AUDIT = "org/casenotes/ui/audit";
	public static final String PARTDESCRIPTOR_NOTE_EDITOR = "org.casenotes.ui.partdescriptor.noteEditor";
	public static final String STACK_EDITORS = "org.casenotes.app.stack.editors";

	/** Persisted state key of a note editor part: the note's id in the practice resource. */
	public static final String NOTE_ID = "org.casenotes.noteId";

	/** Key under which widgets carry a stable name (for UI tests and accessibility tools). */
	public static final String WIDGET_ID = "org.casenotes.widgetId";

	private CasenotesUi() {
	}
}
