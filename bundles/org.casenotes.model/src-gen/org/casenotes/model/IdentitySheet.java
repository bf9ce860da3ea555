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
 * A representation of the model object '<em><b>Identity Sheet</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The known identifiers of a client: everything that must never leave the therapist's machine.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.IdentitySheet#getLegalName <em>Legal Name</em>}</li>
 *   <li>{@link org.casenotes.model.IdentitySheet#getPreferredName <em>Preferred Name</em>}</li>
 *   <li>{@link org.casenotes.model.IdentitySheet#getDateOfBirth <em>Date Of Birth</em>}</li>
 *   <li>{@link org.casenotes.model.IdentitySheet#getEmployer <em>Employer</em>}</li>
 *   <li>{@link org.casenotes.model.IdentitySheet#getSchool <em>School</em>}</li>
 *   <li>{@link org.casenotes.model.IdentitySheet#getPeople <em>People</em>}</li>
 *   <li>{@link org.casenotes.model.IdentitySheet#getPlaces <em>Places</em>}</li>
 *   <li>{@link org.casenotes.model.IdentitySheet#getContacts <em>Contacts</em>}</li>
 *   <li>{@link org.casenotes.model.IdentitySheet#getExtraIdentifiers <em>Extra Identifiers</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.CasenotesPackage#getIdentitySheet()
 * @model
 * @generated
 */
public interface IdentitySheet extends EObject {
	/**
	 * Returns the value of the '<em><b>Legal Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Legal Name</em>' attribute.
	 * @see #setLegalName(String)
	 * @see org.casenotes.model.CasenotesPackage#getIdentitySheet_LegalName()
	 * @model
	 * @generated
	 */
	String getLegalName();

	/**
	 * Sets the value of the '{@link org.casenotes.model.IdentitySheet#getLegalName <em>Legal Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Legal Name</em>' attribute.
	 * @see #getLegalName()
	 * @generated
	 */
	void setLegalName(String value);

	/**
	 * Returns the value of the '<em><b>Preferred Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Preferred Name</em>' attribute.
	 * @see #setPreferredName(String)
	 * @see org.casenotes.model.CasenotesPackage#getIdentitySheet_PreferredName()
	 * @model
	 * @generated
	 */
	String getPreferredName();

	/**
	 * Sets the value of the '{@link org.casenotes.model.IdentitySheet#getPreferredName <em>Preferred Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Preferred Name</em>' attribute.
	 * @see #getPreferredName()
	 * @generated
	 */
	void setPreferredName(String value);

	/**
	 * Returns the value of the '<em><b>Date Of Birth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date Of Birth</em>' attribute.
	 * @see #setDateOfBirth(LocalDate)
	 * @see org.casenotes.model.CasenotesPackage#getIdentitySheet_DateOfBirth()
	 * @model dataType="org.casenotes.model.LocalDate"
	 * @generated
	 */
	LocalDate getDateOfBirth();

	/**
	 * Sets the value of the '{@link org.casenotes.model.IdentitySheet#getDateOfBirth <em>Date Of Birth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date Of Birth</em>' attribute.
	 * @see #getDateOfBirth()
	 * @generated
	 */
	void setDateOfBirth(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Employer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Employer</em>' attribute.
	 * @see #setEmployer(String)
	 * @see org.casenotes.model.CasenotesPackage#getIdentitySheet_Employer()
	 * @model
	 * @generated
	 */
	String getEmployer();

	/**
	 * Sets the value of the '{@link org.casenotes.model.IdentitySheet#getEmployer <em>Employer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Employer</em>' attribute.
	 * @see #getEmployer()
	 * @generated
	 */
	void setEmployer(String value);

	/**
	 * Returns the value of the '<em><b>School</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>School</em>' attribute.
	 * @see #setSchool(String)
	 * @see org.casenotes.model.CasenotesPackage#getIdentitySheet_School()
	 * @model
	 * @generated
	 */
	String getSchool();

	/**
	 * Sets the value of the '{@link org.casenotes.model.IdentitySheet#getSchool <em>School</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>School</em>' attribute.
	 * @see #getSchool()
	 * @generated
	 */
	void setSchool(String value);

	/**
	 * Returns the value of the '<em><b>People</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.KnownPerson}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>People</em>' containment reference list.
	 * @see org.casenotes.model.CasenotesPackage#getIdentitySheet_People()
	 * @model containment="true"
	 * @generated
	 */
	EList<KnownPerson> getPeople();

	/**
	 * Returns the value of the '<em><b>Places</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.KnownPlace}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Places</em>' containment reference list.
	 * @see org.casenotes.model.CasenotesPackage#getIdentitySheet_Places()
	 * @model containment="true"
	 * @generated
	 */
	EList<KnownPlace> getPlaces();

	/**
	 * Returns the value of the '<em><b>Contacts</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.ContactDetail}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Contacts</em>' containment reference list.
	 * @see org.casenotes.model.CasenotesPackage#getIdentitySheet_Contacts()
	 * @model containment="true"
	 * @generated
	 */
	EList<ContactDetail> getContacts();

	/**
	 * Returns the value of the '<em><b>Extra Identifiers</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Anything else that points to the client: a nickname only the family uses, a pet's name, a team, a car's plate.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Extra Identifiers</em>' attribute list.
	 * @see org.casenotes.model.CasenotesPackage#getIdentitySheet_ExtraIdentifiers()
	 * @model
	 * @generated
	 */
	EList<String> getExtraIdentifiers();

} // IdentitySheet
