/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model.impl;

import java.util.Collection;

import org.casenotes.model.CasenotesPackage;
import org.casenotes.model.Note;
import org.casenotes.model.SharedNoteLink;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Shared Note Link</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.impl.SharedNoteLinkImpl#getSharedId <em>Shared Id</em>}</li>
 *   <li>{@link org.casenotes.model.impl.SharedNoteLinkImpl#getNote <em>Note</em>}</li>
 *   <li>{@link org.casenotes.model.impl.SharedNoteLinkImpl#getAlignments <em>Alignments</em>}</li>
 *   <li>{@link org.casenotes.model.impl.SharedNoteLinkImpl#getSections <em>Sections</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SharedNoteLinkImpl extends MinimalEObjectImpl.Container implements SharedNoteLink {
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
	 * The cached value of the '{@link #getNote() <em>Note</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNote()
	 * @generated
	 * @ordered
	 */
	protected Note note;

	/**
	 * The cached value of the '{@link #getAlignments() <em>Alignments</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlignments()
	 * @generated
	 * @ordered
	 */
	protected EList<String> alignments;

	/**
	 * The cached value of the '{@link #getSections() <em>Sections</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSections()
	 * @generated
	 * @ordered
	 */
	protected EList<Integer> sections;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SharedNoteLinkImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasenotesPackage.Literals.SHARED_NOTE_LINK;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.SHARED_NOTE_LINK__SHARED_ID, oldSharedId, sharedId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Note getNote() {
		if (note != null && note.eIsProxy()) {
			InternalEObject oldNote = (InternalEObject)note;
			note = (Note)eResolveProxy(oldNote);
			if (note != oldNote) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CasenotesPackage.SHARED_NOTE_LINK__NOTE, oldNote, note));
			}
		}
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Note basicGetNote() {
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNote(Note newNote) {
		Note oldNote = note;
		note = newNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.SHARED_NOTE_LINK__NOTE, oldNote, note));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getAlignments() {
		if (alignments == null) {
			alignments = new EDataTypeEList<String>(String.class, this, CasenotesPackage.SHARED_NOTE_LINK__ALIGNMENTS);
		}
		return alignments;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Integer> getSections() {
		if (sections == null) {
			sections = new EDataTypeEList<Integer>(Integer.class, this, CasenotesPackage.SHARED_NOTE_LINK__SECTIONS);
		}
		return sections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CasenotesPackage.SHARED_NOTE_LINK__SHARED_ID:
				return getSharedId();
			case CasenotesPackage.SHARED_NOTE_LINK__NOTE:
				if (resolve) return getNote();
				return basicGetNote();
			case CasenotesPackage.SHARED_NOTE_LINK__ALIGNMENTS:
				return getAlignments();
			case CasenotesPackage.SHARED_NOTE_LINK__SECTIONS:
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
			case CasenotesPackage.SHARED_NOTE_LINK__SHARED_ID:
				setSharedId((String)newValue);
				return;
			case CasenotesPackage.SHARED_NOTE_LINK__NOTE:
				setNote((Note)newValue);
				return;
			case CasenotesPackage.SHARED_NOTE_LINK__ALIGNMENTS:
				getAlignments().clear();
				getAlignments().addAll((Collection<? extends String>)newValue);
				return;
			case CasenotesPackage.SHARED_NOTE_LINK__SECTIONS:
				getSections().clear();
				getSections().addAll((Collection<? extends Integer>)newValue);
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
			case CasenotesPackage.SHARED_NOTE_LINK__SHARED_ID:
				setSharedId(SHARED_ID_EDEFAULT);
				return;
			case CasenotesPackage.SHARED_NOTE_LINK__NOTE:
				setNote((Note)null);
				return;
			case CasenotesPackage.SHARED_NOTE_LINK__ALIGNMENTS:
				getAlignments().clear();
				return;
			case CasenotesPackage.SHARED_NOTE_LINK__SECTIONS:
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
			case CasenotesPackage.SHARED_NOTE_LINK__SHARED_ID:
				return SHARED_ID_EDEFAULT == null ? sharedId != null : !SHARED_ID_EDEFAULT.equals(sharedId);
			case CasenotesPackage.SHARED_NOTE_LINK__NOTE:
				return note != null;
			case CasenotesPackage.SHARED_NOTE_LINK__ALIGNMENTS:
				return alignments != null && !alignments.isEmpty();
			case CasenotesPackage.SHARED_NOTE_LINK__SECTIONS:
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
		result.append(", alignments: ");
		result.append(alignments);
		result.append(", sections: ");
		result.append(sections);
		result.append(')');
		return result.toString();
	}

} //SharedNoteLinkImpl
