/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model.impl;

import java.time.Instant;

import org.casenotes.model.CasenotesPackage;
import org.casenotes.model.Feedback;
import org.casenotes.model.ReceivedPacket;
import org.casenotes.model.SharePacket;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Received Packet</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.impl.ReceivedPacketImpl#getImportedAt <em>Imported At</em>}</li>
 *   <li>{@link org.casenotes.model.impl.ReceivedPacketImpl#getContentHash <em>Content Hash</em>}</li>
 *   <li>{@link org.casenotes.model.impl.ReceivedPacketImpl#getPacket <em>Packet</em>}</li>
 *   <li>{@link org.casenotes.model.impl.ReceivedPacketImpl#getFeedback <em>Feedback</em>}</li>
 *   <li>{@link org.casenotes.model.impl.ReceivedPacketImpl#getExportedAt <em>Exported At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ReceivedPacketImpl extends MinimalEObjectImpl.Container implements ReceivedPacket {
	/**
	 * The default value of the '{@link #getImportedAt() <em>Imported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant IMPORTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getImportedAt() <em>Imported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImportedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant importedAt = IMPORTED_AT_EDEFAULT;

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
	 * The cached value of the '{@link #getPacket() <em>Packet</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPacket()
	 * @generated
	 * @ordered
	 */
	protected SharePacket packet;

	/**
	 * The cached value of the '{@link #getFeedback() <em>Feedback</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeedback()
	 * @generated
	 * @ordered
	 */
	protected Feedback feedback;

	/**
	 * The default value of the '{@link #getExportedAt() <em>Exported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExportedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant EXPORTED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getExportedAt() <em>Exported At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExportedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant exportedAt = EXPORTED_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReceivedPacketImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasenotesPackage.Literals.RECEIVED_PACKET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getImportedAt() {
		return importedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImportedAt(Instant newImportedAt) {
		Instant oldImportedAt = importedAt;
		importedAt = newImportedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.RECEIVED_PACKET__IMPORTED_AT, oldImportedAt, importedAt));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.RECEIVED_PACKET__CONTENT_HASH, oldContentHash, contentHash));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SharePacket getPacket() {
		return packet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPacket(SharePacket newPacket, NotificationChain msgs) {
		SharePacket oldPacket = packet;
		packet = newPacket;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CasenotesPackage.RECEIVED_PACKET__PACKET, oldPacket, newPacket);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPacket(SharePacket newPacket) {
		if (newPacket != packet) {
			NotificationChain msgs = null;
			if (packet != null)
				msgs = ((InternalEObject)packet).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CasenotesPackage.RECEIVED_PACKET__PACKET, null, msgs);
			if (newPacket != null)
				msgs = ((InternalEObject)newPacket).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CasenotesPackage.RECEIVED_PACKET__PACKET, null, msgs);
			msgs = basicSetPacket(newPacket, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.RECEIVED_PACKET__PACKET, newPacket, newPacket));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Feedback getFeedback() {
		return feedback;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFeedback(Feedback newFeedback, NotificationChain msgs) {
		Feedback oldFeedback = feedback;
		feedback = newFeedback;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CasenotesPackage.RECEIVED_PACKET__FEEDBACK, oldFeedback, newFeedback);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeedback(Feedback newFeedback) {
		if (newFeedback != feedback) {
			NotificationChain msgs = null;
			if (feedback != null)
				msgs = ((InternalEObject)feedback).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CasenotesPackage.RECEIVED_PACKET__FEEDBACK, null, msgs);
			if (newFeedback != null)
				msgs = ((InternalEObject)newFeedback).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CasenotesPackage.RECEIVED_PACKET__FEEDBACK, null, msgs);
			msgs = basicSetFeedback(newFeedback, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.RECEIVED_PACKET__FEEDBACK, newFeedback, newFeedback));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getExportedAt() {
		return exportedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setExportedAt(Instant newExportedAt) {
		Instant oldExportedAt = exportedAt;
		exportedAt = newExportedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.RECEIVED_PACKET__EXPORTED_AT, oldExportedAt, exportedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CasenotesPackage.RECEIVED_PACKET__PACKET:
				return basicSetPacket(null, msgs);
			case CasenotesPackage.RECEIVED_PACKET__FEEDBACK:
				return basicSetFeedback(null, msgs);
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
			case CasenotesPackage.RECEIVED_PACKET__IMPORTED_AT:
				return getImportedAt();
			case CasenotesPackage.RECEIVED_PACKET__CONTENT_HASH:
				return getContentHash();
			case CasenotesPackage.RECEIVED_PACKET__PACKET:
				return getPacket();
			case CasenotesPackage.RECEIVED_PACKET__FEEDBACK:
				return getFeedback();
			case CasenotesPackage.RECEIVED_PACKET__EXPORTED_AT:
				return getExportedAt();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CasenotesPackage.RECEIVED_PACKET__IMPORTED_AT:
				setImportedAt((Instant)newValue);
				return;
			case CasenotesPackage.RECEIVED_PACKET__CONTENT_HASH:
				setContentHash((String)newValue);
				return;
			case CasenotesPackage.RECEIVED_PACKET__PACKET:
				setPacket((SharePacket)newValue);
				return;
			case CasenotesPackage.RECEIVED_PACKET__FEEDBACK:
				setFeedback((Feedback)newValue);
				return;
			case CasenotesPackage.RECEIVED_PACKET__EXPORTED_AT:
				setExportedAt((Instant)newValue);
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
			case CasenotesPackage.RECEIVED_PACKET__IMPORTED_AT:
				setImportedAt(IMPORTED_AT_EDEFAULT);
				return;
			case CasenotesPackage.RECEIVED_PACKET__CONTENT_HASH:
				setContentHash(CONTENT_HASH_EDEFAULT);
				return;
			case CasenotesPackage.RECEIVED_PACKET__PACKET:
				setPacket((SharePacket)null);
				return;
			case CasenotesPackage.RECEIVED_PACKET__FEEDBACK:
				setFeedback((Feedback)null);
				return;
			case CasenotesPackage.RECEIVED_PACKET__EXPORTED_AT:
				setExportedAt(EXPORTED_AT_EDEFAULT);
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
			case CasenotesPackage.RECEIVED_PACKET__IMPORTED_AT:
				return IMPORTED_AT_EDEFAULT == null ? importedAt != null : !IMPORTED_AT_EDEFAULT.equals(importedAt);
			case CasenotesPackage.RECEIVED_PACKET__CONTENT_HASH:
				return CONTENT_HASH_EDEFAULT == null ? contentHash != null : !CONTENT_HASH_EDEFAULT.equals(contentHash);
			case CasenotesPackage.RECEIVED_PACKET__PACKET:
				return packet != null;
			case CasenotesPackage.RECEIVED_PACKET__FEEDBACK:
				return feedback != null;
			case CasenotesPackage.RECEIVED_PACKET__EXPORTED_AT:
				return EXPORTED_AT_EDEFAULT == null ? exportedAt != null : !EXPORTED_AT_EDEFAULT.equals(exportedAt);
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
		result.append(" (importedAt: ");
		result.append(importedAt);
		result.append(", contentHash: ");
		result.append(contentHash);
		result.append(", exportedAt: ");
		result.append(exportedAt);
		result.append(')');
		return result.toString();
	}

} //ReceivedPacketImpl
