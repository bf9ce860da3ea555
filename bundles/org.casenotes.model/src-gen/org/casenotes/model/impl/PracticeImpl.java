/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model.impl;

import java.util.Collection;

import org.casenotes.model.CasenotesPackage;
import org.casenotes.model.Client;
import org.casenotes.model.ConsultationLog;
import org.casenotes.model.Practice;
import org.casenotes.model.PracticeStandard;
import org.casenotes.model.ReceivedPacket;
import org.casenotes.model.ShareRecord;

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
 * An implementation of the model object '<em><b>Practice</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.impl.PracticeImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.casenotes.model.impl.PracticeImpl#getPractitionerId <em>Practitioner Id</em>}</li>
 *   <li>{@link org.casenotes.model.impl.PracticeImpl#getClients <em>Clients</em>}</li>
 *   <li>{@link org.casenotes.model.impl.PracticeImpl#getConsultationLog <em>Consultation Log</em>}</li>
 *   <li>{@link org.casenotes.model.impl.PracticeImpl#getStandard <em>Standard</em>}</li>
 *   <li>{@link org.casenotes.model.impl.PracticeImpl#getShares <em>Shares</em>}</li>
 *   <li>{@link org.casenotes.model.impl.PracticeImpl#getReceived <em>Received</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PracticeImpl extends MinimalEObjectImpl.Container implements Practice {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getPractitionerId() <em>Practitioner Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPractitionerId()
	 * @generated
	 * @ordered
	 */
	protected static final String PRACTITIONER_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPractitionerId() <em>Practitioner Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPractitionerId()
	 * @generated
	 * @ordered
	 */
	protected String practitionerId = PRACTITIONER_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getClients() <em>Clients</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClients()
	 * @generated
	 * @ordered
	 */
	protected EList<Client> clients;

	/**
	 * The cached value of the '{@link #getConsultationLog() <em>Consultation Log</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsultationLog()
	 * @generated
	 * @ordered
	 */
	protected ConsultationLog consultationLog;

	/**
	 * The cached value of the '{@link #getStandard() <em>Standard</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStandard()
	 * @generated
	 * @ordered
	 */
	protected PracticeStandard standard;

	/**
	 * The cached value of the '{@link #getShares() <em>Shares</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getShares()
	 * @generated
	 * @ordered
	 */
	protected EList<ShareRecord> shares;

	/**
	 * The cached value of the '{@link #getReceived() <em>Received</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReceived()
	 * @generated
	 * @ordered
	 */
	protected EList<ReceivedPacket> received;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PracticeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasenotesPackage.Literals.PRACTICE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.PRACTICE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPractitionerId() {
		return practitionerId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPractitionerId(String newPractitionerId) {
		String oldPractitionerId = practitionerId;
		practitionerId = newPractitionerId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.PRACTICE__PRACTITIONER_ID, oldPractitionerId, practitionerId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Client> getClients() {
		if (clients == null) {
			clients = new EObjectContainmentEList<Client>(Client.class, this, CasenotesPackage.PRACTICE__CLIENTS);
		}
		return clients;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConsultationLog getConsultationLog() {
		if (consultationLog != null && consultationLog.eIsProxy()) {
			InternalEObject oldConsultationLog = (InternalEObject)consultationLog;
			consultationLog = (ConsultationLog)eResolveProxy(oldConsultationLog);
			if (consultationLog != oldConsultationLog) {
				InternalEObject newConsultationLog = (InternalEObject)consultationLog;
				NotificationChain msgs = oldConsultationLog.eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CasenotesPackage.PRACTICE__CONSULTATION_LOG, null, null);
				if (newConsultationLog.eInternalContainer() == null) {
					msgs = newConsultationLog.eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CasenotesPackage.PRACTICE__CONSULTATION_LOG, null, msgs);
				}
				if (msgs != null) msgs.dispatch();
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasenotesPackage.PRACTICE__CONSULTATION_LOG, oldConsultationLog, consultationLog));
			}
		}
		return consultationLog;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConsultationLog basicGetConsultationLog() {
		return consultationLog;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetConsultationLog(ConsultationLog newConsultationLog, NotificationChain msgs) {
		ConsultationLog oldConsultationLog = consultationLog;
		consultationLog = newConsultationLog;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CasenotesPackage.PRACTICE__CONSULTATION_LOG, oldConsultationLog, newConsultationLog);
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
	public void setConsultationLog(ConsultationLog newConsultationLog) {
		if (newConsultationLog != consultationLog) {
			NotificationChain msgs = null;
			if (consultationLog != null)
				msgs = ((InternalEObject)consultationLog).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CasenotesPackage.PRACTICE__CONSULTATION_LOG, null, msgs);
			if (newConsultationLog != null)
				msgs = ((InternalEObject)newConsultationLog).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CasenotesPackage.PRACTICE__CONSULTATION_LOG, null, msgs);
			msgs = basicSetConsultationLog(newConsultationLog, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.PRACTICE__CONSULTATION_LOG, newConsultationLog, newConsultationLog));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PracticeStandard getStandard() {
		return standard;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetStandard(PracticeStandard newStandard, NotificationChain msgs) {
		PracticeStandard oldStandard = standard;
		standard = newStandard;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CasenotesPackage.PRACTICE__STANDARD, oldStandard, newStandard);
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
	public void setStandard(PracticeStandard newStandard) {
		if (newStandard != standard) {
			NotificationChain msgs = null;
			if (standard != null)
				msgs = ((InternalEObject)standard).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CasenotesPackage.PRACTICE__STANDARD, null, msgs);
			if (newStandard != null)
				msgs = ((InternalEObject)newStandard).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CasenotesPackage.PRACTICE__STANDARD, null, msgs);
			msgs = basicSetStandard(newStandard, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.PRACTICE__STANDARD, newStandard, newStandard));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ShareRecord> getShares() {
		if (shares == null) {
			shares = new EObjectContainmentEList<ShareRecord>(ShareRecord.class, this, CasenotesPackage.PRACTICE__SHARES);
		}
		return shares;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ReceivedPacket> getReceived() {
		if (received == null) {
			received = new EObjectContainmentEList<ReceivedPacket>(ReceivedPacket.class, this, CasenotesPackage.PRACTICE__RECEIVED);
		}
		return received;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CasenotesPackage.PRACTICE__CLIENTS:
				return ((InternalEList<?>)getClients()).basicRemove(otherEnd, msgs);
			case CasenotesPackage.PRACTICE__CONSULTATION_LOG:
				return basicSetConsultationLog(null, msgs);
			case CasenotesPackage.PRACTICE__STANDARD:
				return basicSetStandard(null, msgs);
			case CasenotesPackage.PRACTICE__SHARES:
				return ((InternalEList<?>)getShares()).basicRemove(otherEnd, msgs);
			case CasenotesPackage.PRACTICE__RECEIVED:
				return ((InternalEList<?>)getReceived()).basicRemove(otherEnd, msgs);
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
			case CasenotesPackage.PRACTICE__NAME:
				return getName();
			case CasenotesPackage.PRACTICE__PRACTITIONER_ID:
				return getPractitionerId();
			case CasenotesPackage.PRACTICE__CLIENTS:
				return getClients();
			case CasenotesPackage.PRACTICE__CONSULTATION_LOG:
				if (resolve) return getConsultationLog();
				return basicGetConsultationLog();
			case CasenotesPackage.PRACTICE__STANDARD:
				return getStandard();
			case CasenotesPackage.PRACTICE__SHARES:
				return getShares();
			case CasenotesPackage.PRACTICE__RECEIVED:
				return getReceived();
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
			case CasenotesPackage.PRACTICE__NAME:
				setName((String)newValue);
				return;
			case CasenotesPackage.PRACTICE__PRACTITIONER_ID:
				setPractitionerId((String)newValue);
				return;
			case CasenotesPackage.PRACTICE__CLIENTS:
				getClients().clear();
				getClients().addAll((Collection<? extends Client>)newValue);
				return;
			case CasenotesPackage.PRACTICE__CONSULTATION_LOG:
				setConsultationLog((ConsultationLog)newValue);
				return;
			case CasenotesPackage.PRACTICE__STANDARD:
				setStandard((PracticeStandard)newValue);
				return;
			case CasenotesPackage.PRACTICE__SHARES:
				getShares().clear();
				getShares().addAll((Collection<? extends ShareRecord>)newValue);
				return;
			case CasenotesPackage.PRACTICE__RECEIVED:
				getReceived().clear();
				getReceived().addAll((Collection<? extends ReceivedPacket>)newValue);
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
			case CasenotesPackage.PRACTICE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CasenotesPackage.PRACTICE__PRACTITIONER_ID:
				setPractitionerId(PRACTITIONER_ID_EDEFAULT);
				return;
			case CasenotesPackage.PRACTICE__CLIENTS:
				getClients().clear();
				return;
			case CasenotesPackage.PRACTICE__CONSULTATION_LOG:
				setConsultationLog((ConsultationLog)null);
				return;
			case CasenotesPackage.PRACTICE__STANDARD:
				setStandard((PracticeStandard)null);
				return;
			case CasenotesPackage.PRACTICE__SHARES:
				getShares().clear();
				return;
			case CasenotesPackage.PRACTICE__RECEIVED:
				getReceived().clear();
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
			case CasenotesPackage.PRACTICE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CasenotesPackage.PRACTICE__PRACTITIONER_ID:
				return PRACTITIONER_ID_EDEFAULT == null ? practitionerId != null : !PRACTITIONER_ID_EDEFAULT.equals(practitionerId);
			case CasenotesPackage.PRACTICE__CLIENTS:
				return clients != null && !clients.isEmpty();
			case CasenotesPackage.PRACTICE__CONSULTATION_LOG:
				return consultationLog != null;
			case CasenotesPackage.PRACTICE__STANDARD:
				return standard != null;
			case CasenotesPackage.PRACTICE__SHARES:
				return shares != null && !shares.isEmpty();
			case CasenotesPackage.PRACTICE__RECEIVED:
				return received != null && !received.isEmpty();
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
		result.append(" (name: ");
		result.append(name);
		result.append(", practitionerId: ");
		result.append(practitionerId);
		result.append(')');
		return result.toString();
	}

} //PracticeImpl
