/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Collection;
import java.util.Map;

import org.casenotes.model.Addendum;
import org.casenotes.model.BoundaryDecision;
import org.casenotes.model.CasenotesPackage;
import org.casenotes.model.Feedback;
import org.casenotes.model.Note;
import org.casenotes.model.NoteKind;
import org.casenotes.model.NoteStatus;
import org.casenotes.model.Section;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Note</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.impl.NoteImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.casenotes.model.impl.NoteImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.casenotes.model.impl.NoteImpl#getSessionDate <em>Session Date</em>}</li>
 *   <li>{@link org.casenotes.model.impl.NoteImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.casenotes.model.impl.NoteImpl#getSignedBy <em>Signed By</em>}</li>
 *   <li>{@link org.casenotes.model.impl.NoteImpl#getSignedAt <em>Signed At</em>}</li>
 *   <li>{@link org.casenotes.model.impl.NoteImpl#getSections <em>Sections</em>}</li>
 *   <li>{@link org.casenotes.model.impl.NoteImpl#getAddenda <em>Addenda</em>}</li>
 *   <li>{@link org.casenotes.model.impl.NoteImpl#getDecisions <em>Decisions</em>}</li>
 *   <li>{@link org.casenotes.model.impl.NoteImpl#getFeedback <em>Feedback</em>}</li>
 * </ul>
 *
 * @generated
 */
public class NoteImpl extends MinimalEObjectImpl.Container implements Note {
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
	protected static final LocalDate SESSION_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSessionDate() <em>Session Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSessionDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate sessionDate = SESSION_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final NoteStatus STATUS_EDEFAULT = NoteStatus.DRAFT;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected NoteStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSignedBy() <em>Signed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedBy()
	 * @generated
	 * @ordered
	 */
	protected static final String SIGNED_BY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignedBy() <em>Signed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedBy()
	 * @generated
	 * @ordered
	 */
	protected String signedBy = SIGNED_BY_EDEFAULT;

	/**
	 * The default value of the '{@link #getSignedAt() <em>Signed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedAt()
	 * @generated
	 * @ordered
	 */
	protected static final Instant SIGNED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSignedAt() <em>Signed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSignedAt()
	 * @generated
	 * @ordered
	 */
	protected Instant signedAt = SIGNED_AT_EDEFAULT;

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
	 * The cached value of the '{@link #getAddenda() <em>Addenda</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddenda()
	 * @generated
	 * @ordered
	 */
	protected EList<Addendum> addenda;

	/**
	 * The cached value of the '{@link #getDecisions() <em>Decisions</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecisions()
	 * @generated
	 * @ordered
	 */
	protected EList<BoundaryDecision> decisions;

	/**
	 * The cached value of the '{@link #getFeedback() <em>Feedback</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeedback()
	 * @generated
	 * @ordered
	 */
	protected EList<Feedback> feedback;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected NoteImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CasenotesPackage.Literals.NOTE;
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.NOTE__KIND, oldKind, kind));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.NOTE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getSessionDate() {
		return sessionDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSessionDate(LocalDate newSessionDate) {
		LocalDate oldSessionDate = sessionDate;
		sessionDate = newSessionDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.NOTE__SESSION_DATE, oldSessionDate, sessionDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NoteStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(NoteStatus newStatus) {
		NoteStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.NOTE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSignedBy() {
		return signedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignedBy(String newSignedBy) {
		String oldSignedBy = signedBy;
		signedBy = newSignedBy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.NOTE__SIGNED_BY, oldSignedBy, signedBy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Instant getSignedAt() {
		return signedAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSignedAt(Instant newSignedAt) {
		Instant oldSignedAt = signedAt;
		signedAt = newSignedAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.NOTE__SIGNED_AT, oldSignedAt, signedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Section> getSections() {
		if (sections == null) {
			sections = new EObjectContainmentEList<Section>(Section.class, this, CasenotesPackage.NOTE__SECTIONS);
		}
		return sections;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Addendum> getAddenda() {
		if (addenda == null) {
			addenda = new EObjectContainmentEList<Addendum>(Addendum.class, this, CasenotesPackage.NOTE__ADDENDA);
		}
		return addenda;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<BoundaryDecision> getDecisions() {
		if (decisions == null) {
			decisions = new EObjectWithInverseResolvingEList.ManyInverse<BoundaryDecision>(BoundaryDecision.class, this, CasenotesPackage.NOTE__DECISIONS, CasenotesPackage.BOUNDARY_DECISION__NOTES);
		}
		return decisions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Feedback> getFeedback() {
		if (feedback == null) {
			feedback = new EObjectContainmentEList<Feedback>(Feedback.class, this, CasenotesPackage.NOTE__FEEDBACK);
		}
		return feedback;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean signatureComplete(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		boolean signed = getStatus() == NoteStatus.SIGNED;
		boolean hasSignature = getSignedBy() != null && !getSignedBy().isBlank() && getSignedAt() != null;
		boolean hasPartialSignature = (getSignedBy() != null && !getSignedBy().isBlank()) || getSignedAt() != null;
		if (signed ? hasSignature : !hasPartialSignature) {
			return true;
		}
		if (diagnostics != null) {
			diagnostics.add(new org.eclipse.emf.common.util.BasicDiagnostic(org.eclipse.emf.common.util.Diagnostic.ERROR,
				org.casenotes.model.util.CasenotesValidator.DIAGNOSTIC_SOURCE,
				org.casenotes.model.util.CasenotesValidator.NOTE__SIGNATURE_COMPLETE,
				signed ? "A signed note must name its signer and the time it was signed" : "A draft note cannot carry a signature",
				new Object [] { this }));
		}
		return false;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public NotificationChain eInverseAdd(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CasenotesPackage.NOTE__DECISIONS:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getDecisions()).basicAdd(otherEnd, msgs);
		}
		return super.eInverseAdd(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case CasenotesPackage.NOTE__SECTIONS:
				return ((InternalEList<?>)getSections()).basicRemove(otherEnd, msgs);
			case CasenotesPackage.NOTE__ADDENDA:
				return ((InternalEList<?>)getAddenda()).basicRemove(otherEnd, msgs);
			case CasenotesPackage.NOTE__DECISIONS:
				return ((InternalEList<?>)getDecisions()).basicRemove(otherEnd, msgs);
			case CasenotesPackage.NOTE__FEEDBACK:
				return ((InternalEList<?>)getFeedback()).basicRemove(otherEnd, msgs);
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
			case CasenotesPackage.NOTE__KIND:
				return getKind();
			case CasenotesPackage.NOTE__TITLE:
				return getTitle();
			case CasenotesPackage.NOTE__SESSION_DATE:
				return getSessionDate();
			case CasenotesPackage.NOTE__STATUS:
				return getStatus();
			case CasenotesPackage.NOTE__SIGNED_BY:
				return getSignedBy();
			case CasenotesPackage.NOTE__SIGNED_AT:
				return getSignedAt();
			case CasenotesPackage.NOTE__SECTIONS:
				return getSections();
			case CasenotesPackage.NOTE__ADDENDA:
				return getAddenda();
			case CasenotesPackage.NOTE__DECISIONS:
				return getDecisions();
			case CasenotesPackage.NOTE__FEEDBACK:
				return getFeedback();
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
			case CasenotesPackage.NOTE__KIND:
				setKind((NoteKind)newValue);
				return;
			case CasenotesPackage.NOTE__TITLE:
				setTitle((String)newValue);
				return;
			case CasenotesPackage.NOTE__SESSION_DATE:
				setSessionDate((LocalDate)newValue);
				return;
			case CasenotesPackage.NOTE__STATUS:
				setStatus((NoteStatus)newValue);
				return;
			case CasenotesPackage.NOTE__SIGNED_BY:
				setSignedBy((String)newValue);
				return;
			case CasenotesPackage.NOTE__SIGNED_AT:
				setSignedAt((Instant)newValue);
				return;
			case CasenotesPackage.NOTE__SECTIONS:
				getSections().clear();
				getSections().addAll((Collection<? extends Section>)newValue);
				return;
			case CasenotesPackage.NOTE__ADDENDA:
				getAddenda().clear();
				getAddenda().addAll((Collection<? extends Addendum>)newValue);
				return;
			case CasenotesPackage.NOTE__DECISIONS:
				getDecisions().clear();
				getDecisions().addAll((Collection<? extends BoundaryDecision>)newValue);
				return;
			case CasenotesPackage.NOTE__FEEDBACK:
				getFeedback().clear();
				getFeedback().addAll((Collection<? extends Feedback>)newValue);
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
			case CasenotesPackage.NOTE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case CasenotesPackage.NOTE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case CasenotesPackage.NOTE__SESSION_DATE:
				setSessionDate(SESSION_DATE_EDEFAULT);
				return;
			case CasenotesPackage.NOTE__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CasenotesPackage.NOTE__SIGNED_BY:
				setSignedBy(SIGNED_BY_EDEFAULT);
				return;
			case CasenotesPackage.NOTE__SIGNED_AT:
				setSignedAt(SIGNED_AT_EDEFAULT);
				return;
			case CasenotesPackage.NOTE__SECTIONS:
				getSections().clear();
				return;
			case CasenotesPackage.NOTE__ADDENDA:
				getAddenda().clear();
				return;
			case CasenotesPackage.NOTE__DECISIONS:
				getDecisions().clear();
				return;
			case CasenotesPackage.NOTE__FEEDBACK:
				getFeedback().clear();
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
			case CasenotesPackage.NOTE__KIND:
				return kind != KIND_EDEFAULT;
			case CasenotesPackage.NOTE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case CasenotesPackage.NOTE__SESSION_DATE:
				return SESSION_DATE_EDEFAULT == null ? sessionDate != null : !SESSION_DATE_EDEFAULT.equals(sessionDate);
			case CasenotesPackage.NOTE__STATUS:
				return status != STATUS_EDEFAULT;
			case CasenotesPackage.NOTE__SIGNED_BY:
				return SIGNED_BY_EDEFAULT == null ? signedBy != null : !SIGNED_BY_EDEFAULT.equals(signedBy);
			case CasenotesPackage.NOTE__SIGNED_AT:
				return SIGNED_AT_EDEFAULT == null ? signedAt != null : !SIGNED_AT_EDEFAULT.equals(signedAt);
			case CasenotesPackage.NOTE__SECTIONS:
				return sections != null && !sections.isEmpty();
			case CasenotesPackage.NOTE__ADDENDA:
				return addenda != null && !addenda.isEmpty();
			case CasenotesPackage.NOTE__DECISIONS:
				return decisions != null && !decisions.isEmpty();
			case CasenotesPackage.NOTE__FEEDBACK:
				return feedback != null && !feedback.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	@SuppressWarnings("unchecked")
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case CasenotesPackage.NOTE___SIGNATURE_COMPLETE__DIAGNOSTICCHAIN_MAP:
				return signatureComplete((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
		}
		return super.eInvoke(operationID, arguments);
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", title: ");
		result.append(title);
		result.append(", sessionDate: ");
		result.append(sessionDate);
		result.append(", status: ");
		result.append(status);
		result.append(", signedBy: ");
		result.append(signedBy);
		result.append(", signedAt: ");
		result.append(signedAt);
		result.append(')');
		return result.toString();
	}

} //NoteImpl
