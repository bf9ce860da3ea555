/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model.impl;

import java.util.Collection;

import org.casenotes.model.CaseFile;
import org.casenotes.model.CasenotesPackage;
import org.casenotes.model.Client;
import org.casenotes.model.IdentitySheet;

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
 * An implementation of the model object '<em><b>Client</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.impl.ClientImpl#getCode <em>Code</em>}</li>
 *   <li>{@link org.casenotes.model.impl.ClientImpl#getIdentitySheet <em>Identity Sheet</em>}</li>
 *   <li>{@link org.casenotes.model.impl.ClientImpl#getCaseFiles <em>Case Files</em>}</li>
 *   <li>{@link org.casenotes.model.impl.ClientImpl#isArchived <em>Archived</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ClientImpl extends MinimalEObjectImpl.Container implements Client {
	/**
	 * The default value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected static final String CODE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCode() <em>Code</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCode()
	 * @generated
	 * @ordered
	 */
	protected String code = CODE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getIdentitySheet() <em>Identity Sheet</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIdentitySheet()
	 * @generated
	 * @ordered
	 */
	protected IdentitySheet identitySheet;

	/**
	 * The cached value of the '{@link #getCaseFiles() <em>Case Files</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCaseFiles()
	 * @generated
	 * @ordered
	 */
	protected EList<CaseFile> caseFiles;

	/**
	 * The default value of the '{@link #isArchived() <em>Archived</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isArchived()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ARCHIVED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isArchived() <em>Archived</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isArchived()
	 * @generated
	 * @ordered
	 */
	protected boolean archived = ARCHIVED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ClientImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasenotesPackage.Literals.CLIENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCode() {
		return code;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCode(String newCode) {
		String oldCode = code;
		code = newCode;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.CLIENT__CODE, oldCode, code));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IdentitySheet getIdentitySheet() {
		if (identitySheet != null && identitySheet.eIsProxy()) {
			InternalEObject oldIdentitySheet = (InternalEObject)identitySheet;
			identitySheet = (IdentitySheet)eResolveProxy(oldIdentitySheet);
			if (identitySheet != oldIdentitySheet) {
				InternalEObject newIdentitySheet = (InternalEObject)identitySheet;
				NotificationChain msgs = oldIdentitySheet.eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CasenotesPackage.CLIENT__IDENTITY_SHEET, null, null);
				if (newIdentitySheet.eInternalContainer() == null) {
					msgs = newIdentitySheet.eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CasenotesPackage.CLIENT__IDENTITY_SHEET, null, msgs);
				}
				if (msgs != null) msgs.dispatch();
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasenotesPackage.CLIENT__IDENTITY_SHEET, oldIdentitySheet, identitySheet));
			}
		}
		return identitySheet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IdentitySheet basicGetIdentitySheet() {
		return identitySheet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetIdentitySheet(IdentitySheet newIdentitySheet, NotificationChain msgs) {
		IdentitySheet oldIdentitySheet = identitySheet;
		identitySheet = newIdentitySheet;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CasenotesPackage.CLIENT__IDENTITY_SHEET, oldIdentitySheet, newIdentitySheet);
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
	public void setIdentitySheet(IdentitySheet newIdentitySheet) {
		if (newIdentitySheet != identitySheet) {
			NotificationChain msgs = null;
			if (identitySheet != null)
				msgs = ((InternalEObject)identitySheet).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CasenotesPackage.CLIENT__IDENTITY_SHEET, null, msgs);
			if (newIdentitySheet != null)
				msgs = ((InternalEObject)newIdentitySheet).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CasenotesPackage.CLIENT__IDENTITY_SHEET, null, msgs);
			msgs = basicSetIdentitySheet(newIdentitySheet, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.CLIENT__IDENTITY_SHEET, newIdentitySheet, newIdentitySheet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CaseFile> getCaseFiles() {
		if (caseFiles == null) {
			caseFiles = new EObjectContainmentEList.Resolving<CaseFile>(CaseFile.class, this, CasenotesPackage.CLIENT__CASE_FILES);
		}
		return caseFiles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isArchived() {
		return archived;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArchived(boolean newArchived) {
		boolean oldArchived = archived;
		archived = newArchived;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.CLIENT__ARCHIVED, oldArchived, archived));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CasenotesPackage.CLIENT__IDENTITY_SHEET:
				return basicSetIdentitySheet(null, msgs);
			case CasenotesPackage.CLIENT__CASE_FILES:
				return ((InternalEList<?>)getCaseFiles()).basicRemove(otherEnd, msgs);
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
			case CasenotesPackage.CLIENT__CODE:
				return getCode();
			case CasenotesPackage.CLIENT__IDENTITY_SHEET:
				if (resolve) return getIdentitySheet();
				return basicGetIdentitySheet();
			case CasenotesPackage.CLIENT__CASE_FILES:
				return getCaseFiles();
			case CasenotesPackage.CLIENT__ARCHIVED:
				return isArchived();
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
			case CasenotesPackage.CLIENT__CODE:
				setCode((String)newValue);
				return;
			case CasenotesPackage.CLIENT__IDENTITY_SHEET:
				setIdentitySheet((IdentitySheet)newValue);
				return;
			case CasenotesPackage.CLIENT__CASE_FILES:
				getCaseFiles().clear();
				getCaseFiles().addAll((Collection<? extends CaseFile>)newValue);
				return;
			case CasenotesPackage.CLIENT__ARCHIVED:
				setArchived((Boolean)newValue);
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
			case CasenotesPackage.CLIENT__CODE:
				setCode(CODE_EDEFAULT);
				return;
			case CasenotesPackage.CLIENT__IDENTITY_SHEET:
				setIdentitySheet((IdentitySheet)null);
				return;
			case CasenotesPackage.CLIENT__CASE_FILES:
				getCaseFiles().clear();
				return;
			case CasenotesPackage.CLIENT__ARCHIVED:
				setArchived(ARCHIVED_EDEFAULT);
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
			case CasenotesPackage.CLIENT__CODE:
				return CODE_EDEFAULT == null ? code != null : !CODE_EDEFAULT.equals(code);
			case CasenotesPackage.CLIENT__IDENTITY_SHEET:
				return identitySheet != null;
			case CasenotesPackage.CLIENT__CASE_FILES:
				return caseFiles != null && !caseFiles.isEmpty();
			case CasenotesPackage.CLIENT__ARCHIVED:
				return archived != ARCHIVED_EDEFAULT;
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
		result.append(" (code: ");
		result.append(code);
		result.append(", archived: ");
		result.append(archived);
		result.append(')');
		return result.toString();
	}

} //ClientImpl
