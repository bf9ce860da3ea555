/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.casenotes.model.BoundaryCategory;
import org.casenotes.model.BoundaryDecision;
import org.casenotes.model.CasenotesPackage;
import org.casenotes.model.Client;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Boundary Decision</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.impl.BoundaryDecisionImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.casenotes.model.impl.BoundaryDecisionImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.casenotes.model.impl.BoundaryDecisionImpl#getClient <em>Client</em>}</li>
 *   <li>{@link org.casenotes.model.impl.BoundaryDecisionImpl#getFacts <em>Facts</em>}</li>
 *   <li>{@link org.casenotes.model.impl.BoundaryDecisionImpl#getDecision <em>Decision</em>}</li>
 *   <li>{@link org.casenotes.model.impl.BoundaryDecisionImpl#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.casenotes.model.impl.BoundaryDecisionImpl#getConsultedParties <em>Consulted Parties</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BoundaryDecisionImpl extends MinimalEObjectImpl.Container implements BoundaryDecision {
	/**
	 * The default value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected static final BoundaryCategory CATEGORY_EDEFAULT = BoundaryCategory.OTHER;

	/**
	 * The cached value of the '{@link #getCategory() <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCategory()
	 * @generated
	 * @ordered
	 */
	protected BoundaryCategory category = CATEGORY_EDEFAULT;

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
	 * The cached value of the '{@link #getClient() <em>Client</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClient()
	 * @generated
	 * @ordered
	 */
	protected Client client;

	/**
	 * The default value of the '{@link #getFacts() <em>Facts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFacts()
	 * @generated
	 * @ordered
	 */
	protected static final String FACTS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFacts() <em>Facts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFacts()
	 * @generated
	 * @ordered
	 */
	protected String facts = FACTS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDecision() <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecision()
	 * @generated
	 * @ordered
	 */
	protected static final String DECISION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecision() <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecision()
	 * @generated
	 * @ordered
	 */
	protected String decision = DECISION_EDEFAULT;

	/**
	 * The default value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected static final String RATIONALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRationale() <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRationale()
	 * @generated
	 * @ordered
	 */
	protected String rationale = RATIONALE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getConsultedParties() <em>Consulted Parties</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsultedParties()
	 * @generated
	 * @ordered
	 */
	protected EList<String> consultedParties;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BoundaryDecisionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasenotesPackage.Literals.BOUNDARY_DECISION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BoundaryCategory getCategory() {
		return category;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCategory(BoundaryCategory newCategory) {
		BoundaryCategory oldCategory = category;
		category = newCategory == null ? CATEGORY_EDEFAULT : newCategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.BOUNDARY_DECISION__CATEGORY, oldCategory, category));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.BOUNDARY_DECISION__DATE, oldDate, date));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Client getClient() {
		if (client != null && client.eIsProxy()) {
			InternalEObject oldClient = (InternalEObject)client;
			client = (Client)eResolveProxy(oldClient);
			if (client != oldClient) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasenotesPackage.BOUNDARY_DECISION__CLIENT, oldClient, client));
			}
		}
		return client;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Client basicGetClient() {
		return client;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClient(Client newClient) {
		Client oldClient = client;
		client = newClient;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.BOUNDARY_DECISION__CLIENT, oldClient, client));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFacts() {
		return facts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFacts(String newFacts) {
		String oldFacts = facts;
		facts = newFacts;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.BOUNDARY_DECISION__FACTS, oldFacts, facts));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDecision() {
		return decision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecision(String newDecision) {
		String oldDecision = decision;
		decision = newDecision;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.BOUNDARY_DECISION__DECISION, oldDecision, decision));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRationale() {
		return rationale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRationale(String newRationale) {
		String oldRationale = rationale;
		rationale = newRationale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.BOUNDARY_DECISION__RATIONALE, oldRationale, rationale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getConsultedParties() {
		if (consultedParties == null) {
			consultedParties = new EDataTypeUniqueEList<String>(String.class, this, CasenotesPackage.BOUNDARY_DECISION__CONSULTED_PARTIES);
		}
		return consultedParties;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CasenotesPackage.BOUNDARY_DECISION__CATEGORY:
				return getCategory();
			case CasenotesPackage.BOUNDARY_DECISION__DATE:
				return getDate();
			case CasenotesPackage.BOUNDARY_DECISION__CLIENT:
				if (resolve) return getClient();
				return basicGetClient();
			case CasenotesPackage.BOUNDARY_DECISION__FACTS:
				return getFacts();
			case CasenotesPackage.BOUNDARY_DECISION__DECISION:
				return getDecision();
			case CasenotesPackage.BOUNDARY_DECISION__RATIONALE:
				return getRationale();
			case CasenotesPackage.BOUNDARY_DECISION__CONSULTED_PARTIES:
				return getConsultedParties();
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
			case CasenotesPackage.BOUNDARY_DECISION__CATEGORY:
				setCategory((BoundaryCategory)newValue);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__DATE:
				setDate((LocalDate)newValue);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__CLIENT:
				setClient((Client)newValue);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__FACTS:
				setFacts((String)newValue);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__DECISION:
				setDecision((String)newValue);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__RATIONALE:
				setRationale((String)newValue);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__CONSULTED_PARTIES:
				getConsultedParties().clear();
				getConsultedParties().addAll((Collection<? extends String>)newValue);
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
			case CasenotesPackage.BOUNDARY_DECISION__CATEGORY:
				setCategory(CATEGORY_EDEFAULT);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__DATE:
				setDate(DATE_EDEFAULT);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__CLIENT:
				setClient((Client)null);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__FACTS:
				setFacts(FACTS_EDEFAULT);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__DECISION:
				setDecision(DECISION_EDEFAULT);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__RATIONALE:
				setRationale(RATIONALE_EDEFAULT);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__CONSULTED_PARTIES:
				getConsultedParties().clear();
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
			case CasenotesPackage.BOUNDARY_DECISION__CATEGORY:
				return category != CATEGORY_EDEFAULT;
			case CasenotesPackage.BOUNDARY_DECISION__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case CasenotesPackage.BOUNDARY_DECISION__CLIENT:
				return client != null;
			case CasenotesPackage.BOUNDARY_DECISION__FACTS:
				return FACTS_EDEFAULT == null ? facts != null : !FACTS_EDEFAULT.equals(facts);
			case CasenotesPackage.BOUNDARY_DECISION__DECISION:
				return DECISION_EDEFAULT == null ? decision != null : !DECISION_EDEFAULT.equals(decision);
			case CasenotesPackage.BOUNDARY_DECISION__RATIONALE:
				return RATIONALE_EDEFAULT == null ? rationale != null : !RATIONALE_EDEFAULT.equals(rationale);
			case CasenotesPackage.BOUNDARY_DECISION__CONSULTED_PARTIES:
				return consultedParties != null && !consultedParties.isEmpty();
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
		result.append(" (category: ");
		result.append(category);
		result.append(", date: ");
		result.append(date);
		result.append(", facts: ");
		result.append(facts);
		result.append(", decision: ");
		result.append(decision);
		result.append(", rationale: ");
		result.append(rationale);
		result.append(", consultedParties: ");
		result.append(consultedParties);
		result.append(')');
		return result.toString();
	}

} //BoundaryDecisionImpl
