/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Standard Requirement</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.StandardRequirement#getCategory <em>Category</em>}</li>
 *   <li>{@link org.casenotes.model.StandardRequirement#getFields <em>Fields</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.CasenotesPackage#getStandardRequirement()
 * @model
 * @generated
 */
public interface StandardRequirement extends EObject {
	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.casenotes.model.BoundaryCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The category this applies to; unset means every category.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.casenotes.model.BoundaryCategory
	 * @see #setCategory(BoundaryCategory)
	 * @see org.casenotes.model.CasenotesPackage#getStandardRequirement_Category()
	 * @model
	 * @generated
	 */
	BoundaryCategory getCategory();

	/**
	 * Sets the value of the '{@link org.casenotes.model.StandardRequirement#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.casenotes.model.BoundaryCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(BoundaryCategory value);

	/**
	 * Returns the value of the '<em><b>Fields</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Names of BoundaryDecision features that must be filled, e.g. 'consultations', 'rationale', 'followUpDate'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Fields</em>' attribute list.
	 * @see org.casenotes.model.CasenotesPackage#getStandardRequirement_Fields()
	 * @model
	 * @generated
	 */
	EList<String> getFields();

} // StandardRequirement
