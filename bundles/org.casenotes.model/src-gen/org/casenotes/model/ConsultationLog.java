/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Consultation Log</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.ConsultationLog#getDecisions <em>Decisions</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.CasenotesPackage#getConsultationLog()
 * @model
 * @generated
 */
public interface ConsultationLog extends EObject {
	/**
	 * Returns the value of the '<em><b>Decisions</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.BoundaryDecision}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decisions</em>' containment reference list.
	 * @see org.casenotes.model.CasenotesPackage#getConsultationLog_Decisions()
	 * @model containment="true"
	 * @generated
	 */
	EList<BoundaryDecision> getDecisions();

} // ConsultationLog
