/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Known Place</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.KnownPlace#getName <em>Name</em>}</li>
 *   <li>{@link org.casenotes.model.KnownPlace#getKind <em>Kind</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.CasenotesPackage#getKnownPlace()
 * @model
 * @generated
 */
public interface KnownPlace extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.casenotes.model.CasenotesPackage#getKnownPlace_Name()
	 * @model required="true"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.casenotes.model.KnownPlace#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.casenotes.model.PlaceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.casenotes.model.PlaceKind
	 * @see #setKind(PlaceKind)
	 * @see org.casenotes.model.CasenotesPackage#getKnownPlace_Kind()
	 * @model
	 * @generated
	 */
	PlaceKind getKind();

	/**
	 * Sets the value of the '{@link org.casenotes.model.KnownPlace#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.casenotes.model.PlaceKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(PlaceKind value);

} // KnownPlace
