/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model.impl;

import java.util.Collection;

import org.casenotes.model.BoundaryCategory;
import org.casenotes.model.CasenotesPackage;
import org.casenotes.model.PracticeStandard;
import org.casenotes.model.StandardRequirement;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Practice Standard</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.impl.PracticeStandardImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.casenotes.model.impl.PracticeStandardImpl#getVersion <em>Version</em>}</li>
 *   <li>{@link org.casenotes.model.impl.PracticeStandardImpl#getIssuedBy <em>Issued By</em>}</li>
 *   <li>{@link org.casenotes.model.impl.PracticeStandardImpl#getRequiredCategories <em>Required Categories</em>}</li>
 *   <li>{@link org.casenotes.model.impl.PracticeStandardImpl#getRequirements <em>Requirements</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PracticeStandardImpl extends MinimalEObjectImpl.Container implements PracticeStandard {
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
	 * The default value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected static final String VERSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVersion() <em>Version</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVersion()
	 * @generated
	 * @ordered
	 */
	protected String version = VERSION_EDEFAULT;

	/**
	 * The default value of the '{@link #getIssuedBy() <em>Issued By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String ISSUED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIssuedBy() <em>Issued By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIssuedBy()
	 * @generated
	 * @ordered
	 */
	protected String issuedBy = ISSUED_BY_EDEFAULT;

	/**
	 * The cached value of the '{@link #getRequiredCategories() <em>Required Categories</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequiredCategories()
	 * @generated
	 * @ordered
	 */
	protected EList<BoundaryCategory> requiredCategories;

	/**
	 * The cached value of the '{@link #getRequirements() <em>Requirements</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRequirements()
	 * @generated
	 * @ordered
	 */
	protected EList<StandardRequirement> requirements;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PracticeStandardImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasenotesPackage.Literals.PRACTICE_STANDARD;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.PRACTICE_STANDARD__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVersion() {
		return version;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVersion(String newVersion) {
		String oldVersion = version;
		version = newVersion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.PRACTICE_STANDARD__VERSION, oldVersion, version));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getIssuedBy() {
		return issuedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIssuedBy(String newIssuedBy) {
		String oldIssuedBy = issuedBy;
		issuedBy = newIssuedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.PRACTICE_STANDARD__ISSUED_BY, oldIssuedBy, issuedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BoundaryCategory> getRequiredCategories() {
		if (requiredCategories == null) {
			requiredCategories = new EDataTypeUniqueEList<BoundaryCategory>(BoundaryCategory.class, this, CasenotesPackage.PRACTICE_STANDARD__REQUIRED_CATEGORIES);
		}
		return requiredCategories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<StandardRequirement> getRequirements() {
		if (requirements == null) {
			requirements = new EObjectContainmentEList<StandardRequirement>(StandardRequirement.class, this, CasenotesPackage.PRACTICE_STANDARD__REQUIREMENTS);
		}
		return requirements;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CasenotesPackage.PRACTICE_STANDARD__REQUIREMENTS:
				return ((InternalEList<?>)getRequirements()).basicRemove(otherEnd, msgs);
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
			case CasenotesPackage.PRACTICE_STANDARD__NAME:
				return getName();
			case CasenotesPackage.PRACTICE_STANDARD__VERSION:
				return getVersion();
			case CasenotesPackage.PRACTICE_STANDARD__ISSUED_BY:
				return getIssuedBy();
			case CasenotesPackage.PRACTICE_STANDARD__REQUIRED_CATEGORIES:
				return getRequiredCategories();
			case CasenotesPackage.PRACTICE_STANDARD__REQUIREMENTS:
				return getRequirements();
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
			case CasenotesPackage.PRACTICE_STANDARD__NAME:
				setName((String)newValue);
				return;
			case CasenotesPackage.PRACTICE_STANDARD__VERSION:
				setVersion((String)newValue);
				return;
			case CasenotesPackage.PRACTICE_STANDARD__ISSUED_BY:
				setIssuedBy((String)newValue);
				return;
			case CasenotesPackage.PRACTICE_STANDARD__REQUIRED_CATEGORIES:
				getRequiredCategories().clear();
				getRequiredCategories().addAll((Collection<? extends BoundaryCategory>)newValue);
				return;
			case CasenotesPackage.PRACTICE_STANDARD__REQUIREMENTS:
				getRequirements().clear();
				getRequirements().addAll((Collection<? extends StandardRequirement>)newValue);
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
			case CasenotesPackage.PRACTICE_STANDARD__NAME:
				setName(NAME_EDEFAULT);
				return;
			case CasenotesPackage.PRACTICE_STANDARD__VERSION:
				setVersion(VERSION_EDEFAULT);
				return;
			case CasenotesPackage.PRACTICE_STANDARD__ISSUED_BY:
				setIssuedBy(ISSUED_BY_EDEFAULT);
				return;
			case CasenotesPackage.PRACTICE_STANDARD__REQUIRED_CATEGORIES:
				getRequiredCategories().clear();
				return;
			case CasenotesPackage.PRACTICE_STANDARD__REQUIREMENTS:
				getRequirements().clear();
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
			case CasenotesPackage.PRACTICE_STANDARD__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case CasenotesPackage.PRACTICE_STANDARD__VERSION:
				return VERSION_EDEFAULT == null ? version != null : !VERSION_EDEFAULT.equals(version);
			case CasenotesPackage.PRACTICE_STANDARD__ISSUED_BY:
				return ISSUED_BY_EDEFAULT == null ? issuedBy != null : !ISSUED_BY_EDEFAULT.equals(issuedBy);
			case CasenotesPackage.PRACTICE_STANDARD__REQUIRED_CATEGORIES:
				return requiredCategories != null && !requiredCategories.isEmpty();
			case CasenotesPackage.PRACTICE_STANDARD__REQUIREMENTS:
				return requirements != null && !requirements.isEmpty();
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
		result.append(", version: ");
		result.append(version);
		result.append(", issuedBy: ");
		result.append(issuedBy);
		result.append(", requiredCategories: ");
		result.append(requiredCategories);
		result.append(')');
		return result.toString();
	}

} //PracticeStandardImpl
