/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Practice Standard</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A group practice's standard for consultation records: which categories must be recorded and which fields each record must fill. Members import it; the log measures each record against it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.PracticeStandard#getName <em>Name</em>}</li>
 *   <li>{@link org.casenotes.model.PracticeStandard#getVersion <em>Version</em>}</li>
 *   <li>{@link org.casenotes.model.PracticeStandard#getIssuedBy <em>Issued By</em>}</li>
 *   <li>{@link org.casenotes.model.PracticeStandard#getRequiredCategories <em>Required Categories</em>}</li>
 *   <li>{@link org.casenotes.model.PracticeStandard#getRequirements <em>Requirements</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.CasenotesPackage#getPracticeStandard()
 * @model
 * @generated
 */
public interface PracticeStandard extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.casenotes.model.CasenotesPackage#getPracticeStandard_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.casenotes.model.PracticeStandard#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Version</em>' attribute.
	 * @see #setVersion(String)
	 * @see org.casenotes.model.CasenotesPackage#getPracticeStandard_Version()
	 * @model
	 * @generated
	 */
	String getVersion();

	/**
	 * Sets the value of the '{@link org.casenotes.model.PracticeStandard#getVersion <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Version</em>' attribute.
	 * @see #getVersion()
	 * @generated
	 */
	void setVersion(String value);

	/**
	 * Returns the value of the '<em><b>Issued By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Issued By</em>' attribute.
	 * @see #setIssuedBy(String)
	 * @see org.casenotes.model.CasenotesPackage#getPracticeStandard_IssuedBy()
	 * @model
	 * @generated
	 */
	String getIssuedBy();

	/**
	 * Sets the value of the '{@link org.casenotes.model.PracticeStandard#getIssuedBy <em>Issued By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Issued By</em>' attribute.
	 * @see #getIssuedBy()
	 * @generated
	 */
	void setIssuedBy(String value);

	/**
	 * Returns the value of the '<em><b>Required Categories</b></em>' attribute list.
	 * The list contents are of type {@link org.casenotes.model.BoundaryCategory}.
	 * The literals are from the enumeration {@link org.casenotes.model.BoundaryCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Categories a member must record whenever they arise.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Required Categories</em>' attribute list.
	 * @see org.casenotes.model.BoundaryCategory
	 * @see org.casenotes.model.CasenotesPackage#getPracticeStandard_RequiredCategories()
	 * @model
	 * @generated
	 */
	EList<BoundaryCategory> getRequiredCategories();

	/**
	 * Returns the value of the '<em><b>Requirements</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.StandardRequirement}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Requirements</em>' containment reference list.
	 * @see org.casenotes.model.CasenotesPackage#getPracticeStandard_Requirements()
	 * @model containment="true"
	 * @generated
	 */
	EList<StandardRequirement> getRequirements();

} // PracticeStandard
