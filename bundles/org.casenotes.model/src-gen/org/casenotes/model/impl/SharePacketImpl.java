/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model.impl;

import java.time.Instant;

import java.util.Collection;

import org.casenotes.model.CasenotesPackage;
import org.casenotes.model.RecipientKind;
import org.casenotes.model.SharePacket;
import org.casenotes.model.SharedNote;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Share Packet</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.impl.SharePacketImpl#getFormatVersion <em>Format Version</em>}</li>
 *   <li>{@link org.casenotes.model.impl.SharePacketImpl#getPacketId <em>Packet Id</em>}</li>
 *   <li>{@link org.casenotes.model.impl.SharePacketImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.casenotes.model.impl.SharePacketImpl#getSender <em>Sender</em>}</li>
 *   <li>{@link org.casenotes.model.impl.SharePacketImpl#getRecipient <em>Recipient</em>}</li>
 *   <li>{@link org.casenotes.model.impl.SharePacketImpl#getRecipientKind <em>Recipient Kind</em>}</li>
 *   <li>{@link org.casenotes.model.impl.SharePacketImpl#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.casenotes.model.impl.SharePacketImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SharePacketImpl extends MinimalEObjectImpl.Container implements SharePacket {
	/**
	 * The default value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String FORMAT_VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFormatVersion() <em>Format Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormatVersion()
	 * @generated
	 * @ordered
	 */
	protected String formatVersion = FORMAT_VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getPacketId() <em>Packet Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPacketId()
	 * @generated
	 * @ordered
	 */
	protected static final String PACKET_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPacketId() <em>Packet Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPacketId()
	 * @generated
	 * @ordered
	 */
	protected String packetId = PACKET_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant CREATED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCreatedAt() <em>Created At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCreatedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant createdAt = CREATED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getSender() <em>Sender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSender()
	 * @generated
	 * @ordered
	 */
	protected static final String SENDER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSender() <em>Sender</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSender()
	 * @generated
	 * @ordered
	 */
	protected String sender = SENDER_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecipient() <em>Recipient</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecipient()
	 * @generated
	 * @ordered
	 */
	protected static final String RECIPIENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRecipient() <em>Recipient</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecipient()
	 * @generated
	 * @ordered
	 */
	protected String recipient = RECIPIENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getRecipientKind() <em>Recipient Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecipientKind()
	 * @generated
	 * @ordered
	 */
	protected static final RecipientKind RECIPIENT_KIND_EDEFAULT = RecipientKind.SUPERVISOR;

	/**
	 * The cached value of the '{@link #getRecipientKind() <em>Recipient Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRecipientKind()
	 * @generated
	 * @ordered
	 */
	protected RecipientKind recipientKind = RECIPIENT_KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected static final String PURPOSE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPurpose() <em>Purpose</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPurpose()
	 * @generated
	 * @ordered
	 */
	protected String purpose = PURPOSE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected EList<SharedNote> notes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SharePacketImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasenotesPackage.Literals.SHARE_PACKET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFormatVersion() {
		return formatVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormatVersion(String newFormatVersion) {
		String oldFormatVersion = formatVersion;
		formatVersion = newFormatVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.SHARE_PACKET__FORMAT_VERSION, oldFormatVersion, formatVersion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPacketId() {
		return packetId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPacketId(String newPacketId) {
		String oldPacketId = packetId;
		packetId = newPacketId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.SHARE_PACKET__PACKET_ID, oldPacketId, packetId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getCreatedAt() {
		return createdAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCreatedAt(Instant newCreatedAt) {
		Instant oldCreatedAt = createdAt;
		createdAt = newCreatedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.SHARE_PACKET__CREATED_AT, oldCreatedAt, createdAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSender() {
		return sender;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSender(String newSender) {
		String oldSender = sender;
		sender = newSender;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.SHARE_PACKET__SENDER, oldSender, sender));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRecipient() {
		return recipient;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecipient(String newRecipient) {
		String oldRecipient = recipient;
		recipient = newRecipient;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.SHARE_PACKET__RECIPIENT, oldRecipient, recipient));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RecipientKind getRecipientKind() {
		return recipientKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRecipientKind(RecipientKind newRecipientKind) {
		RecipientKind oldRecipientKind = recipientKind;
		recipientKind = newRecipientKind == null ? RECIPIENT_KIND_EDEFAULT : newRecipientKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.SHARE_PACKET__RECIPIENT_KIND, oldRecipientKind, recipientKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPurpose() {
		return purpose;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPurpose(String newPurpose) {
		String oldPurpose = purpose;
		purpose = newPurpose;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.SHARE_PACKET__PURPOSE, oldPurpose, purpose));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SharedNote> getNotes() {
		if (notes == null) {
			notes = new EObjectContainmentEList<SharedNote>(SharedNote.class, this, CasenotesPackage.SHARE_PACKET__NOTES);
		}
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CasenotesPackage.SHARE_PACKET__NOTES:
				return ((InternalEList<?>)getNotes()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CasenotesPackage.SHARE_PACKET__FORMAT_VERSION:
				return getFormatVersion();
			case CasenotesPackage.SHARE_PACKET__PACKET_ID:
				return getPacketId();
			case CasenotesPackage.SHARE_PACKET__CREATED_AT:
				return getCreatedAt();
			case CasenotesPackage.SHARE_PACKET__SENDER:
				return getSender();
			case CasenotesPackage.SHARE_PACKET__RECIPIENT:
				return getRecipient();
			case CasenotesPackage.SHARE_PACKET__RECIPIENT_KIND:
				return getRecipientKind();
			case CasenotesPackage.SHARE_PACKET__PURPOSE:
				return getPurpose();
			case CasenotesPackage.SHARE_PACKET__NOTES:
				return getNotes();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CasenotesPackage.SHARE_PACKET__FORMAT_VERSION:
				setFormatVersion((String)newValue);
				return;
			case CasenotesPackage.SHARE_PACKET__PACKET_ID:
				setPacketId((String)newValue);
				return;
			case CasenotesPackage.SHARE_PACKET__CREATED_AT:
				setCreatedAt((Instant)newValue);
				return;
			case CasenotesPackage.SHARE_PACKET__SENDER:
				setSender((String)newValue);
				return;
			case CasenotesPackage.SHARE_PACKET__RECIPIENT:
				setRecipient((String)newValue);
				return;
			case CasenotesPackage.SHARE_PACKET__RECIPIENT_KIND:
				setRecipientKind((RecipientKind)newValue);
				return;
			case CasenotesPackage.SHARE_PACKET__PURPOSE:
				setPurpose((String)newValue);
				return;
			case CasenotesPackage.SHARE_PACKET__NOTES:
				getNotes().clear();
				getNotes().addAll((Collection<? extends SharedNote>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CasenotesPackage.SHARE_PACKET__FORMAT_VERSION:
				setFormatVersion(FORMAT_VERSION_EDEFAULT);
				return;
			case CasenotesPackage.SHARE_PACKET__PACKET_ID:
				setPacketId(PACKET_ID_EDEFAULT);
				return;
			case CasenotesPackage.SHARE_PACKET__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case CasenotesPackage.SHARE_PACKET__SENDER:
				setSender(SENDER_EDEFAULT);
				return;
			case CasenotesPackage.SHARE_PACKET__RECIPIENT:
				setRecipient(RECIPIENT_EDEFAULT);
				return;
			case CasenotesPackage.SHARE_PACKET__RECIPIENT_KIND:
				setRecipientKind(RECIPIENT_KIND_EDEFAULT);
				return;
			case CasenotesPackage.SHARE_PACKET__PURPOSE:
				setPurpose(PURPOSE_EDEFAULT);
				return;
			case CasenotesPackage.SHARE_PACKET__NOTES:
				getNotes().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CasenotesPackage.SHARE_PACKET__FORMAT_VERSION:
				return FORMAT_VERSION_EDEFAULT == null ? formatVersion != null : !FORMAT_VERSION_EDEFAULT.equals(formatVersion);
			case CasenotesPackage.SHARE_PACKET__PACKET_ID:
				return PACKET_ID_EDEFAULT == null ? packetId != null : !PACKET_ID_EDEFAULT.equals(packetId);
			case CasenotesPackage.SHARE_PACKET__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case CasenotesPackage.SHARE_PACKET__SENDER:
				return SENDER_EDEFAULT == null ? sender != null : !SENDER_EDEFAULT.equals(sender);
			case CasenotesPackage.SHARE_PACKET__RECIPIENT:
				return RECIPIENT_EDEFAULT == null ? recipient != null : !RECIPIENT_EDEFAULT.equals(recipient);
			case CasenotesPackage.SHARE_PACKET__RECIPIENT_KIND:
				return recipientKind != RECIPIENT_KIND_EDEFAULT;
			case CasenotesPackage.SHARE_PACKET__PURPOSE:
				return PURPOSE_EDEFAULT == null ? purpose != null : !PURPOSE_EDEFAULT.equals(purpose);
			case CasenotesPackage.SHARE_PACKET__NOTES:
				return notes != null && !notes.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (formatVersion: ");
		result.append(formatVersion);
		result.append(", packetId: ");
		result.append(packetId);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", sender: ");
		result.append(sender);
		result.append(", recipient: ");
		result.append(recipient);
		result.append(", recipientKind: ");
		result.append(recipientKind);
		result.append(", purpose: ");
		result.append(purpose);
		result.append(')');
		return result.toString();
	}

} //SharePacketImpl
