/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Shared Note</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A de-identified copy of a note. sharedId is random: only the sender's ShareRecord links it to the note.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.SharedNote#getSharedId <em>Shared Id</em>}</li>
 *   <li>{@link org.casenotes.model.SharedNote#getClientLabel <em>Client Label</em>}</li>
 *   <li>{@link org.casenotes.model.SharedNote#getKind <em>Kind</em>}</li>
 *   <li>{@link org.casenotes.model.SharedNote#getTitle <em>Title</em>}</li>
 *   <li>{@link org.casenotes.model.SharedNote#getSessionDate <em>Session Date</em>}</li>
 *   <li>{@link org.casenotes.model.SharedNote#getSections <em>Sections</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.CasenotesPackage#getSharedNote()
 * @model
 * @generated
 */
public interface SharedNote extends EObject {
	/**
	 * Returns the value of the '<em><b>Shared Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shared Id</em>' attribute.
	 * @see #setSharedId(String)
	 * @see org.casenotes.model.CasenotesPackage#getSharedNote_SharedId()
	 * @model required="true"
	 * @generated
	 */
	String getSharedId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.SharedNote#getSharedId <em>Shared Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shared Id</em>' attribute.
	 * @see #getSharedId()
	 * @generated
	 */
	void setSharedId(String value);

	/**
	 * Returns the value of the '<em><b>Client Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the client is called in this packet (e.g. Client A): never the practice's client code.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Client Label</em>' attribute.
	 * @see #setClientLabel(String)
	 * @see org.casenotes.model.CasenotesPackage#getSharedNote_ClientLabel()
	 * @model
	 * @generated
	 */
	String getClientLabel();

	/**
	 * Sets the value of the '{@link org.casenotes.model.SharedNote#getClientLabel <em>Client Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Client Label</em>' attribute.
	 * @see #getClientLabel()
	 * @generated
	 */
	void setClientLabel(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.casenotes.model.NoteKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.casenotes.model.NoteKind
	 * @see #setKind(NoteKind)
	 * @see org.casenotes.model.CasenotesPackage#getSharedNote_Kind()
	 * @model
	 * @generated
	 */
	NoteKind getKind();

	/**
	 * Sets the value of the '{@link org.casenotes.model.SharedNote#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.casenotes.model.NoteKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(NoteKind value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.casenotes.model.CasenotesPackage#getSharedNote_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.casenotes.model.SharedNote#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Session Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The session date as shared: shifted or coarsened by the replacement policy, so kept as text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Session Date</em>' attribute.
	 * @see #setSessionDate(String)
	 * @see org.casenotes.model.CasenotesPackage#getSharedNote_SessionDate()
	 * @model
	 * @generated
	 */
	String getSessionDate();

	/**
	 * Sets the value of the '{@link org.casenotes.model.SharedNote#getSessionDate <em>Session Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Session Date</em>' attribute.
	 * @see #getSessionDate()
	 * @generated
	 */
	void setSessionDate(String value);

	/**
	 * Returns the value of the '<em><b>Sections</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.Section}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sections</em>' containment reference list.
	 * @see org.casenotes.model.CasenotesPackage#getSharedNote_Sections()
	 * @model containment="true"
	 * @generated
	 */
	EList<Section> getSections();

} // SharedNote
