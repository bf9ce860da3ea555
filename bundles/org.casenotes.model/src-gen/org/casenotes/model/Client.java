/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Client</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A client, known everywhere outside the identity sheet only by a pseudonymous code such as C-0042.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.Client#getCode <em>Code</em>}</li>
 *   <li>{@link org.casenotes.model.Client#getIdentitySheet <em>Identity Sheet</em>}</li>
 *   <li>{@link org.casenotes.model.Client#getCaseFiles <em>Case Files</em>}</li>
 *   <li>{@link org.casenotes.model.Client#isArchived <em>Archived</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.CasenotesPackage#getClient()
 * @model
 * @generated
 */
public interface Client extends EObject {
	/**
	 * Returns the value of the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Code</em>' attribute.
	 * @see #setCode(String)
	 * @see org.casenotes.model.CasenotesPackage#getClient_Code()
	 * @model required="true"
	 * @generated
	 */
	String getCode();

	/**
	 * Sets the value of the '{@link org.casenotes.model.Client#getCode <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Code</em>' attribute.
	 * @see #getCode()
	 * @generated
	 */
	void setCode(String value);

	/**
	 * Returns the value of the '<em><b>Identity Sheet</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Identity Sheet</em>' containment reference.
	 * @see #setIdentitySheet(IdentitySheet)
	 * @see org.casenotes.model.CasenotesPackage#getClient_IdentitySheet()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	IdentitySheet getIdentitySheet();

	/**
	 * Sets the value of the '{@link org.casenotes.model.Client#getIdentitySheet <em>Identity Sheet</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Identity Sheet</em>' containment reference.
	 * @see #getIdentitySheet()
	 * @generated
	 */
	void setIdentitySheet(IdentitySheet value);

	/**
	 * Returns the value of the '<em><b>Case Files</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.CaseFile}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Case Files</em>' containment reference list.
	 * @see org.casenotes.model.CasenotesPackage#getClient_CaseFiles()
	 * @model containment="true" resolveProxies="true"
	 * @generated
	 */
	EList<CaseFile> getCaseFiles();

	/**
	 * Returns the value of the '<em><b>Archived</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * An archived client is kept, with every note, but hidden from daily work; records are never deleted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Archived</em>' attribute.
	 * @see #setArchived(boolean)
	 * @see org.casenotes.model.CasenotesPackage#getClient_Archived()
	 * @model
	 * @generated
	 */
	boolean isArchived();

	/**
	 * Sets the value of the '{@link org.casenotes.model.Client#isArchived <em>Archived</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Archived</em>' attribute.
	 * @see #isArchived()
	 * @generated
	 */
	void setArchived(boolean value);

} // Client
