/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.casenotes.model.CaseFile;
import org.casenotes.model.CasenotesPackage;
import org.casenotes.model.Note;

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
 * An implementation of the model object '<em><b>Case File</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.impl.CaseFileImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.casenotes.model.impl.CaseFileImpl#getOpenedOn <em>Opened On</em>}</li>
 *   <li>{@link org.casenotes.model.impl.CaseFileImpl#getClosedOn <em>Closed On</em>}</li>
 *   <li>{@link org.casenotes.model.impl.CaseFileImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.casenotes.model.impl.CaseFileImpl#getDismissedFindings <em>Dismissed Findings</em>}</li>
 *   <li>{@link org.casenotes.model.impl.CaseFileImpl#getConfirmedFindings <em>Confirmed Findings</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CaseFileImpl extends MinimalEObjectImpl.Container implements CaseFile {
	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOpenedOn() <em>Opened On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpenedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate OPENED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOpenedOn() <em>Opened On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOpenedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate openedOn = OPENED_ON_EDEFAULT;

	/**
	 * The default value of the '{@link #getClosedOn() <em>Closed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedOn()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate CLOSED_ON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClosedOn() <em>Closed On</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClosedOn()
	 * @generated
	 * @ordered
	 */
	protected LocalDate closedOn = CLOSED_ON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected EList<Note> notes;

	/**
	 * The cached value of the '{@link #getDismissedFindings() <em>Dismissed Findings</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDismissedFindings()
	 * @generated
	 * @ordered
	 */
	protected EList<String> dismissedFindings;

	/**
	 * The cached value of the '{@link #getConfirmedFindings() <em>Confirmed Findings</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfirmedFindings()
	 * @generated
	 * @ordered
	 */
	protected EList<String> confirmedFindings;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CaseFileImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasenotesPackage.Literals.CASE_FILE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.CASE_FILE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getOpenedOn() {
		return openedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOpenedOn(LocalDate newOpenedOn) {
		LocalDate oldOpenedOn = openedOn;
		openedOn = newOpenedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.CASE_FILE__OPENED_ON, oldOpenedOn, openedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getClosedOn() {
		return closedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClosedOn(LocalDate newClosedOn) {
		LocalDate oldClosedOn = closedOn;
		closedOn = newClosedOn;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.CASE_FILE__CLOSED_ON, oldClosedOn, closedOn));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Note> getNotes() {
		if (notes == null) {
			notes = new EObjectContainmentEList<Note>(Note.class, this, CasenotesPackage.CASE_FILE__NOTES);
		}
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getDismissedFindings() {
		if (dismissedFindings == null) {
			dismissedFindings = new EDataTypeUniqueEList<String>(String.class, this, CasenotesPackage.CASE_FILE__DISMISSED_FINDINGS);
		}
		return dismissedFindings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getConfirmedFindings() {
		if (confirmedFindings == null) {
			confirmedFindings = new EDataTypeUniqueEList<String>(String.class, this, CasenotesPackage.CASE_FILE__CONFIRMED_FINDINGS);
		}
		return confirmedFindings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CasenotesPackage.CASE_FILE__NOTES:
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
			case CasenotesPackage.CASE_FILE__TITLE:
				return getTitle();
			case CasenotesPackage.CASE_FILE__OPENED_ON:
				return getOpenedOn();
			case CasenotesPackage.CASE_FILE__CLOSED_ON:
				return getClosedOn();
			case CasenotesPackage.CASE_FILE__NOTES:
				return getNotes();
			case CasenotesPackage.CASE_FILE__DISMISSED_FINDINGS:
				return getDismissedFindings();
			case CasenotesPackage.CASE_FILE__CONFIRMED_FINDINGS:
				return getConfirmedFindings();
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
			case CasenotesPackage.CASE_FILE__TITLE:
				setTitle((String)newValue);
				return;
			case CasenotesPackage.CASE_FILE__OPENED_ON:
				setOpenedOn((LocalDate)newValue);
				return;
			case CasenotesPackage.CASE_FILE__CLOSED_ON:
				setClosedOn((LocalDate)newValue);
				return;
			case CasenotesPackage.CASE_FILE__NOTES:
				getNotes().clear();
				getNotes().addAll((Collection<? extends Note>)newValue);
				return;
			case CasenotesPackage.CASE_FILE__DISMISSED_FINDINGS:
				getDismissedFindings().clear();
				getDismissedFindings().addAll((Collection<? extends String>)newValue);
				return;
			case CasenotesPackage.CASE_FILE__CONFIRMED_FINDINGS:
				getConfirmedFindings().clear();
				getConfirmedFindings().addAll((Collection<? extends String>)newValue);
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
			case CasenotesPackage.CASE_FILE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case CasenotesPackage.CASE_FILE__OPENED_ON:
				setOpenedOn(OPENED_ON_EDEFAULT);
				return;
			case CasenotesPackage.CASE_FILE__CLOSED_ON:
				setClosedOn(CLOSED_ON_EDEFAULT);
				return;
			case CasenotesPackage.CASE_FILE__NOTES:
				getNotes().clear();
				return;
			case CasenotesPackage.CASE_FILE__DISMISSED_FINDINGS:
				getDismissedFindings().clear();
				return;
			case CasenotesPackage.CASE_FILE__CONFIRMED_FINDINGS:
				getConfirmedFindings().clear();
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
			case CasenotesPackage.CASE_FILE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case CasenotesPackage.CASE_FILE__OPENED_ON:
				return OPENED_ON_EDEFAULT == null ? openedOn != null : !OPENED_ON_EDEFAULT.equals(openedOn);
			case CasenotesPackage.CASE_FILE__CLOSED_ON:
				return CLOSED_ON_EDEFAULT == null ? closedOn != null : !CLOSED_ON_EDEFAULT.equals(closedOn);
			case CasenotesPackage.CASE_FILE__NOTES:
				return notes != null && !notes.isEmpty();
			case CasenotesPackage.CASE_FILE__DISMISSED_FINDINGS:
				return dismissedFindings != null && !dismissedFindings.isEmpty();
			case CasenotesPackage.CASE_FILE__CONFIRMED_FINDINGS:
				return confirmedFindings != null && !confirmedFindings.isEmpty();
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
		result.append(" (title: ");
		result.append(title);
		result.append(", openedOn: ");
		result.append(openedOn);
		result.append(", closedOn: ");
		result.append(closedOn);
		result.append(", dismissedFindings: ");
		result.append(dismissedFindings);
		result.append(", confirmedFindings: ");
		result.append(confirmedFindings);
		result.append(')');
		return result.toString();
	}

} //CaseFileImpl
