/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Practice</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of a workspace: one therapist's (or one group practice's) clients and consultation log.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.Practice#getName <em>Name</em>}</li>
 *   <li>{@link org.casenotes.model.Practice#getPractitionerId <em>Practitioner Id</em>}</li>
 *   <li>{@link org.casenotes.model.Practice#getClients <em>Clients</em>}</li>
 *   <li>{@link org.casenotes.model.Practice#getConsultationLog <em>Consultation Log</em>}</li>
 *   <li>{@link org.casenotes.model.Practice#getStandard <em>Standard</em>}</li>
 *   <li>{@link org.casenotes.model.Practice#getShares <em>Shares</em>}</li>
 *   <li>{@link org.casenotes.model.Practice#getReceived <em>Received</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.CasenotesPackage#getPractice()
 * @model
 * @generated
 */
public interface Practice extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.casenotes.model.CasenotesPackage#getPractice_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.casenotes.model.Practice#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Practitioner Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How this practitioner is known to supervisors and peers (e.g. a licence-free handle), never a client identifier.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Practitioner Id</em>' attribute.
	 * @see #setPractitionerId(String)
	 * @see org.casenotes.model.CasenotesPackage#getPractice_PractitionerId()
	 * @model
	 * @generated
	 */
	String getPractitionerId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.Practice#getPractitionerId <em>Practitioner Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Practitioner Id</em>' attribute.
	 * @see #getPractitionerId()
	 * @generated
	 */
	void setPractitionerId(String value);

	/**
	 * Returns the value of the '<em><b>Clients</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.Client}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Clients</em>' containment reference list.
	 * @see org.casenotes.model.CasenotesPackage#getPractice_Clients()
	 * @model containment="true"
	 * @generated
	 */
	EList<Client> getClients();

	/**
	 * Returns the value of the '<em><b>Consultation Log</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consultation Log</em>' containment reference.
	 * @see #setConsultationLog(ConsultationLog)
	 * @see org.casenotes.model.CasenotesPackage#getPractice_ConsultationLog()
	 * @model containment="true" resolveProxies="true" required="true"
	 * @generated
	 */
	ConsultationLog getConsultationLog();

	/**
	 * Sets the value of the '{@link org.casenotes.model.Practice#getConsultationLog <em>Consultation Log</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Consultation Log</em>' containment reference.
	 * @see #getConsultationLog()
	 * @generated
	 */
	void setConsultationLog(ConsultationLog value);

	/**
	 * Returns the value of the '<em><b>Standard</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The group practice's standard for consultation records, once imported.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Standard</em>' containment reference.
	 * @see #setStandard(PracticeStandard)
	 * @see org.casenotes.model.CasenotesPackage#getPractice_Standard()
	 * @model containment="true"
	 * @generated
	 */
	PracticeStandard getStandard();

	/**
	 * Sets the value of the '{@link org.casenotes.model.Practice#getStandard <em>Standard</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Standard</em>' containment reference.
	 * @see #getStandard()
	 * @generated
	 */
	void setStandard(PracticeStandard value);

	/**
	 * Returns the value of the '<em><b>Shares</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.ShareRecord}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Packets this practitioner sent, with what is needed to map feedback back: kept on this computer, never exported.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shares</em>' containment reference list.
	 * @see org.casenotes.model.CasenotesPackage#getPractice_Shares()
	 * @model containment="true"
	 * @generated
	 */
	EList<ShareRecord> getShares();

	/**
	 * Returns the value of the '<em><b>Received</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.ReceivedPacket}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Packets others shared with this practitioner (as supervisor or peer), with the feedback being written.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Received</em>' containment reference list.
	 * @see org.casenotes.model.CasenotesPackage#getPractice_Received()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReceivedPacket> getReceived();

} // Practice
