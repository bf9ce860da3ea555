/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Contact Detail</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.ContactDetail#getKind <em>Kind</em>}</li>
 *   <li>{@link org.casenotes.model.ContactDetail#getValue <em>Value</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.CasenotesPackage#getContactDetail()
 * @model
 * @generated
 */
public interface ContactDetail extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.casenotes.model.ContactKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.casenotes.model.ContactKind
	 * @see #setKind(ContactKind)
	 * @see org.casenotes.model.CasenotesPackage#getContactDetail_Kind()
	 * @model
	 * @generated
	 */
	ContactKind getKind();

	/**
	 * Sets the value of the '{@link org.casenotes.model.ContactDetail#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.casenotes.model.ContactKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ContactKind value);

	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see org.casenotes.model.CasenotesPackage#getContactDetail_Value()
	 * @model required="true"
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link org.casenotes.model.ContactDetail#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

} // ContactDetail
