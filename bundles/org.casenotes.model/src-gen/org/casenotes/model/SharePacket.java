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
 * A representation of the model object '<em><b>Share Packet</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The content of a share packet: de-identified notes only, never original text, identity sheets or pseudonym mappings.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.SharePacket#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.casenotes.model.SharePacket#getPacketId <em>Packet Id</em>}</li>
 *   <li>{@link org.casenotes.model.SharePacket#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.casenotes.model.SharePacket#getSender <em>Sender</em>}</li>
 *   <li>{@link org.casenotes.model.SharePacket#getRecipient <em>Recipient</em>}</li>
 *   <li>{@link org.casenotes.model.SharePacket#getRecipientKind <em>Recipient Kind</em>}</li>
 *   <li>{@link org.casenotes.model.SharePacket#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.casenotes.model.SharePacket#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.CasenotesPackage#getSharePacket()
 * @model
 * @generated
 */
public interface SharePacket extends EObject {
	/**
	 * Returns the value of the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Format Version</em>' attribute.
	 * @see #setFormatVersion(String)
	 * @see org.casenotes.model.CasenotesPackage#getSharePacket_FormatVersion()
	 * @model required="true"
	 * @generated
	 */
	String getFormatVersion();

	/**
	 * Sets the value of the '{@link org.casenotes.model.SharePacket#getFormatVersion <em>Format Version</em>}' attribute.
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
	 * @see org.casenotes.model.CasenotesPackage#getSharePacket_PacketId()
	 * @model required="true"
	 * @generated
	 */
	String getPacketId();

	/**
	 * Sets the value of the '{@link org.casenotes.model.SharePacket#getPacketId <em>Packet Id</em>}' attribute.
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
	 * @see org.casenotes.model.CasenotesPackage#getSharePacket_CreatedAt()
	 * @model dataType="org.casenotes.model.Instant" required="true"
	 * @generated
	 */
	Instant getCreatedAt();

	/**
	 * Sets the value of the '{@link org.casenotes.model.SharePacket#getCreatedAt <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created At</em>' attribute.
	 * @see #getCreatedAt()
	 * @generated
	 */
	void setCreatedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Sender</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sender</em>' attribute.
	 * @see #setSender(String)
	 * @see org.casenotes.model.CasenotesPackage#getSharePacket_Sender()
	 * @model
	 * @generated
	 */
	String getSender();

	/**
	 * Sets the value of the '{@link org.casenotes.model.SharePacket#getSender <em>Sender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sender</em>' attribute.
	 * @see #getSender()
	 * @generated
	 */
	void setSender(String value);

	/**
	 * Returns the value of the '<em><b>Recipient</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Recipient</em>' attribute.
	 * @see #setRecipient(String)
	 * @see org.casenotes.model.CasenotesPackage#getSharePacket_Recipient()
	 * @model required="true"
	 * @generated
	 */
	String getRecipient();

	/**
	 * Sets the value of the '{@link org.casenotes.model.SharePacket#getRecipient <em>Recipient</em>}' attribute.
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
	 * @see org.casenotes.model.CasenotesPackage#getSharePacket_RecipientKind()
	 * @model
	 * @generated
	 */
	RecipientKind getRecipientKind();

	/**
	 * Sets the value of the '{@link org.casenotes.model.SharePacket#getRecipientKind <em>Recipient Kind</em>}' attribute.
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
	 * @see org.casenotes.model.CasenotesPackage#getSharePacket_Purpose()
	 * @model
	 * @generated
	 */
	String getPurpose();

	/**
	 * Sets the value of the '{@link org.casenotes.model.SharePacket#getPurpose <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Purpose</em>' attribute.
	 * @see #getPurpose()
	 * @generated
	 */
	void setPurpose(String value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.SharedNote}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' containment reference list.
	 * @see org.casenotes.model.CasenotesPackage#getSharePacket_Notes()
	 * @model containment="true"
	 * @generated
	 */
	EList<SharedNote> getNotes();

} // SharePacket
