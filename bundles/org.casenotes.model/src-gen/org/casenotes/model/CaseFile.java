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
 * A representation of the model object '<em><b>Case File</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.CaseFile#getTitle <em>Title</em>}</li>
 *   <li>{@link org.casenotes.model.CaseFile#getOpenedOn <em>Opened On</em>}</li>
 *   <li>{@link org.casenotes.model.CaseFile#getClosedOn <em>Closed On</em>}</li>
 *   <li>{@link org.casenotes.model.CaseFile#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.casenotes.model.CaseFile#getDismissedFindings <em>Dismissed Findings</em>}</li>
 *   <li>{@link org.casenotes.model.CaseFile#getConfirmedFindings <em>Confirmed Findings</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.CasenotesPackage#getCaseFile()
 * @model
 * @generated
 */
public interface CaseFile extends EObject {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.casenotes.model.CasenotesPackage#getCaseFile_Title()
	 * @model required="true"
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.casenotes.model.CaseFile#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Opened On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Opened On</em>' attribute.
	 * @see #setOpenedOn(LocalDate)
	 * @see org.casenotes.model.CasenotesPackage#getCaseFile_OpenedOn()
	 * @model dataType="org.casenotes.model.LocalDate"
	 * @generated
	 */
	LocalDate getOpenedOn();

	/**
	 * Sets the value of the '{@link org.casenotes.model.CaseFile#getOpenedOn <em>Opened On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Opened On</em>' attribute.
	 * @see #getOpenedOn()
	 * @generated
	 */
	void setOpenedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Closed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Closed On</em>' attribute.
	 * @see #setClosedOn(LocalDate)
	 * @see org.casenotes.model.CasenotesPackage#getCaseFile_ClosedOn()
	 * @model dataType="org.casenotes.model.LocalDate"
	 * @generated
	 */
	LocalDate getClosedOn();

	/**
	 * Sets the value of the '{@link org.casenotes.model.CaseFile#getClosedOn <em>Closed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closed On</em>' attribute.
	 * @see #getClosedOn()
	 * @generated
	 */
	void setClosedOn(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.Note}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' containment reference list.
	 * @see org.casenotes.model.CasenotesPackage#getCaseFile_Notes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Note> getNotes();

	/**
	 * Returns the value of the '<em><b>Dismissed Findings</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Texts the therapist judged not identifying in this case (false positives), lower case; the engine leaves them unmarked in every note of the case.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dismissed Findings</em>' attribute list.
	 * @see org.casenotes.model.CasenotesPackage#getCaseFile_DismissedFindings()
	 * @model
	 * @generated
	 */
	EList<String> getDismissedFindings();

	/**
	 * Returns the value of the '<em><b>Confirmed Findings</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Texts the therapist confirmed as identifying in this case, lower case: reviewed, so sharing need not ask about them again.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Confirmed Findings</em>' attribute list.
	 * @see org.casenotes.model.CasenotesPackage#getCaseFile_ConfirmedFindings()
	 * @model
	 * @generated
	 */
	EList<String> getConfirmedFindings();

} // CaseFile
