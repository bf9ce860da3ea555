/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.internal;

import org.eclipse.emf.ecore.EObject;

/** Where a model object sits: the note's case file, the case file's client. */
public final class Containers {

	private Containers() {
	}

	/** {@code object} itself or its nearest container of {@code type}, or null when there is none. */
	public static <T> T of(EObject object, Class<T> type) {
		for (EObject o = object; o != null; o = o.eContainer()) {
			if (type.isInstance(o)) {
				return type.cast(o);
			}
		}
		return null;
	}
}
