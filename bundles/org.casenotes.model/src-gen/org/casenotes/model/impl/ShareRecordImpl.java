/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model.impl;

import java.time.Instant;

import java.util.Collection;

import org.casenotes.model.CasenotesPackage;
import org.casenotes.model.RecipientKind;
import org.casenotes.model.ShareRecord;
import org.casenotes.model.SharedNoteLink;

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
 * An implementation of the model object '<em><b>Share Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.impl.ShareRecordImpl#getPacketId <em>Packet Id</em>}</li>
 *   <li>{@link org.casenotes.model.impl.ShareRecordImpl#getCreatedAt <em>Created At</em>}</li>
 *   <li>{@link org.casenotes.model.impl.ShareRecordImpl#getRecipient <em>Recipient</em>}</li>
 *   <li>{@link org.casenotes.model.impl.ShareRecordImpl#getRecipientKind <em>Recipient Kind</em>}</li>
 *   <li>{@link org.casenotes.model.impl.ShareRecordImpl#getPurpose <em>Purpose</em>}</li>
 *   <li>{@link org.casenotes.model.impl.ShareRecordImpl#getContentHash <em>Content Hash</em>}</li>
 *   <li>{@link org.casenotes.model.impl.ShareRecordImpl#getPseudonyms <em>Pseudonyms</em>}</li>
 *   <li>{@link org.casenotes.model.impl.ShareRecordImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ShareRecordImpl extends MinimalEObjectImpl.Container implements ShareRecord {
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
	 * The default value of the '{@link #getContentHash() <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentHash()
	 * @generated
	 * @ordered
	 */
	protected static final String CONTENT_HASH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getContentHash() <em>Content Hash</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentHash()
	 * @generated
	 * @ordered
	 */
	protected String contentHash = CONTENT_HASH_EDEFAULT;

	/**
	 * The default value of the '{@link #getPseudonyms() <em>Pseudonyms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPseudonyms()
	 * @generated
	 * @ordered
	 */
	protected static final String PSEUDONYMS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPseudonyms() <em>Pseudonyms</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPseudonyms()
	 * @generated
	 * @ordered
	 */
	protected String pseudonyms = PSEUDONYMS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected EList<SharedNoteLink> notes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ShareRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasenotesPackage.Literals.SHARE_RECORD;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.SHARE_RECORD__PACKET_ID, oldPacketId, packetId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.SHARE_RECORD__CREATED_AT, oldCreatedAt, createdAt));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.SHARE_RECORD__RECIPIENT, oldRecipient, recipient));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.SHARE_RECORD__RECIPIENT_KIND, oldRecipientKind, recipientKind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.SHARE_RECORD__PURPOSE, oldPurpose, purpose));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getContentHash() {
		return contentHash;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setContentHash(String newContentHash) {
		String oldContentHash = contentHash;
		contentHash = newContentHash;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.SHARE_RECORD__CONTENT_HASH, oldContentHash, contentHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPseudonyms() {
		return pseudonyms;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPseudonyms(String newPseudonyms) {
		String oldPseudonyms = pseudonyms;
		pseudonyms = newPseudonyms;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.SHARE_RECORD__PSEUDONYMS, oldPseudonyms, pseudonyms));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SharedNoteLink> getNotes() {
		if (notes == null) {
			notes = new EObjectContainmentEList<SharedNoteLink>(SharedNoteLink.class, this, CasenotesPackage.SHARE_RECORD__NOTES);
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
			case CasenotesPackage.SHARE_RECORD__NOTES:
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
			case CasenotesPackage.SHARE_RECORD__PACKET_ID:
				return getPacketId();
			case CasenotesPackage.SHARE_RECORD__CREATED_AT:
				return getCreatedAt();
			case CasenotesPackage.SHARE_RECORD__RECIPIENT:
				return getRecipient();
			case CasenotesPackage.SHARE_RECORD__RECIPIENT_KIND:
				return getRecipientKind();
			case CasenotesPackage.SHARE_RECORD__PURPOSE:
				return getPurpose();
			case CasenotesPackage.SHARE_RECORD__CONTENT_HASH:
				return getContentHash();
			case CasenotesPackage.SHARE_RECORD__PSEUDONYMS:
				return getPseudonyms();
			case CasenotesPackage.SHARE_RECORD__NOTES:
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
			case CasenotesPackage.SHARE_RECORD__PACKET_ID:
				setPacketId((String)newValue);
				return;
			case CasenotesPackage.SHARE_RECORD__CREATED_AT:
				setCreatedAt((Instant)newValue);
				return;
			case CasenotesPackage.SHARE_RECORD__RECIPIENT:
				setRecipient((String)newValue);
				return;
			case CasenotesPackage.SHARE_RECORD__RECIPIENT_KIND:
				setRecipientKind((RecipientKind)newValue);
				return;
			case CasenotesPackage.SHARE_RECORD__PURPOSE:
				setPurpose((String)newValue);
				return;
			case CasenotesPackage.SHARE_RECORD__CONTENT_HASH:
				setContentHash((String)newValue);
				return;
			case CasenotesPackage.SHARE_RECORD__PSEUDONYMS:
				setPseudonyms((String)newValue);
				return;
			case CasenotesPackage.SHARE_RECORD__NOTES:
				getNotes().clear();
				getNotes().addAll((Collection<? extends SharedNoteLink>)newValue);
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
			case CasenotesPackage.SHARE_RECORD__PACKET_ID:
				setPacketId(PACKET_ID_EDEFAULT);
				return;
			case CasenotesPackage.SHARE_RECORD__CREATED_AT:
				setCreatedAt(CREATED_AT_EDEFAULT);
				return;
			case CasenotesPackage.SHARE_RECORD__RECIPIENT:
				setRecipient(RECIPIENT_EDEFAULT);
				return;
			case CasenotesPackage.SHARE_RECORD__RECIPIENT_KIND:
				setRecipientKind(RECIPIENT_KIND_EDEFAULT);
				return;
			case CasenotesPackage.SHARE_RECORD__PURPOSE:
				setPurpose(PURPOSE_EDEFAULT);
				return;
			case CasenotesPackage.SHARE_RECORD__CONTENT_HASH:
				setContentHash(CONTENT_HASH_EDEFAULT);
				return;
			case CasenotesPackage.SHARE_RECORD__PSEUDONYMS:
				setPseudonyms(PSEUDONYMS_EDEFAULT);
				return;
			case CasenotesPackage.SHARE_RECORD__NOTES:
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
			case CasenotesPackage.SHARE_RECORD__PACKET_ID:
				return PACKET_ID_EDEFAULT == null ? packetId != null : !PACKET_ID_EDEFAULT.equals(packetId);
			case CasenotesPackage.SHARE_RECORD__CREATED_AT:
				return CREATED_AT_EDEFAULT == null ? createdAt != null : !CREATED_AT_EDEFAULT.equals(createdAt);
			case CasenotesPackage.SHARE_RECORD__RECIPIENT:
				return RECIPIENT_EDEFAULT == null ? recipient != null : !RECIPIENT_EDEFAULT.equals(recipient);
			case CasenotesPackage.SHARE_RECORD__RECIPIENT_KIND:
				return recipientKind != RECIPIENT_KIND_EDEFAULT;
			case CasenotesPackage.SHARE_RECORD__PURPOSE:
				return PURPOSE_EDEFAULT == null ? purpose != null : !PURPOSE_EDEFAULT.equals(purpose);
			case CasenotesPackage.SHARE_RECORD__CONTENT_HASH:
				return CONTENT_HASH_EDEFAULT == null ? contentHash != null : !CONTENT_HASH_EDEFAULT.equals(contentHash);
			case CasenotesPackage.SHARE_RECORD__PSEUDONYMS:
				return PSEUDONYMS_EDEFAULT == null ? pseudonyms != null : !PSEUDONYMS_EDEFAULT.equals(pseudonyms);
			case CasenotesPackage.SHARE_RECORD__NOTES:
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
		result.append(" (packetId: ");
		result.append(packetId);
		result.append(", createdAt: ");
		result.append(createdAt);
		result.append(", recipient: ");
		result.append(recipient);
		result.append(", recipientKind: ");
		result.append(recipientKind);
		result.append(", purpose: ");
		result.append(purpose);
		result.append(", contentHash: ");
		result.append(contentHash);
		result.append(", pseudonyms: ");
		result.append(pseudonyms);
		result.append(')');
		return result.toString();
	}

} //ShareRecordImpl
