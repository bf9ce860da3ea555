/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model.impl;

import java.time.LocalDate;

import org.casenotes.model.CasenotesPackage;
import org.casenotes.model.ConsultantRole;
import org.casenotes.model.Consultation;
import org.casenotes.model.ConsultationMode;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Consultation</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.impl.ConsultationImpl#getConsultantRole <em>Consultant Role</em>}</li>
 *   <li>{@link org.casenotes.model.impl.ConsultationImpl#getConsultantName <em>Consultant Name</em>}</li>
 *   <li>{@link org.casenotes.model.impl.ConsultationImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.casenotes.model.impl.ConsultationImpl#getMode <em>Mode</em>}</li>
 *   <li>{@link org.casenotes.model.impl.ConsultationImpl#getDisclosed <em>Disclosed</em>}</li>
 *   <li>{@link org.casenotes.model.impl.ConsultationImpl#isDeidentified <em>Deidentified</em>}</li>
 *   <li>{@link org.casenotes.model.impl.ConsultationImpl#getAdvice <em>Advice</em>}</li>
 *   <li>{@link org.casenotes.model.impl.ConsultationImpl#isAdviceFollowed <em>Advice Followed</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConsultationImpl extends MinimalEObjectImpl.Container implements Consultation {
	/**
	 * The default value of the '{@link #getConsultantRole() <em>Consultant Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsultantRole()
	 * @generated
	 * @ordered
	 */
	protected static final ConsultantRole CONSULTANT_ROLE_EDEFAULT = ConsultantRole.SUPERVISOR;

	/**
	 * The cached value of the '{@link #getConsultantRole() <em>Consultant Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsultantRole()
	 * @generated
	 * @ordered
	 */
	protected ConsultantRole consultantRole = CONSULTANT_ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getConsultantName() <em>Consultant Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsultantName()
	 * @generated
	 * @ordered
	 */
	protected static final String CONSULTANT_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConsultantName() <em>Consultant Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsultantName()
	 * @generated
	 * @ordered
	 */
	protected String consultantName = CONSULTANT_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDate() <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate date = DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected static final ConsultationMode MODE_EDEFAULT = ConsultationMode.IN_PERSON;

	/**
	 * The cached value of the '{@link #getMode() <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMode()
	 * @generated
	 * @ordered
	 */
	protected ConsultationMode mode = MODE_EDEFAULT;

	/**
	 * This is true if the Mode attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean modeESet;

	/**
	 * The default value of the '{@link #getDisclosed() <em>Disclosed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisclosed()
	 * @generated
	 * @ordered
	 */
	protected static final String DISCLOSED_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDisclosed() <em>Disclosed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisclosed()
	 * @generated
	 * @ordered
	 */
	protected String disclosed = DISCLOSED_EDEFAULT;

	/**
	 * The default value of the '{@link #isDeidentified() <em>Deidentified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDeidentified()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DEIDENTIFIED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDeidentified() <em>Deidentified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDeidentified()
	 * @generated
	 * @ordered
	 */
	protected boolean deidentified = DEIDENTIFIED_EDEFAULT;

	/**
	 * The default value of the '{@link #getAdvice() <em>Advice</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdvice()
	 * @generated
	 * @ordered
	 */
	protected static final String ADVICE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAdvice() <em>Advice</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAdvice()
	 * @generated
	 * @ordered
	 */
	protected String advice = ADVICE_EDEFAULT;

	/**
	 * The default value of the '{@link #isAdviceFollowed() <em>Advice Followed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAdviceFollowed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ADVICE_FOLLOWED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isAdviceFollowed() <em>Advice Followed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isAdviceFollowed()
	 * @generated
	 * @ordered
	 */
	protected boolean adviceFollowed = ADVICE_FOLLOWED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConsultationImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasenotesPackage.Literals.CONSULTATION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConsultantRole getConsultantRole() {
		return consultantRole;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsultantRole(ConsultantRole newConsultantRole) {
		ConsultantRole oldConsultantRole = consultantRole;
		consultantRole = newConsultantRole == null ? CONSULTANT_ROLE_EDEFAULT : newConsultantRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.CONSULTATION__CONSULTANT_ROLE, oldConsultantRole, consultantRole));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConsultantName() {
		return consultantName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsultantName(String newConsultantName) {
		String oldConsultantName = consultantName;
		consultantName = newConsultantName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.CONSULTATION__CONSULTANT_NAME, oldConsultantName, consultantName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDate() {
		return date;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDate(LocalDate newDate) {
		LocalDate oldDate = date;
		date = newDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.CONSULTATION__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConsultationMode getMode() {
		return mode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMode(ConsultationMode newMode) {
		ConsultationMode oldMode = mode;
		mode = newMode == null ? MODE_EDEFAULT : newMode;
		boolean oldModeESet = modeESet;
		modeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.CONSULTATION__MODE, oldMode, mode, !oldModeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMode() {
		ConsultationMode oldMode = mode;
		boolean oldModeESet = modeESet;
		mode = MODE_EDEFAULT;
		modeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CasenotesPackage.CONSULTATION__MODE, oldMode, MODE_EDEFAULT, oldModeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMode() {
		return modeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDisclosed() {
		return disclosed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDisclosed(String newDisclosed) {
		String oldDisclosed = disclosed;
		disclosed = newDisclosed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.CONSULTATION__DISCLOSED, oldDisclosed, disclosed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDeidentified() {
		return deidentified;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDeidentified(boolean newDeidentified) {
		boolean oldDeidentified = deidentified;
		deidentified = newDeidentified;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.CONSULTATION__DEIDENTIFIED, oldDeidentified, deidentified));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAdvice() {
		return advice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdvice(String newAdvice) {
		String oldAdvice = advice;
		advice = newAdvice;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.CONSULTATION__ADVICE, oldAdvice, advice));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isAdviceFollowed() {
		return adviceFollowed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAdviceFollowed(boolean newAdviceFollowed) {
		boolean oldAdviceFollowed = adviceFollowed;
		adviceFollowed = newAdviceFollowed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.CONSULTATION__ADVICE_FOLLOWED, oldAdviceFollowed, adviceFollowed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CasenotesPackage.CONSULTATION__CONSULTANT_ROLE:
				return getConsultantRole();
			case CasenotesPackage.CONSULTATION__CONSULTANT_NAME:
				return getConsultantName();
			case CasenotesPackage.CONSULTATION__DATE:
				return getDate();
			case CasenotesPackage.CONSULTATION__MODE:
				return getMode();
			case CasenotesPackage.CONSULTATION__DISCLOSED:
				return getDisclosed();
			case CasenotesPackage.CONSULTATION__DEIDENTIFIED:
				return isDeidentified();
			case CasenotesPackage.CONSULTATION__ADVICE:
				return getAdvice();
			case CasenotesPackage.CONSULTATION__ADVICE_FOLLOWED:
				return isAdviceFollowed();
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
			case CasenotesPackage.CONSULTATION__CONSULTANT_ROLE:
				setConsultantRole((ConsultantRole)newValue);
				return;
			case CasenotesPackage.CONSULTATION__CONSULTANT_NAME:
				setConsultantName((String)newValue);
				return;
			case CasenotesPackage.CONSULTATION__DATE:
				setDate((LocalDate)newValue);
				return;
			case CasenotesPackage.CONSULTATION__MODE:
				setMode((ConsultationMode)newValue);
				return;
			case CasenotesPackage.CONSULTATION__DISCLOSED:
				setDisclosed((String)newValue);
				return;
			case CasenotesPackage.CONSULTATION__DEIDENTIFIED:
				setDeidentified((Boolean)newValue);
				return;
			case CasenotesPackage.CONSULTATION__ADVICE:
				setAdvice((String)newValue);
				return;
			case CasenotesPackage.CONSULTATION__ADVICE_FOLLOWED:
				setAdviceFollowed((Boolean)newValue);
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
			case CasenotesPackage.CONSULTATION__CONSULTANT_ROLE:
				setConsultantRole(CONSULTANT_ROLE_EDEFAULT);
				return;
			case CasenotesPackage.CONSULTATION__CONSULTANT_NAME:
				setConsultantName(CONSULTANT_NAME_EDEFAULT);
				return;
			case CasenotesPackage.CONSULTATION__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case CasenotesPackage.CONSULTATION__MODE:
				unsetMode();
				return;
			case CasenotesPackage.CONSULTATION__DISCLOSED:
				setDisclosed(DISCLOSED_EDEFAULT);
				return;
			case CasenotesPackage.CONSULTATION__DEIDENTIFIED:
				setDeidentified(DEIDENTIFIED_EDEFAULT);
				return;
			case CasenotesPackage.CONSULTATION__ADVICE:
				setAdvice(ADVICE_EDEFAULT);
				return;
			case CasenotesPackage.CONSULTATION__ADVICE_FOLLOWED:
				setAdviceFollowed(ADVICE_FOLLOWED_EDEFAULT);
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
			case CasenotesPackage.CONSULTATION__CONSULTANT_ROLE:
				return consultantRole != CONSULTANT_ROLE_EDEFAULT;
			case CasenotesPackage.CONSULTATION__CONSULTANT_NAME:
				return CONSULTANT_NAME_EDEFAULT == null ? consultantName != null : !CONSULTANT_NAME_EDEFAULT.equals(consultantName);
			case CasenotesPackage.CONSULTATION__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case CasenotesPackage.CONSULTATION__MODE:
				return isSetMode();
			case CasenotesPackage.CONSULTATION__DISCLOSED:
				return DISCLOSED_EDEFAULT == null ? disclosed != null : !DISCLOSED_EDEFAULT.equals(disclosed);
			case CasenotesPackage.CONSULTATION__DEIDENTIFIED:
				return deidentified != DEIDENTIFIED_EDEFAULT;
			case CasenotesPackage.CONSULTATION__ADVICE:
				return ADVICE_EDEFAULT == null ? advice != null : !ADVICE_EDEFAULT.equals(advice);
			case CasenotesPackage.CONSULTATION__ADVICE_FOLLOWED:
				return adviceFollowed != ADVICE_FOLLOWED_EDEFAULT;
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
		result.append(" (consultantRole: ");
		result.append(consultantRole);
		result.append(", consultantName: ");
		result.append(consultantName);
		result.append(", date: ");
		result.append(date);
		result.append(", mode: ");
		if (modeESet) result.append(mode); else result.append("<unset>");
		result.append(", disclosed: ");
		result.append(disclosed);
		result.append(", deidentified: ");
		result.append(deidentified);
		result.append(", advice: ");
		result.append(advice);
		result.append(", adviceFollowed: ");
		result.append(adviceFollowed);
		result.append(')');
		return result.toString();
	}

} //ConsultationImpl
