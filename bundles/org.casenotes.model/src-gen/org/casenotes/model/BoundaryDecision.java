/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Boundary Decision</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A boundary dilemma, the consultation sought and the decision taken, with its reasons.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.BoundaryDecision#getCategory <em>Category</em>}</li>
 *   <li>{@link org.casenotes.model.BoundaryDecision#getDate <em>Date</em>}</li>
 *   <li>{@link org.casenotes.model.BoundaryDecision#getClient <em>Client</em>}</li>
 *   <li>{@link org.casenotes.model.BoundaryDecision#getFacts <em>Facts</em>}</li>
 *   <li>{@link org.casenotes.model.BoundaryDecision#getDecision <em>Decision</em>}</li>
 *   <li>{@link org.casenotes.model.BoundaryDecision#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.casenotes.model.BoundaryDecision#getConsultedParties <em>Consulted Parties</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.CasenotesPackage#getBoundaryDecision()
 * @model
 * @generated
 */
public interface BoundaryDecision extends EObject {
	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.casenotes.model.BoundaryCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.casenotes.model.BoundaryCategory
	 * @see #setCategory(BoundaryCategory)
	 * @see org.casenotes.model.CasenotesPackage#getBoundaryDecision_Category()
	 * @model required="true"
	 * @generated
	 */
	BoundaryCategory getCategory();

	/**
	 * Sets the value of the '{@link org.casenotes.model.BoundaryDecision#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.casenotes.model.BoundaryCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(BoundaryCategory value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.casenotes.model.CasenotesPackage#getBoundaryDecision_Date()
	 * @model dataType="org.casenotes.model.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.casenotes.model.BoundaryDecision#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Client</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Client</em>' reference.
	 * @see #setClient(Client)
	 * @see org.casenotes.model.CasenotesPackage#getBoundaryDecision_Client()
	 * @model
	 * @generated
	 */
	Client getClient();

	/**
	 * Sets the value of the '{@link org.casenotes.model.BoundaryDecision#getClient <em>Client</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Client</em>' reference.
	 * @see #getClient()
	 * @generated
	 */
	void setClient(Client value);

	/**
	 * Returns the value of the '<em><b>Facts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Facts</em>' attribute.
	 * @see #setFacts(String)
	 * @see org.casenotes.model.CasenotesPackage#getBoundaryDecision_Facts()
	 * @model required="true"
	 * @generated
	 */
	String getFacts();

	/**
	 * Sets the value of the '{@link org.casenotes.model.BoundaryDecision#getFacts <em>Facts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Facts</em>' attribute.
	 * @see #getFacts()
	 * @generated
	 */
	void setFacts(String value);

	/**
	 * Returns the value of the '<em><b>Decision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decision</em>' attribute.
	 * @see #setDecision(String)
	 * @see org.casenotes.model.CasenotesPackage#getBoundaryDecision_Decision()
	 * @model
	 * @generated
	 */
	String getDecision();

	/**
	 * Sets the value of the '{@link org.casenotes.model.BoundaryDecision#getDecision <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision</em>' attribute.
	 * @see #getDecision()
	 * @generated
	 */
	void setDecision(String value);

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see org.casenotes.model.CasenotesPackage#getBoundaryDecision_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link org.casenotes.model.BoundaryDecision#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

	/**
	 * Returns the value of the '<em><b>Consulted Parties</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consulted Parties</em>' attribute list.
	 * @see org.casenotes.model.CasenotesPackage#getBoundaryDecision_ConsultedParties()
	 * @model
	 * @generated
	 */
	EList<String> getConsultedParties();

} // BoundaryDecision
