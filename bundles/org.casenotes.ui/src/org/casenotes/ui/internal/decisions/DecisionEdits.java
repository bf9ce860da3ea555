/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal.decisions;

import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * How a {@link DecisionForm} changes what it shows: the wizard writes straight into its scratch decision, the
 * consultation log runs EMF commands on its stack so every edit can be undone.
 */
public interface DecisionEdits {

	void set(EObject owner, EStructuralFeature feature, Object value);

	/** Several features of one object as one change, so that one Undo takes them all back (an option corrected in place). */
	void setAll(EObject owner, Map<EStructuralFeature, Object> values);

	void add(EObject owner, EStructuralFeature feature, Object value);

	void remove(EObject owner, EStructuralFeature feature, Object value);

	/** Whether text is committed as it is typed (the wizard) or when the field is left (the log, one undo per field). */
	boolean commitWhileTyping();

	/** Writes into the objects directly: for the wizard's decision, which nothing else sees until Finish. */
	static DecisionEdits direct() {
		return new DecisionEdits() {
			@Override
			@SuppressWarnings("unchecked")
			public void set(EObject owner, EStructuralFeature feature, Object value) {
				if (feature.isMany()) {
					java.util.List<Object> list = (java.util.List<Object>) owner.eGet(feature);
					list.clear();
					list.addAll((java.util.Collection<?>) value);
				} else {
					owner.eSet(feature, value);
				}
			}

			@Override
			public void setAll(EObject owner, Map<EStructuralFeature, Object> values) {
				values.forEach((feature, value) -> set(owner, feature, value));
			}

			@Override
			@SuppressWarnings("unchecked")
			public void add(EObject owner, EStructuralFeature feature, Object value) {
				((java.util.List<Object>) owner.eGet(feature)).add(value);
			}

			@Override
			public void remove(EObject owner, EStructuralFeature feature, Object value) {
				((java.util.List<?>) owner.eGet(feature)).remove(value);
			}

			@Override
			public boolean commitWhileTyping() {
				return true;
			}
		};
	}
}
