/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model.impl;

import org.casenotes.model.CasenotesPackage;
import org.casenotes.model.DecisionOption;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Decision Option</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.impl.DecisionOptionImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.casenotes.model.impl.DecisionOptionImpl#getConsequences <em>Consequences</em>}</li>
 *   <li>{@link org.casenotes.model.impl.DecisionOptionImpl#isChosen <em>Chosen</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DecisionOptionImpl extends MinimalEObjectImpl.Container implements DecisionOption {
	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getConsequences() <em>Consequences</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsequences()
	 * @generated
	 * @ordered
	 */
	protected static final String CONSEQUENCES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getConsequences() <em>Consequences</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsequences()
	 * @generated
	 * @ordered
	 */
	protected String consequences = CONSEQUENCES_EDEFAULT;

	/**
	 * The default value of the '{@link #isChosen() <em>Chosen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isChosen()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CHOSEN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isChosen() <em>Chosen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isChosen()
	 * @generated
	 * @ordered
	 */
	protected boolean chosen = CHOSEN_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DecisionOptionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasenotesPackage.Literals.DECISION_OPTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.DECISION_OPTION__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getConsequences() {
		return consequences;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsequences(String newConsequences) {
		String oldConsequences = consequences;
		consequences = newConsequences;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.DECISION_OPTION__CONSEQUENCES, oldConsequences, consequences));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isChosen() {
		return chosen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setChosen(boolean newChosen) {
		boolean oldChosen = chosen;
		chosen = newChosen;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.DECISION_OPTION__CHOSEN, oldChosen, chosen));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CasenotesPackage.DECISION_OPTION__DESCRIPTION:
				return getDescription();
			case CasenotesPackage.DECISION_OPTION__CONSEQUENCES:
				return getConsequences();
			case CasenotesPackage.DECISION_OPTION__CHOSEN:
				return isChosen();
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
			case CasenotesPackage.DECISION_OPTION__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case CasenotesPackage.DECISION_OPTION__CONSEQUENCES:
				setConsequences((String)newValue);
				return;
			case CasenotesPackage.DECISION_OPTION__CHOSEN:
				setChosen((Boolean)newValue);
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
			case CasenotesPackage.DECISION_OPTION__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case CasenotesPackage.DECISION_OPTION__CONSEQUENCES:
				setConsequences(CONSEQUENCES_EDEFAULT);
				return;
			case CasenotesPackage.DECISION_OPTION__CHOSEN:
				setChosen(CHOSEN_EDEFAULT);
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
			case CasenotesPackage.DECISION_OPTION__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case CasenotesPackage.DECISION_OPTION__CONSEQUENCES:
				return CONSEQUENCES_EDEFAULT == null ? consequences != null : !CONSEQUENCES_EDEFAULT.equals(consequences);
			case CasenotesPackage.DECISION_OPTION__CHOSEN:
				return chosen != CHOSEN_EDEFAULT;
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
		result.append(" (description: ");
		result.append(description);
		result.append(", consequences: ");
		result.append(consequences);
		result.append(", chosen: ");
		result.append(chosen);
		result.append(')');
		return result.toString();
	}

} //DecisionOptionImpl
