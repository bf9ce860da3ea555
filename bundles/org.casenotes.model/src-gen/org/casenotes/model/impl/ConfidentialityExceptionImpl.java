/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model.impl;

import java.time.Instant;

import org.casenotes.model.CasenotesPackage;
import org.casenotes.model.ConfidentialityException;
import org.casenotes.model.Imminence;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Confidentiality Exception</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.impl.ConfidentialityExceptionImpl#getThreat <em>Threat</em>}</li>
 *   <li>{@link org.casenotes.model.impl.ConfidentialityExceptionImpl#getPersonAtRisk <em>Person At Risk</em>}</li>
 *   <li>{@link org.casenotes.model.impl.ConfidentialityExceptionImpl#getImminence <em>Imminence</em>}</li>
 *   <li>{@link org.casenotes.model.impl.ConfidentialityExceptionImpl#getLegalBasis <em>Legal Basis</em>}</li>
 *   <li>{@link org.casenotes.model.impl.ConfidentialityExceptionImpl#getWhoWasTold <em>Who Was Told</em>}</li>
 *   <li>{@link org.casenotes.model.impl.ConfidentialityExceptionImpl#getToldAt <em>Told At</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConfidentialityExceptionImpl extends MinimalEObjectImpl.Container implements ConfidentialityException {
	/**
	 * The default value of the '{@link #getThreat() <em>Threat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreat()
	 * @generated
	 * @ordered
	 */
	protected static final String THREAT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getThreat() <em>Threat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreat()
	 * @generated
	 * @ordered
	 */
	protected String threat = THREAT_EDEFAULT;

	/**
	 * The default value of the '{@link #getPersonAtRisk() <em>Person At Risk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonAtRisk()
	 * @generated
	 * @ordered
	 */
	protected static final String PERSON_AT_RISK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPersonAtRisk() <em>Person At Risk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPersonAtRisk()
	 * @generated
	 * @ordered
	 */
	protected String personAtRisk = PERSON_AT_RISK_EDEFAULT;

	/**
	 * The default value of the '{@link #getImminence() <em>Imminence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImminence()
	 * @generated
	 * @ordered
	 */
	protected static final Imminence IMMINENCE_EDEFAULT = Imminence.UNCLEAR;

	/**
	 * The cached value of the '{@link #getImminence() <em>Imminence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getImminence()
	 * @generated
	 * @ordered
	 */
	protected Imminence imminence = IMMINENCE_EDEFAULT;

	/**
	 * This is true if the Imminence attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean imminenceESet;

	/**
	 * The default value of the '{@link #getLegalBasis() <em>Legal Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalBasis()
	 * @generated
	 * @ordered
	 */
	protected static final String LEGAL_BASIS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLegalBasis() <em>Legal Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalBasis()
	 * @generated
	 * @ordered
	 */
	protected String legalBasis = LEGAL_BASIS_EDEFAULT;

	/**
	 * The default value of the '{@link #getWhoWasTold() <em>Who Was Told</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWhoWasTold()
	 * @generated
	 * @ordered
	 */
	protected static final String WHO_WAS_TOLD_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getWhoWasTold() <em>Who Was Told</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWhoWasTold()
	 * @generated
	 * @ordered
	 */
	protected String whoWasTold = WHO_WAS_TOLD_EDEFAULT;

	/**
	 * The default value of the '{@link #getToldAt() <em>Told At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToldAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant TOLD_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getToldAt() <em>Told At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getToldAt()
	 * @generated
	 * @ordered
	 */
	protected Instant toldAt = TOLD_AT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConfidentialityExceptionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasenotesPackage.Literals.CONFIDENTIALITY_EXCEPTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getThreat() {
		return threat;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThreat(String newThreat) {
		String oldThreat = threat;
		threat = newThreat;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.CONFIDENTIALITY_EXCEPTION__THREAT, oldThreat, threat));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPersonAtRisk() {
		return personAtRisk;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPersonAtRisk(String newPersonAtRisk) {
		String oldPersonAtRisk = personAtRisk;
		personAtRisk = newPersonAtRisk;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.CONFIDENTIALITY_EXCEPTION__PERSON_AT_RISK, oldPersonAtRisk, personAtRisk));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Imminence getImminence() {
		return imminence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setImminence(Imminence newImminence) {
		Imminence oldImminence = imminence;
		imminence = newImminence == null ? IMMINENCE_EDEFAULT : newImminence;
		boolean oldImminenceESet = imminenceESet;
		imminenceESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.CONFIDENTIALITY_EXCEPTION__IMMINENCE, oldImminence, imminence, !oldImminenceESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetImminence() {
		Imminence oldImminence = imminence;
		boolean oldImminenceESet = imminenceESet;
		imminence = IMMINENCE_EDEFAULT;
		imminenceESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CasenotesPackage.CONFIDENTIALITY_EXCEPTION__IMMINENCE, oldImminence, IMMINENCE_EDEFAULT, oldImminenceESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetImminence() {
		return imminenceESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLegalBasis() {
		return legalBasis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLegalBasis(String newLegalBasis) {
		String oldLegalBasis = legalBasis;
		legalBasis = newLegalBasis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.CONFIDENTIALITY_EXCEPTION__LEGAL_BASIS, oldLegalBasis, legalBasis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getWhoWasTold() {
		return whoWasTold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWhoWasTold(String newWhoWasTold) {
		String oldWhoWasTold = whoWasTold;
		whoWasTold = newWhoWasTold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.CONFIDENTIALITY_EXCEPTION__WHO_WAS_TOLD, oldWhoWasTold, whoWasTold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getToldAt() {
		return toldAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setToldAt(Instant newToldAt) {
		Instant oldToldAt = toldAt;
		toldAt = newToldAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.CONFIDENTIALITY_EXCEPTION__TOLD_AT, oldToldAt, toldAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CasenotesPackage.CONFIDENTIALITY_EXCEPTION__THREAT:
				return getThreat();
			case CasenotesPackage.CONFIDENTIALITY_EXCEPTION__PERSON_AT_RISK:
				return getPersonAtRisk();
			case CasenotesPackage.CONFIDENTIALITY_EXCEPTION__IMMINENCE:
				return getImminence();
			case CasenotesPackage.CONFIDENTIALITY_EXCEPTION__LEGAL_BASIS:
				return getLegalBasis();
			case CasenotesPackage.CONFIDENTIALITY_EXCEPTION__WHO_WAS_TOLD:
				return getWhoWasTold();
			case CasenotesPackage.CONFIDENTIALITY_EXCEPTION__TOLD_AT:
				return getToldAt();
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
			case CasenotesPackage.CONFIDENTIALITY_EXCEPTION__THREAT:
				setThreat((String)newValue);
				return;
			case CasenotesPackage.CONFIDENTIALITY_EXCEPTION__PERSON_AT_RISK:
				setPersonAtRisk((String)newValue);
				return;
			case CasenotesPackage.CONFIDENTIALITY_EXCEPTION__IMMINENCE:
				setImminence((Imminence)newValue);
				return;
			case CasenotesPackage.CONFIDENTIALITY_EXCEPTION__LEGAL_BASIS:
				setLegalBasis((String)newValue);
				return;
			case CasenotesPackage.CONFIDENTIALITY_EXCEPTION__WHO_WAS_TOLD:
				setWhoWasTold((String)newValue);
				return;
			case CasenotesPackage.CONFIDENTIALITY_EXCEPTION__TOLD_AT:
				setToldAt((Instant)newValue);
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
			case CasenotesPackage.CONFIDENTIALITY_EXCEPTION__THREAT:
				setThreat(THREAT_EDEFAULT);
				return;
			case CasenotesPackage.CONFIDENTIALITY_EXCEPTION__PERSON_AT_RISK:
				setPersonAtRisk(PERSON_AT_RISK_EDEFAULT);
				return;
			case CasenotesPackage.CONFIDENTIALITY_EXCEPTION__IMMINENCE:
				unsetImminence();
				return;
			case CasenotesPackage.CONFIDENTIALITY_EXCEPTION__LEGAL_BASIS:
				setLegalBasis(LEGAL_BASIS_EDEFAULT);
				return;
			case CasenotesPackage.CONFIDENTIALITY_EXCEPTION__WHO_WAS_TOLD:
				setWhoWasTold(WHO_WAS_TOLD_EDEFAULT);
				return;
			case CasenotesPackage.CONFIDENTIALITY_EXCEPTION__TOLD_AT:
				setToldAt(TOLD_AT_EDEFAULT);
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
			case CasenotesPackage.CONFIDENTIALITY_EXCEPTION__THREAT:
				return THREAT_EDEFAULT == null ? threat != null : !THREAT_EDEFAULT.equals(threat);
			case CasenotesPackage.CONFIDENTIALITY_EXCEPTION__PERSON_AT_RISK:
				return PERSON_AT_RISK_EDEFAULT == null ? personAtRisk != null : !PERSON_AT_RISK_EDEFAULT.equals(personAtRisk);
			case CasenotesPackage.CONFIDENTIALITY_EXCEPTION__IMMINENCE:
				return isSetImminence();
			case CasenotesPackage.CONFIDENTIALITY_EXCEPTION__LEGAL_BASIS:
				return LEGAL_BASIS_EDEFAULT == null ? legalBasis != null : !LEGAL_BASIS_EDEFAULT.equals(legalBasis);
			case CasenotesPackage.CONFIDENTIALITY_EXCEPTION__WHO_WAS_TOLD:
				return WHO_WAS_TOLD_EDEFAULT == null ? whoWasTold != null : !WHO_WAS_TOLD_EDEFAULT.equals(whoWasTold);
			case CasenotesPackage.CONFIDENTIALITY_EXCEPTION__TOLD_AT:
				return TOLD_AT_EDEFAULT == null ? toldAt != null : !TOLD_AT_EDEFAULT.equals(toldAt);
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
		result.append(" (threat: ");
		result.append(threat);
		result.append(", personAtRisk: ");
		result.append(personAtRisk);
		result.append(", imminence: ");
		if (imminenceESet) result.append(imminence); else result.append("<unset>");
		result.append(", legalBasis: ");
		result.append(legalBasis);
		result.append(", whoWasTold: ");
		result.append(whoWasTold);
		result.append(", toldAt: ");
		result.append(toldAt);
		result.append(')');
		return result.toString();
	}

} //ConfidentialityExceptionImpl
