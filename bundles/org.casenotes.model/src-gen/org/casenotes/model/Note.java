/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Note</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.Note#getKind <em>Kind</em>}</li>
 *   <li>{@link org.casenotes.model.Note#getTitle <em>Title</em>}</li>
 *   <li>{@link org.casenotes.model.Note#getSessionDate <em>Session Date</em>}</li>
 *   <li>{@link org.casenotes.model.Note#getStatus <em>Status</em>}</li>
 *   <li>{@link org.casenotes.model.Note#getSignedBy <em>Signed By</em>}</li>
 *   <li>{@link org.casenotes.model.Note#getSignedAt <em>Signed At</em>}</li>
 *   <li>{@link org.casenotes.model.Note#getSections <em>Sections</em>}</li>
 *   <li>{@link org.casenotes.model.Note#getAddenda <em>Addenda</em>}</li>
 *   <li>{@link org.casenotes.model.Note#getDecisions <em>Decisions</em>}</li>
 *   <li>{@link org.casenotes.model.Note#getFeedback <em>Feedback</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.CasenotesPackage#getNote()
 * @model
 * @generated
 */
public interface Note extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.casenotes.model.NoteKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.casenotes.model.NoteKind
	 * @see #setKind(NoteKind)
	 * @see org.casenotes.model.CasenotesPackage#getNote_Kind()
	 * @model required="true"
	 * @generated
	 */
	NoteKind getKind();

	/**
	 * Sets the value of the '{@link org.casenotes.model.Note#getKind <em>Kind</em>}' attribute.
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
	 * @see org.casenotes.model.CasenotesPackage#getNote_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.casenotes.model.Note#getTitle <em>Title</em>}' attribute.
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
	 * @return the value of the '<em>Session Date</em>' attribute.
	 * @see #setSessionDate(LocalDate)
	 * @see org.casenotes.model.CasenotesPackage#getNote_SessionDate()
	 * @model dataType="org.casenotes.model.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getSessionDate();

	/**
	 * Sets the value of the '{@link org.casenotes.model.Note#getSessionDate <em>Session Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Session Date</em>' attribute.
	 * @see #getSessionDate()
	 * @generated
	 */
	void setSessionDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.casenotes.model.NoteStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.casenotes.model.NoteStatus
	 * @see #setStatus(NoteStatus)
	 * @see org.casenotes.model.CasenotesPackage#getNote_Status()
	 * @model
	 * @generated
	 */
	NoteStatus getStatus();

	/**
	 * Sets the value of the '{@link org.casenotes.model.Note#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.casenotes.model.NoteStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(NoteStatus value);

	/**
	 * Returns the value of the '<em><b>Signed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signed By</em>' attribute.
	 * @see #setSignedBy(String)
	 * @see org.casenotes.model.CasenotesPackage#getNote_SignedBy()
	 * @model
	 * @generated
	 */
	String getSignedBy();

	/**
	 * Sets the value of the '{@link org.casenotes.model.Note#getSignedBy <em>Signed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signed By</em>' attribute.
	 * @see #getSignedBy()
	 * @generated
	 */
	void setSignedBy(String value);

	/**
	 * Returns the value of the '<em><b>Signed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signed At</em>' attribute.
	 * @see #setSignedAt(Instant)
	 * @see org.casenotes.model.CasenotesPackage#getNote_SignedAt()
	 * @model dataType="org.casenotes.model.Instant"
	 * @generated
	 */
	Instant getSignedAt();

	/**
	 * Sets the value of the '{@link org.casenotes.model.Note#getSignedAt <em>Signed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signed At</em>' attribute.
	 * @see #getSignedAt()
	 * @generated
	 */
	void setSignedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Sections</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.Section}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sections</em>' containment reference list.
	 * @see org.casenotes.model.CasenotesPackage#getNote_Sections()
	 * @model containment="true"
	 * @generated
	 */
	EList<Section> getSections();

	/**
	 * Returns the value of the '<em><b>Addenda</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.Addendum}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Addenda</em>' containment reference list.
	 * @see org.casenotes.model.CasenotesPackage#getNote_Addenda()
	 * @model containment="true"
	 * @generated
	 */
	EList<Addendum> getAddenda();

	/**
	 * Returns the value of the '<em><b>Decisions</b></em>' reference list.
	 * The list contents are of type {@link org.casenotes.model.BoundaryDecision}.
	 * It is bidirectional and its opposite is '{@link org.casenotes.model.BoundaryDecision#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Boundary decisions this note is about.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decisions</em>' reference list.
	 * @see org.casenotes.model.CasenotesPackage#getNote_Decisions()
	 * @see org.casenotes.model.BoundaryDecision#getNotes
	 * @model opposite="notes"
	 * @generated
	 */
	EList<BoundaryDecision> getDecisions();

	/**
	 * Returns the value of the '<em><b>Feedback</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.Feedback}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Feedback from supervisors and peers on shared copies of this note, its comments anchored to this note's own text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Feedback</em>' containment reference list.
	 * @see org.casenotes.model.CasenotesPackage#getNote_Feedback()
	 * @model containment="true"
	 * @generated
	 */
	EList<Feedback> getFeedback();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A signed note names its signer and the time it was signed; a draft has neither.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean signatureComplete(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Note
