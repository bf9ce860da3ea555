/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Shared Note Link</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.SharedNoteLink#getSharedId <em>Shared Id</em>}</li>
 *   <li>{@link org.casenotes.model.SharedNoteLink#getNote <em>Note</em>}</li>
 *   <li>{@link org.casenotes.model.SharedNoteLink#getAlignments <em>Alignments</em>}</li>
 *   <li>{@link org.casenotes.model.SharedNoteLink#getSections <em>Sections</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.CasenotesPackage#getSharedNoteLink()
 * @model
 * @generated
 */
public interface SharedNoteLink extends EObject {
	/**
	 * Returns the value of the '<em><b>Shared Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shared Id</em>' attribute.
	 * @see #setSharedId(String)
	 * @see org.casenotes.model.CasenotesPackage#getSharedNoteLink_SharedId()
	 * @model required="true"
	 * @generated
	 */
	String getSharedId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.SharedNoteLink#getSharedId <em>Shared Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shared Id</em>' attribute.
	 * @see #getSharedId()
	 * @generated
	 */
	void setSharedId(String value);

	/**
	 * Returns the value of the '<em><b>Note</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Note</em>' reference.
	 * @see #setNote(Note)
	 * @see org.casenotes.model.CasenotesPackage#getSharedNoteLink_Note()
	 * @model
	 * @generated
	 */
	Note getNote();

	/**
	 * Sets the value of the '{@link org.casenotes.model.SharedNoteLink#getNote <em>Note</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Note</em>' reference.
	 * @see #getNote()
	 * @generated
	 */
	void setNote(Note value);

	/**
	 * Returns the value of the '<em><b>Alignments</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One per shared section, in order: the replaced spans as 'originalStart,originalEnd,sharedStart,sharedEnd' joined by ';', to map a commented passage back to the original text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Alignments</em>' attribute list.
	 * @see org.casenotes.model.CasenotesPackage#getSharedNoteLink_Alignments()
	 * @model unique="false"
	 * @generated
	 */
	EList<String> getAlignments();

	/**
	 * Returns the value of the '<em><b>Sections</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.Integer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The index in the note of each shared section, in order. Empty in records written before sections could be chosen: there shared section k is the note's section k.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Sections</em>' attribute list.
	 * @see org.casenotes.model.CasenotesPackage#getSharedNoteLink_Sections()
	 * @model unique="false"
	 * @generated
	 */
	EList<Integer> getSections();

} // SharedNoteLink
