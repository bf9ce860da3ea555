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
 * A representation of the model object '<em><b>Share Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The sender's record of a packet: where each shared note came from and how its text was replaced. Local only.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.ShareRecord#getPacketId <em>Packet Id</em>}</li>
 *   <li>{@link org.casenotes.model.ShareRecord#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.casenotes.model.ShareRecord#getRecipient <em>Recipient</em>}</li>
 *   <li>{@link org.casenotes.model.ShareRecord#getRecipientKind <em>Recipient Kind</em>}</li>
 *   <li>{@link org.casenotes.model.ShareRecord#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.casenotes.model.ShareRecord#getContentHash <em>Content Hash</em>}</li>
 *   <li>{@link org.casenotes.model.ShareRecord#getPseudonyms <em>Pseudonyms</em>}</li>
 *   <li>{@link org.casenotes.model.ShareRecord#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.CasenotesPackage#getShareRecord()
 * @model
 * @generated
 */
public interface ShareRecord extends EObject {
	/**
	 * Returns the value of the '<em><b>Packet Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Packet Id</em>' attribute.
	 * @see #setPacketId(String)
	 * @see org.casenotes.model.CasenotesPackage#getShareRecord_PacketId()
	 * @model required="true"
	 * @generated
	 */
	String getPacketId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.ShareRecord#getPacketId <em>Packet Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Packet Id</em>' attribute.
	 * @see #getPacketId()
	 * @generated
	 */
	void setPacketId(String value);

	/**
	 * Returns the value of the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created At</em>' attribute.
	 * @see #setCreatedAt(Instant)
	 * @see org.casenotes.model.CasenotesPackage#getShareRecord_CreatedAt()
	 * @model dataType="org.casenotes.model.Instant" required="true"
	 * @generated
	 */
	Instant getCreatedAt();

	/**
	 * Sets the value of the '{@link org.casenotes.model.ShareRecord#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Recipient</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recipient</em>' attribute.
	 * @see #setRecipient(String)
	 * @see org.casenotes.model.CasenotesPackage#getShareRecord_Recipient()
	 * @model
	 * @generated
	 */
	String getRecipient();

	/**
	 * Sets the value of the '{@link org.casenotes.model.ShareRecord#getRecipient <em>Recipient</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recipient</em>' attribute.
	 * @see #getRecipient()
	 * @generated
	 */
	void setRecipient(String value);

	/**
	 * Returns the value of the '<em><b>Recipient Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.casenotes.model.RecipientKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recipient Kind</em>' attribute.
	 * @see org.casenotes.model.RecipientKind
	 * @see #setRecipientKind(RecipientKind)
	 * @see org.casenotes.model.CasenotesPackage#getShareRecord_RecipientKind()
	 * @model
	 * @generated
	 */
	RecipientKind getRecipientKind();

	/**
	 * Sets the value of the '{@link org.casenotes.model.ShareRecord#getRecipientKind <em>Recipient Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Recipient Kind</em>' attribute.
	 * @see org.casenotes.model.RecipientKind
	 * @see #getRecipientKind()
	 * @generated
	 */
	void setRecipientKind(RecipientKind value);

	/**
	 * Returns the value of the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Purpose</em>' attribute.
	 * @see #setPurpose(String)
	 * @see org.casenotes.model.CasenotesPackage#getShareRecord_Purpose()
	 * @model
	 * @generated
	 */
	String getPurpose();

	/**
	 * Sets the value of the '{@link org.casenotes.model.ShareRecord#getPurpose <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purpose</em>' attribute.
	 * @see #getPurpose()
	 * @generated
	 */
	void setPurpose(String value);

	/**
	 * Returns the value of the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Content Hash</em>' attribute.
	 * @see #setContentHash(String)
	 * @see org.casenotes.model.CasenotesPackage#getShareRecord_ContentHash()
	 * @model
	 * @generated
	 */
	String getContentHash();

	/**
	 * Sets the value of the '{@link org.casenotes.model.ShareRecord#getContentHash <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Content Hash</em>' attribute.
	 * @see #getContentHash()
	 * @generated
	 */
	void setContentHash(String value);

	/**
	 * Returns the value of the '<em><b>Pseudonyms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The packet's pseudonym mapping as JSON (PseudonymMap.toJson): what [Sister-1] stood for. Never leaves this computer.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pseudonyms</em>' attribute.
	 * @see #setPseudonyms(String)
	 * @see org.casenotes.model.CasenotesPackage#getShareRecord_Pseudonyms()
	 * @model
	 * @generated
	 */
	String getPseudonyms();

	/**
	 * Sets the value of the '{@link org.casenotes.model.ShareRecord#getPseudonyms <em>Pseudonyms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pseudonyms</em>' attribute.
	 * @see #getPseudonyms()
	 * @generated
	 */
	void setPseudonyms(String value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.SharedNoteLink}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' containment reference list.
	 * @see org.casenotes.model.CasenotesPackage#getShareRecord_Notes()
	 * @model containment="true"
	 * @generated
	 */
	EList<SharedNoteLink> getNotes();

} // ShareRecord
