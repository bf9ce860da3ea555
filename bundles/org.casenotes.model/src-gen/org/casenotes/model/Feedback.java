/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model;

import java.time.Instant;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Feedback</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A reviewer's feedback on a packet: an overall assessment and comments anchored to passages.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.Feedback#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.casenotes.model.Feedback#getPacketId <em>Packet Id</em>}</li>
 *   <li>{@link org.casenotes.model.Feedback#getReviewer <em>Reviewer</em>}</li>
 *   <li>{@link org.casenotes.model.Feedback#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.casenotes.model.Feedback#getAssessment <em>Assessment</em>}</li>
 *   <li>{@link org.casenotes.model.Feedback#getSummary <em>Summary</em>}</li>
 *   <li>{@link org.casenotes.model.Feedback#getComments <em>Comments</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.CasenotesPackage#getFeedback()
 * @model
 * @generated
 */
public interface Feedback extends EObject {
	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(String)
	 * @see org.casenotes.model.CasenotesPackage#getFeedback_FormatVersion()
	 * @model
	 * @generated
	 */
	String getFormatVersion();

	/**
	 * Sets the value of the '{@link org.casenotes.model.Feedback#getFormatVersion <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Format Version</em>' attribute.
	 * @see #getFormatVersion()
	 * @generated
	 */
	void setFormatVersion(String value);

	/**
	 * Returns the value of the '<em><b>Packet Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Packet Id</em>' attribute.
	 * @see #setPacketId(String)
	 * @see org.casenotes.model.CasenotesPackage#getFeedback_PacketId()
	 * @model required="true"
	 * @generated
	 */
	String getPacketId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.Feedback#getPacketId <em>Packet Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Packet Id</em>' attribute.
	 * @see #getPacketId()
	 * @generated
	 */
	void setPacketId(String value);

	/**
	 * Returns the value of the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reviewer</em>' attribute.
	 * @see #setReviewer(String)
	 * @see org.casenotes.model.CasenotesPackage#getFeedback_Reviewer()
	 * @model
	 * @generated
	 */
	String getReviewer();

	/**
	 * Sets the value of the '{@link org.casenotes.model.Feedback#getReviewer <em>Reviewer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reviewer</em>' attribute.
	 * @see #getReviewer()
	 * @generated
	 */
	void setReviewer(String value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Instant)
	 * @see org.casenotes.model.CasenotesPackage#getFeedback_CreatedAt()
	 * @model dataType="org.casenotes.model.Instant"
	 * @generated
	 */
	Instant getCreatedAt();

	/**
	 * Sets the value of the '{@link org.casenotes.model.Feedback#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Assessment</b></em>' attribute.
	 * The literals are from the enumeration {@link org.casenotes.model.Assessment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assessment</em>' attribute.
	 * @see org.casenotes.model.Assessment
	 * @see #setAssessment(Assessment)
	 * @see org.casenotes.model.CasenotesPackage#getFeedback_Assessment()
	 * @model
	 * @generated
	 */
	Assessment getAssessment();

	/**
	 * Sets the value of the '{@link org.casenotes.model.Feedback#getAssessment <em>Assessment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assessment</em>' attribute.
	 * @see org.casenotes.model.Assessment
	 * @see #getAssessment()
	 * @generated
	 */
	void setAssessment(Assessment value);

	/**
	 * Returns the value of the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Summary</em>' attribute.
	 * @see #setSummary(String)
	 * @see org.casenotes.model.CasenotesPackage#getFeedback_Summary()
	 * @model
	 * @generated
	 */
	String getSummary();

	/**
	 * Sets the value of the '{@link org.casenotes.model.Feedback#getSummary <em>Summary</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Summary</em>' attribute.
	 * @see #getSummary()
	 * @generated
	 */
	void setSummary(String value);

	/**
	 * Returns the value of the '<em><b>Comments</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.ReviewComment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comments</em>' containment reference list.
	 * @see org.casenotes.model.CasenotesPackage#getFeedback_Comments()
	 * @model containment="true"
	 * @generated
	 */
	EList<ReviewComment> getComments();

} // Feedback
