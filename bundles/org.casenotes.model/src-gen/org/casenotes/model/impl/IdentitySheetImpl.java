/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model.impl;

import java.time.LocalDate;

import java.util.Collection;

import org.casenotes.model.CasenotesPackage;
import org.casenotes.model.ContactDetail;
import org.casenotes.model.IdentitySheet;
import org.casenotes.model.KnownPerson;
import org.casenotes.model.KnownPlace;

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
 * An implementation of the model object '<em><b>Identity Sheet</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.impl.IdentitySheetImpl#getLegalName <em>Legal Name</em>}</li>
 *   <li>{@link org.casenotes.model.impl.IdentitySheetImpl#getPreferredName <em>Preferred Name</em>}</li>
 *   <li>{@link org.casenotes.model.impl.IdentitySheetImpl#getDateOfBirth <em>Date Of Birth</em>}</li>
 *   <li>{@link org.casenotes.model.impl.IdentitySheetImpl#getEmployer <em>Employer</em>}</li>
 *   <li>{@link org.casenotes.model.impl.IdentitySheetImpl#getSchool <em>School</em>}</li>
 *   <li>{@link org.casenotes.model.impl.IdentitySheetImpl#getPeople <em>People</em>}</li>
 *   <li>{@link org.casenotes.model.impl.IdentitySheetImpl#getPlaces <em>Places</em>}</li>
 *   <li>{@link org.casenotes.model.impl.IdentitySheetImpl#getContacts <em>Contacts</em>}</li>
 *   <li>{@link org.casenotes.model.impl.IdentitySheetImpl#getExtraIdentifiers <em>Extra Identifiers</em>}</li>
 * </ul>
 *
 * @generated
 */
public class IdentitySheetImpl extends MinimalEObjectImpl.Container implements IdentitySheet {
	/**
	 * The default value of the '{@link #getLegalName() <em>Legal Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalName()
	 * @generated
	 * @ordered
	 */
	protected static final String LEGAL_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getLegalName() <em>Legal Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLegalName()
	 * @generated
	 * @ordered
	 */
	protected String legalName = LEGAL_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getPreferredName() <em>Preferred Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreferredName()
	 * @generated
	 * @ordered
	 */
	protected static final String PREFERRED_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPreferredName() <em>Preferred Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPreferredName()
	 * @generated
	 * @ordered
	 */
	protected String preferredName = PREFERRED_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDateOfBirth() <em>Date Of Birth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateOfBirth()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate DATE_OF_BIRTH_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDateOfBirth() <em>Date Of Birth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDateOfBirth()
	 * @generated
	 * @ordered
	 */
	protected LocalDate dateOfBirth = DATE_OF_BIRTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getEmployer() <em>Employer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmployer()
	 * @generated
	 * @ordered
	 */
	protected static final String EMPLOYER_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEmployer() <em>Employer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEmployer()
	 * @generated
	 * @ordered
	 */
	protected String employer = EMPLOYER_EDEFAULT;

	/**
	 * The default value of the '{@link #getSchool() <em>School</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchool()
	 * @generated
	 * @ordered
	 */
	protected static final String SCHOOL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSchool() <em>School</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchool()
	 * @generated
	 * @ordered
	 */
	protected String school = SCHOOL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPeople() <em>People</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPeople()
	 * @generated
	 * @ordered
	 */
	protected EList<KnownPerson> people;

	/**
	 * The cached value of the '{@link #getPlaces() <em>Places</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPlaces()
	 * @generated
	 * @ordered
	 */
	protected EList<KnownPlace> places;

	/**
	 * The cached value of the '{@link #getContacts() <em>Contacts</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContacts()
	 * @generated
	 * @ordered
	 */
	protected EList<ContactDetail> contacts;

	/**
	 * The cached value of the '{@link #getExtraIdentifiers() <em>Extra Identifiers</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExtraIdentifiers()
	 * @generated
	 * @ordered
	 */
	protected EList<String> extraIdentifiers;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected IdentitySheetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasenotesPackage.Literals.IDENTITY_SHEET;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLegalName() {
		return legalName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLegalName(String newLegalName) {
		String oldLegalName = legalName;
		legalName = newLegalName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.IDENTITY_SHEET__LEGAL_NAME, oldLegalName, legalName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPreferredName() {
		return preferredName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPreferredName(String newPreferredName) {
		String oldPreferredName = preferredName;
		preferredName = newPreferredName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.IDENTITY_SHEET__PREFERRED_NAME, oldPreferredName, preferredName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getDateOfBirth() {
		return dateOfBirth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDateOfBirth(LocalDate newDateOfBirth) {
		LocalDate oldDateOfBirth = dateOfBirth;
		dateOfBirth = newDateOfBirth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.IDENTITY_SHEET__DATE_OF_BIRTH, oldDateOfBirth, dateOfBirth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEmployer() {
		return employer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEmployer(String newEmployer) {
		String oldEmployer = employer;
		employer = newEmployer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.IDENTITY_SHEET__EMPLOYER, oldEmployer, employer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSchool() {
		return school;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSchool(String newSchool) {
		String oldSchool = school;
		school = newSchool;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.IDENTITY_SHEET__SCHOOL, oldSchool, school));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KnownPerson> getPeople() {
		if (people == null) {
			people = new EObjectContainmentEList<KnownPerson>(KnownPerson.class, this, CasenotesPackage.IDENTITY_SHEET__PEOPLE);
		}
		return people;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<KnownPlace> getPlaces() {
		if (places == null) {
			places = new EObjectContainmentEList<KnownPlace>(KnownPlace.class, this, CasenotesPackage.IDENTITY_SHEET__PLACES);
		}
		return places;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ContactDetail> getContacts() {
		if (contacts == null) {
			contacts = new EObjectContainmentEList<ContactDetail>(ContactDetail.class, this, CasenotesPackage.IDENTITY_SHEET__CONTACTS);
		}
		return contacts;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getExtraIdentifiers() {
		if (extraIdentifiers == null) {
			extraIdentifiers = new EDataTypeUniqueEList<String>(String.class, this, CasenotesPackage.IDENTITY_SHEET__EXTRA_IDENTIFIERS);
		}
		return extraIdentifiers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CasenotesPackage.IDENTITY_SHEET__PEOPLE:
				return ((InternalEList<?>)getPeople()).basicRemove(otherEnd, msgs);
			case CasenotesPackage.IDENTITY_SHEET__PLACES:
				return ((InternalEList<?>)getPlaces()).basicRemove(otherEnd, msgs);
			case CasenotesPackage.IDENTITY_SHEET__CONTACTS:
				return ((InternalEList<?>)getContacts()).basicRemove(otherEnd, msgs);
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
			case CasenotesPackage.IDENTITY_SHEET__LEGAL_NAME:
				return getLegalName();
			case CasenotesPackage.IDENTITY_SHEET__PREFERRED_NAME:
				return getPreferredName();
			case CasenotesPackage.IDENTITY_SHEET__DATE_OF_BIRTH:
				return getDateOfBirth();
			case CasenotesPackage.IDENTITY_SHEET__EMPLOYER:
				return getEmployer();
			case CasenotesPackage.IDENTITY_SHEET__SCHOOL:
				return getSchool();
			case CasenotesPackage.IDENTITY_SHEET__PEOPLE:
				return getPeople();
			case CasenotesPackage.IDENTITY_SHEET__PLACES:
				return getPlaces();
			case CasenotesPackage.IDENTITY_SHEET__CONTACTS:
				return getContacts();
			case CasenotesPackage.IDENTITY_SHEET__EXTRA_IDENTIFIERS:
				return getExtraIdentifiers();
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
			case CasenotesPackage.IDENTITY_SHEET__LEGAL_NAME:
				setLegalName((String)newValue);
				return;
			case CasenotesPackage.IDENTITY_SHEET__PREFERRED_NAME:
				setPreferredName((String)newValue);
				return;
			case CasenotesPackage.IDENTITY_SHEET__DATE_OF_BIRTH:
				setDateOfBirth((LocalDate)newValue);
				return;
			case CasenotesPackage.IDENTITY_SHEET__EMPLOYER:
				setEmployer((String)newValue);
				return;
			case CasenotesPackage.IDENTITY_SHEET__SCHOOL:
				setSchool((String)newValue);
				return;
			case CasenotesPackage.IDENTITY_SHEET__PEOPLE:
				getPeople().clear();
				getPeople().addAll((Collection<? extends KnownPerson>)newValue);
				return;
			case CasenotesPackage.IDENTITY_SHEET__PLACES:
				getPlaces().clear();
				getPlaces().addAll((Collection<? extends KnownPlace>)newValue);
				return;
			case CasenotesPackage.IDENTITY_SHEET__CONTACTS:
				getContacts().clear();
				getContacts().addAll((Collection<? extends ContactDetail>)newValue);
				return;
			case CasenotesPackage.IDENTITY_SHEET__EXTRA_IDENTIFIERS:
				getExtraIdentifiers().clear();
				getExtraIdentifiers().addAll((Collection<? extends String>)newValue);
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
			case CasenotesPackage.IDENTITY_SHEET__LEGAL_NAME:
				setLegalName(LEGAL_NAME_EDEFAULT);
				return;
			case CasenotesPackage.IDENTITY_SHEET__PREFERRED_NAME:
				setPreferredName(PREFERRED_NAME_EDEFAULT);
				return;
			case CasenotesPackage.IDENTITY_SHEET__DATE_OF_BIRTH:
				setDateOfBirth(DATE_OF_BIRTH_EDEFAULT);
				return;
			case CasenotesPackage.IDENTITY_SHEET__EMPLOYER:
				setEmployer(EMPLOYER_EDEFAULT);
				return;
			case CasenotesPackage.IDENTITY_SHEET__SCHOOL:
				setSchool(SCHOOL_EDEFAULT);
				return;
			case CasenotesPackage.IDENTITY_SHEET__PEOPLE:
				getPeople().clear();
				return;
			case CasenotesPackage.IDENTITY_SHEET__PLACES:
				getPlaces().clear();
				return;
			case CasenotesPackage.IDENTITY_SHEET__CONTACTS:
				getContacts().clear();
				return;
			case CasenotesPackage.IDENTITY_SHEET__EXTRA_IDENTIFIERS:
				getExtraIdentifiers().clear();
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
			case CasenotesPackage.IDENTITY_SHEET__LEGAL_NAME:
				return LEGAL_NAME_EDEFAULT == null ? legalName != null : !LEGAL_NAME_EDEFAULT.equals(legalName);
			case CasenotesPackage.IDENTITY_SHEET__PREFERRED_NAME:
				return PREFERRED_NAME_EDEFAULT == null ? preferredName != null : !PREFERRED_NAME_EDEFAULT.equals(preferredName);
			case CasenotesPackage.IDENTITY_SHEET__DATE_OF_BIRTH:
				return DATE_OF_BIRTH_EDEFAULT == null ? dateOfBirth != null : !DATE_OF_BIRTH_EDEFAULT.equals(dateOfBirth);
			case CasenotesPackage.IDENTITY_SHEET__EMPLOYER:
				return EMPLOYER_EDEFAULT == null ? employer != null : !EMPLOYER_EDEFAULT.equals(employer);
			case CasenotesPackage.IDENTITY_SHEET__SCHOOL:
				return SCHOOL_EDEFAULT == null ? school != null : !SCHOOL_EDEFAULT.equals(school);
			case CasenotesPackage.IDENTITY_SHEET__PEOPLE:
				return people != null && !people.isEmpty();
			case CasenotesPackage.IDENTITY_SHEET__PLACES:
				return places != null && !places.isEmpty();
			case CasenotesPackage.IDENTITY_SHEET__CONTACTS:
				return contacts != null && !contacts.isEmpty();
			case CasenotesPackage.IDENTITY_SHEET__EXTRA_IDENTIFIERS:
				return extraIdentifiers != null && !extraIdentifiers.isEmpty();
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
		result.append(" (legalName: ");
		result.append(legalName);
		result.append(", preferredName: ");
		result.append(preferredName);
		result.append(", dateOfBirth: ");
		result.append(dateOfBirth);
		result.append(", employer: ");
		result.append(employer);
		result.append(", school: ");
		result.append(school);
		result.append(", extraIdentifiers: ");
		result.append(extraIdentifiers);
		result.append(')');
		return result.toString();
	}

} //IdentitySheetImpl
