/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.internal;

import java.nio.file.Path;

import org.casenotes.model.CaseFile;
import org.casenotes.model.ConsultationLog;
import org.casenotes.model.IdentitySheet;
import org.casenotes.model.Practice;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;

/**
 * Which file of the workspace holds what. The practice file is the index (clients, shares, received packets,
 * the practice standard); each case file, each identity sheet and the consultation log is a resource of its own,
 * contained across files (EMF containment proxies), so a case is read when it is first opened and a save writes
 * only what changed. Names are workspace-relative with '/' and are what a file is sealed under.
 */
public final class StoreLayout {

	public static final String PRACTICE = "practice.casenotes";
	public static final String LOG = "consultation-log.casenotes";
	public static final String CASE_FILES = "casefiles";
	public static final String IDENTITY_SHEETS = "identity";
	static final String CASE_FILE_EXTENSION = ".casefile";
	static final String IDENTITY_EXTENSION = ".identity";

	private StoreLayout() {
	}

	/** The name of the resource a case file is kept in; its id is the case file's UUID, never its title. */
	static String caseFile(String id) {
		return CASE_FILES + "/" + safe(id) + CASE_FILE_EXTENSION;
	}

	static String identitySheet(String id) {
		return IDENTITY_SHEETS + "/" + safe(id) + IDENTITY_EXTENSION;
	}

	private static String safe(String id) {
		if (id == null || !id.matches("[A-Za-z0-9_-]+")) {
			throw new IllegalArgumentException("not a resource id: " + id);
		}
		return id;
	}

	/** Whether {@code name} is one of the store's resources (not a backup, journal or temporary file). */
	public static boolean isResource(String name) {
		return name.equals(PRACTICE) || name.equals(LOG)
				|| name.matches(CASE_FILES + "/[A-Za-z0-9_-]+\\" + CASE_FILE_EXTENSION)
				|| name.matches(IDENTITY_SHEETS + "/[A-Za-z0-9_-]+\\" + IDENTITY_EXTENSION);
	}

	/** What the root object of the resource {@code name} must be; a file holding anything else is refused. */
	static Class<? extends EObject> rootOf(String name) {
		if (name.equals(PRACTICE)) {
			return Practice.class;
		}
		if (name.equals(LOG)) {
			return ConsultationLog.class;
		}
		return name.startsWith(CASE_FILES + "/") ? CaseFile.class : IdentitySheet.class;
	}

	/** How a user is told which file is meant: "the practice file", "the case file casefiles/….casefile". */
	static String describe(String name) {
		if (name.equals(PRACTICE)) {
			return "the practice file";
		}
		if (name.equals(LOG)) {
			return "the consultation log file";
		}
		return (name.startsWith(CASE_FILES + "/") ? "the case file " : "the identity sheet file ") + name;
	}

	/**
	 * The resource name of a file URI inside {@code workspace}, or null for anything else (a tampered index that
	 * points outside the workspace is never followed).
	 */
	static String nameOf(Path workspace, URI uri) {
		if (uri == null || !uri.isFile()) {
			return null;
		}
		Path file = Path.of(uri.toFileString()).toAbsolutePath().normalize();
		if (!file.startsWith(workspace)) {
			return null;
		}
		String name = workspace.relativize(file).toString().replace('\\', '/');
		return isResource(name) ? name : null;
	}
}
