/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model.impl;

import java.util.Collection;

import org.casenotes.model.CasenotesPackage;
import org.casenotes.model.NoteKind;
import org.casenotes.model.Section;
import org.casenotes.model.SharedNote;

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
 * An implementation of the model object '<em><b>Shared Note</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.impl.SharedNoteImpl#getSharedId <em>Shared Id</em>}</li>
 *   <li>{@link org.casenotes.model.impl.SharedNoteImpl#getClientLabel <em>Client Label</em>}</li>
 *   <li>{@link org.casenotes.model.impl.SharedNoteImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.casenotes.model.impl.SharedNoteImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.casenotes.model.impl.SharedNoteImpl#getSessionDate <em>Session Date</em>}</li>
 *   <li>{@link org.casenotes.model.impl.SharedNoteImpl#getSections <em>Sections</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SharedNoteImpl extends MinimalEObjectImpl.Container implements SharedNote {
	/**
	 * The default value of the '{@link #getSharedId() <em>Shared Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSharedId()
	 * @generated
	 * @ordered
	 */
	protected static final String SHARED_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSharedId() <em>Shared Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSharedId()
	 * @generated
	 * @ordered
	 */
	protected String sharedId = SHARED_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getClientLabel() <em>Client Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClientLabel()
	 * @generated
	 * @ordered
	 */
	protected static final String CLIENT_LABEL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClientLabel() <em>Client Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClientLabel()
	 * @generated
	 * @ordered
	 */
	protected String clientLabel = CLIENT_LABEL_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final NoteKind KIND_EDEFAULT = NoteKind.FREE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected NoteKind kind = KIND_EDEFAULT;

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
	 * The default value of the '{@link #getSessionDate() <em>Session Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionDate()
	 * @generated
	 * @ordered
	 */
	protected static final String SESSION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSessionDate() <em>Session Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionDate()
	 * @generated
	 * @ordered
	 */
	protected String sessionDate = SESSION_DATE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getSections() <em>Sections</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSections()
	 * @generated
	 * @ordered
	 */
	protected EList<Section> sections;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SharedNoteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasenotesPackage.Literals.SHARED_NOTE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSharedId() {
		return sharedId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSharedId(String newSharedId) {
		String oldSharedId = sharedId;
		sharedId = newSharedId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.SHARED_NOTE__SHARED_ID, oldSharedId, sharedId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClientLabel() {
		return clientLabel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClientLabel(String newClientLabel) {
		String oldClientLabel = clientLabel;
		clientLabel = newClientLabel;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.SHARED_NOTE__CLIENT_LABEL, oldClientLabel, clientLabel));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NoteKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(NoteKind newKind) {
		NoteKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.SHARED_NOTE__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.SHARED_NOTE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSessionDate() {
		return sessionDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSessionDate(String newSessionDate) {
		String oldSessionDate = sessionDate;
		sessionDate = newSessionDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.SHARED_NOTE__SESSION_DATE, oldSessionDate, sessionDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Section> getSections() {
		if (sections == null) {
			sections = new EObjectContainmentEList<Section>(Section.class, this, CasenotesPackage.SHARED_NOTE__SECTIONS);
		}
		return sections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CasenotesPackage.SHARED_NOTE__SECTIONS:
				return ((InternalEList<?>)getSections()).basicRemove(otherEnd, msgs);
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
			case CasenotesPackage.SHARED_NOTE__SHARED_ID:
				return getSharedId();
			case CasenotesPackage.SHARED_NOTE__CLIENT_LABEL:
				return getClientLabel();
			case CasenotesPackage.SHARED_NOTE__KIND:
				return getKind();
			case CasenotesPackage.SHARED_NOTE__TITLE:
				return getTitle();
			case CasenotesPackage.SHARED_NOTE__SESSION_DATE:
				return getSessionDate();
			case CasenotesPackage.SHARED_NOTE__SECTIONS:
				return getSections();
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
			case CasenotesPackage.SHARED_NOTE__SHARED_ID:
				setSharedId((String)newValue);
				return;
			case CasenotesPackage.SHARED_NOTE__CLIENT_LABEL:
				setClientLabel((String)newValue);
				return;
			case CasenotesPackage.SHARED_NOTE__KIND:
				setKind((NoteKind)newValue);
				return;
			case CasenotesPackage.SHARED_NOTE__TITLE:
				setTitle((String)newValue);
				return;
			case CasenotesPackage.SHARED_NOTE__SESSION_DATE:
				setSessionDate((String)newValue);
				return;
			case CasenotesPackage.SHARED_NOTE__SECTIONS:
				getSections().clear();
				getSections().addAll((Collection<? extends Section>)newValue);
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
			case CasenotesPackage.SHARED_NOTE__SHARED_ID:
				setSharedId(SHARED_ID_EDEFAULT);
				return;
			case CasenotesPackage.SHARED_NOTE__CLIENT_LABEL:
				setClientLabel(CLIENT_LABEL_EDEFAULT);
				return;
			case CasenotesPackage.SHARED_NOTE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CasenotesPackage.SHARED_NOTE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case CasenotesPackage.SHARED_NOTE__SESSION_DATE:
				setSessionDate(SESSION_DATE_EDEFAULT);
				return;
			case CasenotesPackage.SHARED_NOTE__SECTIONS:
				getSections().clear();
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
			case CasenotesPackage.SHARED_NOTE__SHARED_ID:
				return SHARED_ID_EDEFAULT == null ? sharedId != null : !SHARED_ID_EDEFAULT.equals(sharedId);
			case CasenotesPackage.SHARED_NOTE__CLIENT_LABEL:
				return CLIENT_LABEL_EDEFAULT == null ? clientLabel != null : !CLIENT_LABEL_EDEFAULT.equals(clientLabel);
			case CasenotesPackage.SHARED_NOTE__KIND:
				return kind != KIND_EDEFAULT;
			case CasenotesPackage.SHARED_NOTE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case CasenotesPackage.SHARED_NOTE__SESSION_DATE:
				return SESSION_DATE_EDEFAULT == null ? sessionDate != null : !SESSION_DATE_EDEFAULT.equals(sessionDate);
			case CasenotesPackage.SHARED_NOTE__SECTIONS:
				return sections != null && !sections.isEmpty();
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
		result.append(" (sharedId: ");
		result.append(sharedId);
		result.append(", clientLabel: ");
		result.append(clientLabel);
		result.append(", kind: ");
		result.append(kind);
		result.append(", title: ");
		result.append(title);
		result.append(", sessionDate: ");
		result.append(sessionDate);
		result.append(')');
		return result.toString();
	}

} //SharedNoteImpl
