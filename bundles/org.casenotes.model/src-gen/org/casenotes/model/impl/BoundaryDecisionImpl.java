/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model.impl;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Collection;

import org.casenotes.model.Addendum;
import org.casenotes.model.BoundaryCategory;
import org.casenotes.model.BoundaryDecision;
import org.casenotes.model.CasenotesPackage;
import org.casenotes.model.Client;
import org.casenotes.model.ConfidentialityException;
import org.casenotes.model.Consultation;
import org.casenotes.model.DecisionOption;
import org.casenotes.model.Initiator;
import org.casenotes.model.Note;
import org.casenotes.model.NoteStatus;
import org.casenotes.model.Principle;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.EObjectWithInverseResolvingEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Boundary Decision</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.impl.BoundaryDecisionImpl#getCategory <em>Category</em>}</li>
 *   <li>{@link org.casenotes.model.impl.BoundaryDecisionImpl#getSubcategory <em>Subcategory</em>}</li>
 *   <li>{@link org.casenotes.model.impl.BoundaryDecisionImpl#getInitiatedBy <em>Initiated By</em>}</li>
 *   <li>{@link org.casenotes.model.impl.BoundaryDecisionImpl#getDate <em>Date</em>}</li>
 *   <li>{@link org.casenotes.model.impl.BoundaryDecisionImpl#getClient <em>Client</em>}</li>
 *   <li>{@link org.casenotes.model.impl.BoundaryDecisionImpl#getFacts <em>Facts</em>}</li>
 *   <li>{@link org.casenotes.model.impl.BoundaryDecisionImpl#getInterpretation <em>Interpretation</em>}</li>
 *   <li>{@link org.casenotes.model.impl.BoundaryDecisionImpl#getStandardsCited <em>Standards Cited</em>}</li>
 *   <li>{@link org.casenotes.model.impl.BoundaryDecisionImpl#getPrinciples <em>Principles</em>}</li>
 *   <li>{@link org.casenotes.model.impl.BoundaryDecisionImpl#getRisks <em>Risks</em>}</li>
 *   <li>{@link org.casenotes.model.impl.BoundaryDecisionImpl#getBenefits <em>Benefits</em>}</li>
 *   <li>{@link org.casenotes.model.impl.BoundaryDecisionImpl#getOptions <em>Options</em>}</li>
 *   <li>{@link org.casenotes.model.impl.BoundaryDecisionImpl#getConsultations <em>Consultations</em>}</li>
 *   <li>{@link org.casenotes.model.impl.BoundaryDecisionImpl#getDecision <em>Decision</em>}</li>
 *   <li>{@link org.casenotes.model.impl.BoundaryDecisionImpl#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.casenotes.model.impl.BoundaryDecisionImpl#isDocumentedBeforeActing <em>Documented Before Acting</em>}</li>
 *   <li>{@link org.casenotes.model.impl.BoundaryDecisionImpl#getClientDiscussion <em>Client Discussion</em>}</li>
 *   <li>{@link org.casenotes.model.impl.BoundaryDecisionImpl#isConsentObtained <em>Consent Obtained</em>}</li>
 *   <li>{@link org.casenotes.model.impl.BoundaryDecisionImpl#getPrecautions <em>Precautions</em>}</li>
 *   <li>{@link org.casenotes.model.impl.BoundaryDecisionImpl#getFollowUpDate <em>Follow Up Date</em>}</li>
 *   <li>{@link org.casenotes.model.impl.BoundaryDecisionImpl#getFollowUpOutcome <em>Follow Up Outcome</em>}</li>
 *   <li>{@link org.casenotes.model.impl.BoundaryDecisionImpl#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.casenotes.model.impl.BoundaryDecisionImpl#getConfidentialityException <em>Confidentiality Exception</em>}</li>
 *   <li>{@link org.casenotes.model.impl.BoundaryDecisionImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.casenotes.model.impl.BoundaryDecisionImpl#getSignedBy <em>Signed By</em>}</li>
 *   <li>{@link org.casenotes.model.impl.BoundaryDecisionImpl#getSignedAt <em>Signed At</em>}</li>
 *   <li>{@link org.casenotes.model.impl.BoundaryDecisionImpl#getAddenda <em>Addenda</em>}</li>
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
	 * The default value of the '{@link #getSubcategory() <em>Subcategory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubcategory()
	 * @generated
	 * @ordered
	 */
	protected static final String SUBCATEGORY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSubcategory() <em>Subcategory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSubcategory()
	 * @generated
	 * @ordered
	 */
	protected String subcategory = SUBCATEGORY_EDEFAULT;

	/**
	 * The default value of the '{@link #getInitiatedBy() <em>Initiated By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitiatedBy()
	 * @generated
	 * @ordered
	 */
	protected static final Initiator INITIATED_BY_EDEFAULT = Initiator.CLIENT;

	/**
	 * The cached value of the '{@link #getInitiatedBy() <em>Initiated By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInitiatedBy()
	 * @generated
	 * @ordered
	 */
	protected Initiator initiatedBy = INITIATED_BY_EDEFAULT;

	/**
	 * This is true if the Initiated By attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean initiatedByESet;

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
	 * The default value of the '{@link #getInterpretation() <em>Interpretation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterpretation()
	 * @generated
	 * @ordered
	 */
	protected static final String INTERPRETATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getInterpretation() <em>Interpretation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterpretation()
	 * @generated
	 * @ordered
	 */
	protected String interpretation = INTERPRETATION_EDEFAULT;

	/**
	 * The cached value of the '{@link #getStandardsCited() <em>Standards Cited</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStandardsCited()
	 * @generated
	 * @ordered
	 */
	protected EList<String> standardsCited;

	/**
	 * The cached value of the '{@link #getPrinciples() <em>Principles</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrinciples()
	 * @generated
	 * @ordered
	 */
	protected EList<Principle> principles;

	/**
	 * The default value of the '{@link #getRisks() <em>Risks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRisks()
	 * @generated
	 * @ordered
	 */
	protected static final String RISKS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRisks() <em>Risks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRisks()
	 * @generated
	 * @ordered
	 */
	protected String risks = RISKS_EDEFAULT;

	/**
	 * The default value of the '{@link #getBenefits() <em>Benefits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBenefits()
	 * @generated
	 * @ordered
	 */
	protected static final String BENEFITS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBenefits() <em>Benefits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBenefits()
	 * @generated
	 * @ordered
	 */
	protected String benefits = BENEFITS_EDEFAULT;

	/**
	 * The cached value of the '{@link #getOptions() <em>Options</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOptions()
	 * @generated
	 * @ordered
	 */
	protected EList<DecisionOption> options;

	/**
	 * The cached value of the '{@link #getConsultations() <em>Consultations</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConsultations()
	 * @generated
	 * @ordered
	 */
	protected EList<Consultation> consultations;

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
	 * The default value of the '{@link #isDocumentedBeforeActing() <em>Documented Before Acting</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDocumentedBeforeActing()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DOCUMENTED_BEFORE_ACTING_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isDocumentedBeforeActing() <em>Documented Before Acting</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDocumentedBeforeActing()
	 * @generated
	 * @ordered
	 */
	protected boolean documentedBeforeActing = DOCUMENTED_BEFORE_ACTING_EDEFAULT;

	/**
	 * The default value of the '{@link #getClientDiscussion() <em>Client Discussion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClientDiscussion()
	 * @generated
	 * @ordered
	 */
	protected static final String CLIENT_DISCUSSION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getClientDiscussion() <em>Client Discussion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClientDiscussion()
	 * @generated
	 * @ordered
	 */
	protected String clientDiscussion = CLIENT_DISCUSSION_EDEFAULT;

	/**
	 * The default value of the '{@link #isConsentObtained() <em>Consent Obtained</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConsentObtained()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CONSENT_OBTAINED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isConsentObtained() <em>Consent Obtained</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isConsentObtained()
	 * @generated
	 * @ordered
	 */
	protected boolean consentObtained = CONSENT_OBTAINED_EDEFAULT;

	/**
	 * The default value of the '{@link #getPrecautions() <em>Precautions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrecautions()
	 * @generated
	 * @ordered
	 */
	protected static final String PRECAUTIONS_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getPrecautions() <em>Precautions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrecautions()
	 * @generated
	 * @ordered
	 */
	protected String precautions = PRECAUTIONS_EDEFAULT;

	/**
	 * The default value of the '{@link #getFollowUpDate() <em>Follow Up Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFollowUpDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate FOLLOW_UP_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFollowUpDate() <em>Follow Up Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFollowUpDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate followUpDate = FOLLOW_UP_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getFollowUpOutcome() <em>Follow Up Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFollowUpOutcome()
	 * @generated
	 * @ordered
	 */
	protected static final String FOLLOW_UP_OUTCOME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFollowUpOutcome() <em>Follow Up Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFollowUpOutcome()
	 * @generated
	 * @ordered
	 */
	protected String followUpOutcome = FOLLOW_UP_OUTCOME_EDEFAULT;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected EList<Note> notes;

	/**
	 * The cached value of the '{@link #getConfidentialityException() <em>Confidentiality Exception</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getConfidentialityException()
	 * @generated
	 * @ordered
	 */
	protected ConfidentialityException confidentialityException;

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
	 * The cached value of the '{@link #getAddenda() <em>Addenda</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAddenda()
	 * @generated
	 * @ordered
	 */
	protected EList<Addendum> addenda;

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
	public String getSubcategory() {
		return subcategory;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSubcategory(String newSubcategory) {
		String oldSubcategory = subcategory;
		subcategory = newSubcategory;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.BOUNDARY_DECISION__SUBCATEGORY, oldSubcategory, subcategory));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Initiator getInitiatedBy() {
		return initiatedBy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInitiatedBy(Initiator newInitiatedBy) {
		Initiator oldInitiatedBy = initiatedBy;
		initiatedBy = newInitiatedBy == null ? INITIATED_BY_EDEFAULT : newInitiatedBy;
		boolean oldInitiatedByESet = initiatedByESet;
		initiatedByESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.BOUNDARY_DECISION__INITIATED_BY, oldInitiatedBy, initiatedBy, !oldInitiatedByESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetInitiatedBy() {
		Initiator oldInitiatedBy = initiatedBy;
		boolean oldInitiatedByESet = initiatedByESet;
		initiatedBy = INITIATED_BY_EDEFAULT;
		initiatedByESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, CasenotesPackage.BOUNDARY_DECISION__INITIATED_BY, oldInitiatedBy, INITIATED_BY_EDEFAULT, oldInitiatedByESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetInitiatedBy() {
		return initiatedByESet;
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
	public String getInterpretation() {
		return interpretation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInterpretation(String newInterpretation) {
		String oldInterpretation = interpretation;
		interpretation = newInterpretation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.BOUNDARY_DECISION__INTERPRETATION, oldInterpretation, interpretation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getStandardsCited() {
		if (standardsCited == null) {
			standardsCited = new EDataTypeUniqueEList<String>(String.class, this, CasenotesPackage.BOUNDARY_DECISION__STANDARDS_CITED);
		}
		return standardsCited;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Principle> getPrinciples() {
		if (principles == null) {
			principles = new EDataTypeUniqueEList<Principle>(Principle.class, this, CasenotesPackage.BOUNDARY_DECISION__PRINCIPLES);
		}
		return principles;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getRisks() {
		return risks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRisks(String newRisks) {
		String oldRisks = risks;
		risks = newRisks;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.BOUNDARY_DECISION__RISKS, oldRisks, risks));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBenefits() {
		return benefits;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBenefits(String newBenefits) {
		String oldBenefits = benefits;
		benefits = newBenefits;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.BOUNDARY_DECISION__BENEFITS, oldBenefits, benefits));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DecisionOption> getOptions() {
		if (options == null) {
			options = new EObjectContainmentEList<DecisionOption>(DecisionOption.class, this, CasenotesPackage.BOUNDARY_DECISION__OPTIONS);
		}
		return options;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Consultation> getConsultations() {
		if (consultations == null) {
			consultations = new EObjectContainmentEList<Consultation>(Consultation.class, this, CasenotesPackage.BOUNDARY_DECISION__CONSULTATIONS);
		}
		return consultations;
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
	public boolean isDocumentedBeforeActing() {
		return documentedBeforeActing;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocumentedBeforeActing(boolean newDocumentedBeforeActing) {
		boolean oldDocumentedBeforeActing = documentedBeforeActing;
		documentedBeforeActing = newDocumentedBeforeActing;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.BOUNDARY_DECISION__DOCUMENTED_BEFORE_ACTING, oldDocumentedBeforeActing, documentedBeforeActing));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getClientDiscussion() {
		return clientDiscussion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClientDiscussion(String newClientDiscussion) {
		String oldClientDiscussion = clientDiscussion;
		clientDiscussion = newClientDiscussion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.BOUNDARY_DECISION__CLIENT_DISCUSSION, oldClientDiscussion, clientDiscussion));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isConsentObtained() {
		return consentObtained;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setConsentObtained(boolean newConsentObtained) {
		boolean oldConsentObtained = consentObtained;
		consentObtained = newConsentObtained;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.BOUNDARY_DECISION__CONSENT_OBTAINED, oldConsentObtained, consentObtained));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getPrecautions() {
		return precautions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrecautions(String newPrecautions) {
		String oldPrecautions = precautions;
		precautions = newPrecautions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.BOUNDARY_DECISION__PRECAUTIONS, oldPrecautions, precautions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getFollowUpDate() {
		return followUpDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFollowUpDate(LocalDate newFollowUpDate) {
		LocalDate oldFollowUpDate = followUpDate;
		followUpDate = newFollowUpDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.BOUNDARY_DECISION__FOLLOW_UP_DATE, oldFollowUpDate, followUpDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFollowUpOutcome() {
		return followUpOutcome;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFollowUpOutcome(String newFollowUpOutcome) {
		String oldFollowUpOutcome = followUpOutcome;
		followUpOutcome = newFollowUpOutcome;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.BOUNDARY_DECISION__FOLLOW_UP_OUTCOME, oldFollowUpOutcome, followUpOutcome));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Note> getNotes() {
		if (notes == null) {
			notes = new EObjectWithInverseResolvingEList.ManyInverse<Note>(Note.class, this, CasenotesPackage.BOUNDARY_DECISION__NOTES, CasenotesPackage.NOTE__DECISIONS);
		}
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConfidentialityException getConfidentialityException() {
		return confidentialityException;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetConfidentialityException(ConfidentialityException newConfidentialityException, NotificationChain msgs) {
		ConfidentialityException oldConfidentialityException = confidentialityException;
		confidentialityException = newConfidentialityException;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, CasenotesPackage.BOUNDARY_DECISION__CONFIDENTIALITY_EXCEPTION, oldConfidentialityException, newConfidentialityException);
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
	public void setConfidentialityException(ConfidentialityException newConfidentialityException) {
		if (newConfidentialityException != confidentialityException) {
			NotificationChain msgs = null;
			if (confidentialityException != null)
				msgs = ((InternalEObject)confidentialityException).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - CasenotesPackage.BOUNDARY_DECISION__CONFIDENTIALITY_EXCEPTION, null, msgs);
			if (newConfidentialityException != null)
				msgs = ((InternalEObject)newConfidentialityException).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - CasenotesPackage.BOUNDARY_DECISION__CONFIDENTIALITY_EXCEPTION, null, msgs);
			msgs = basicSetConfidentialityException(newConfidentialityException, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.BOUNDARY_DECISION__CONFIDENTIALITY_EXCEPTION, newConfidentialityException, newConfidentialityException));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.BOUNDARY_DECISION__STATUS, oldStatus, status));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.BOUNDARY_DECISION__SIGNED_BY, oldSignedBy, signedBy));
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
			eNotify(new ENotificationImpl(this, Notification.SET, CasenotesPackage.BOUNDARY_DECISION__SIGNED_AT, oldSignedAt, signedAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Addendum> getAddenda() {
		if (addenda == null) {
			addenda = new EObjectContainmentEList<Addendum>(Addendum.class, this, CasenotesPackage.BOUNDARY_DECISION__ADDENDA);
		}
		return addenda;
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
			case CasenotesPackage.BOUNDARY_DECISION__NOTES:
				return ((InternalEList<InternalEObject>)(InternalEList<?>)getNotes()).basicAdd(otherEnd, msgs);
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
			case CasenotesPackage.BOUNDARY_DECISION__OPTIONS:
				return ((InternalEList<?>)getOptions()).basicRemove(otherEnd, msgs);
			case CasenotesPackage.BOUNDARY_DECISION__CONSULTATIONS:
				return ((InternalEList<?>)getConsultations()).basicRemove(otherEnd, msgs);
			case CasenotesPackage.BOUNDARY_DECISION__NOTES:
				return ((InternalEList<?>)getNotes()).basicRemove(otherEnd, msgs);
			case CasenotesPackage.BOUNDARY_DECISION__CONFIDENTIALITY_EXCEPTION:
				return basicSetConfidentialityException(null, msgs);
			case CasenotesPackage.BOUNDARY_DECISION__ADDENDA:
				return ((InternalEList<?>)getAddenda()).basicRemove(otherEnd, msgs);
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
			case CasenotesPackage.BOUNDARY_DECISION__CATEGORY:
				return getCategory();
			case CasenotesPackage.BOUNDARY_DECISION__SUBCATEGORY:
				return getSubcategory();
			case CasenotesPackage.BOUNDARY_DECISION__INITIATED_BY:
				return getInitiatedBy();
			case CasenotesPackage.BOUNDARY_DECISION__DATE:
				return getDate();
			case CasenotesPackage.BOUNDARY_DECISION__CLIENT:
				if (resolve) return getClient();
				return basicGetClient();
			case CasenotesPackage.BOUNDARY_DECISION__FACTS:
				return getFacts();
			case CasenotesPackage.BOUNDARY_DECISION__INTERPRETATION:
				return getInterpretation();
			case CasenotesPackage.BOUNDARY_DECISION__STANDARDS_CITED:
				return getStandardsCited();
			case CasenotesPackage.BOUNDARY_DECISION__PRINCIPLES:
				return getPrinciples();
			case CasenotesPackage.BOUNDARY_DECISION__RISKS:
				return getRisks();
			case CasenotesPackage.BOUNDARY_DECISION__BENEFITS:
				return getBenefits();
			case CasenotesPackage.BOUNDARY_DECISION__OPTIONS:
				return getOptions();
			case CasenotesPackage.BOUNDARY_DECISION__CONSULTATIONS:
				return getConsultations();
			case CasenotesPackage.BOUNDARY_DECISION__DECISION:
				return getDecision();
			case CasenotesPackage.BOUNDARY_DECISION__RATIONALE:
				return getRationale();
			case CasenotesPackage.BOUNDARY_DECISION__DOCUMENTED_BEFORE_ACTING:
				return isDocumentedBeforeActing();
			case CasenotesPackage.BOUNDARY_DECISION__CLIENT_DISCUSSION:
				return getClientDiscussion();
			case CasenotesPackage.BOUNDARY_DECISION__CONSENT_OBTAINED:
				return isConsentObtained();
			case CasenotesPackage.BOUNDARY_DECISION__PRECAUTIONS:
				return getPrecautions();
			case CasenotesPackage.BOUNDARY_DECISION__FOLLOW_UP_DATE:
				return getFollowUpDate();
			case CasenotesPackage.BOUNDARY_DECISION__FOLLOW_UP_OUTCOME:
				return getFollowUpOutcome();
			case CasenotesPackage.BOUNDARY_DECISION__NOTES:
				return getNotes();
			case CasenotesPackage.BOUNDARY_DECISION__CONFIDENTIALITY_EXCEPTION:
				return getConfidentialityException();
			case CasenotesPackage.BOUNDARY_DECISION__STATUS:
				return getStatus();
			case CasenotesPackage.BOUNDARY_DECISION__SIGNED_BY:
				return getSignedBy();
			case CasenotesPackage.BOUNDARY_DECISION__SIGNED_AT:
				return getSignedAt();
			case CasenotesPackage.BOUNDARY_DECISION__ADDENDA:
				return getAddenda();
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
			case CasenotesPackage.BOUNDARY_DECISION__SUBCATEGORY:
				setSubcategory((String)newValue);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__INITIATED_BY:
				setInitiatedBy((Initiator)newValue);
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
			case CasenotesPackage.BOUNDARY_DECISION__INTERPRETATION:
				setInterpretation((String)newValue);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__STANDARDS_CITED:
				getStandardsCited().clear();
				getStandardsCited().addAll((Collection<? extends String>)newValue);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__PRINCIPLES:
				getPrinciples().clear();
				getPrinciples().addAll((Collection<? extends Principle>)newValue);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__RISKS:
				setRisks((String)newValue);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__BENEFITS:
				setBenefits((String)newValue);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__OPTIONS:
				getOptions().clear();
				getOptions().addAll((Collection<? extends DecisionOption>)newValue);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__CONSULTATIONS:
				getConsultations().clear();
				getConsultations().addAll((Collection<? extends Consultation>)newValue);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__DECISION:
				setDecision((String)newValue);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__RATIONALE:
				setRationale((String)newValue);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__DOCUMENTED_BEFORE_ACTING:
				setDocumentedBeforeActing((Boolean)newValue);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__CLIENT_DISCUSSION:
				setClientDiscussion((String)newValue);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__CONSENT_OBTAINED:
				setConsentObtained((Boolean)newValue);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__PRECAUTIONS:
				setPrecautions((String)newValue);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__FOLLOW_UP_DATE:
				setFollowUpDate((LocalDate)newValue);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__FOLLOW_UP_OUTCOME:
				setFollowUpOutcome((String)newValue);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__NOTES:
				getNotes().clear();
				getNotes().addAll((Collection<? extends Note>)newValue);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__CONFIDENTIALITY_EXCEPTION:
				setConfidentialityException((ConfidentialityException)newValue);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__STATUS:
				setStatus((NoteStatus)newValue);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__SIGNED_BY:
				setSignedBy((String)newValue);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__SIGNED_AT:
				setSignedAt((Instant)newValue);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__ADDENDA:
				getAddenda().clear();
				getAddenda().addAll((Collection<? extends Addendum>)newValue);
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
			case CasenotesPackage.BOUNDARY_DECISION__SUBCATEGORY:
				setSubcategory(SUBCATEGORY_EDEFAULT);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__INITIATED_BY:
				unsetInitiatedBy();
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
			case CasenotesPackage.BOUNDARY_DECISION__INTERPRETATION:
				setInterpretation(INTERPRETATION_EDEFAULT);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__STANDARDS_CITED:
				getStandardsCited().clear();
				return;
			case CasenotesPackage.BOUNDARY_DECISION__PRINCIPLES:
				getPrinciples().clear();
				return;
			case CasenotesPackage.BOUNDARY_DECISION__RISKS:
				setRisks(RISKS_EDEFAULT);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__BENEFITS:
				setBenefits(BENEFITS_EDEFAULT);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__OPTIONS:
				getOptions().clear();
				return;
			case CasenotesPackage.BOUNDARY_DECISION__CONSULTATIONS:
				getConsultations().clear();
				return;
			case CasenotesPackage.BOUNDARY_DECISION__DECISION:
				setDecision(DECISION_EDEFAULT);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__RATIONALE:
				setRationale(RATIONALE_EDEFAULT);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__DOCUMENTED_BEFORE_ACTING:
				setDocumentedBeforeActing(DOCUMENTED_BEFORE_ACTING_EDEFAULT);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__CLIENT_DISCUSSION:
				setClientDiscussion(CLIENT_DISCUSSION_EDEFAULT);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__CONSENT_OBTAINED:
				setConsentObtained(CONSENT_OBTAINED_EDEFAULT);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__PRECAUTIONS:
				setPrecautions(PRECAUTIONS_EDEFAULT);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__FOLLOW_UP_DATE:
				setFollowUpDate(FOLLOW_UP_DATE_EDEFAULT);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__FOLLOW_UP_OUTCOME:
				setFollowUpOutcome(FOLLOW_UP_OUTCOME_EDEFAULT);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__NOTES:
				getNotes().clear();
				return;
			case CasenotesPackage.BOUNDARY_DECISION__CONFIDENTIALITY_EXCEPTION:
				setConfidentialityException((ConfidentialityException)null);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__SIGNED_BY:
				setSignedBy(SIGNED_BY_EDEFAULT);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__SIGNED_AT:
				setSignedAt(SIGNED_AT_EDEFAULT);
				return;
			case CasenotesPackage.BOUNDARY_DECISION__ADDENDA:
				getAddenda().clear();
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
			case CasenotesPackage.BOUNDARY_DECISION__SUBCATEGORY:
				return SUBCATEGORY_EDEFAULT == null ? subcategory != null : !SUBCATEGORY_EDEFAULT.equals(subcategory);
			case CasenotesPackage.BOUNDARY_DECISION__INITIATED_BY:
				return isSetInitiatedBy();
			case CasenotesPackage.BOUNDARY_DECISION__DATE:
				return DATE_EDEFAULT == null ? date != null : !DATE_EDEFAULT.equals(date);
			case CasenotesPackage.BOUNDARY_DECISION__CLIENT:
				return client != null;
			case CasenotesPackage.BOUNDARY_DECISION__FACTS:
				return FACTS_EDEFAULT == null ? facts != null : !FACTS_EDEFAULT.equals(facts);
			case CasenotesPackage.BOUNDARY_DECISION__INTERPRETATION:
				return INTERPRETATION_EDEFAULT == null ? interpretation != null : !INTERPRETATION_EDEFAULT.equals(interpretation);
			case CasenotesPackage.BOUNDARY_DECISION__STANDARDS_CITED:
				return standardsCited != null && !standardsCited.isEmpty();
			case CasenotesPackage.BOUNDARY_DECISION__PRINCIPLES:
				return principles != null && !principles.isEmpty();
			case CasenotesPackage.BOUNDARY_DECISION__RISKS:
				return RISKS_EDEFAULT == null ? risks != null : !RISKS_EDEFAULT.equals(risks);
			case CasenotesPackage.BOUNDARY_DECISION__BENEFITS:
				return BENEFITS_EDEFAULT == null ? benefits != null : !BENEFITS_EDEFAULT.equals(benefits);
			case CasenotesPackage.BOUNDARY_DECISION__OPTIONS:
				return options != null && !options.isEmpty();
			case CasenotesPackage.BOUNDARY_DECISION__CONSULTATIONS:
				return consultations != null && !consultations.isEmpty();
			case CasenotesPackage.BOUNDARY_DECISION__DECISION:
				return DECISION_EDEFAULT == null ? decision != null : !DECISION_EDEFAULT.equals(decision);
			case CasenotesPackage.BOUNDARY_DECISION__RATIONALE:
				return RATIONALE_EDEFAULT == null ? rationale != null : !RATIONALE_EDEFAULT.equals(rationale);
			case CasenotesPackage.BOUNDARY_DECISION__DOCUMENTED_BEFORE_ACTING:
				return documentedBeforeActing != DOCUMENTED_BEFORE_ACTING_EDEFAULT;
			case CasenotesPackage.BOUNDARY_DECISION__CLIENT_DISCUSSION:
				return CLIENT_DISCUSSION_EDEFAULT == null ? clientDiscussion != null : !CLIENT_DISCUSSION_EDEFAULT.equals(clientDiscussion);
			case CasenotesPackage.BOUNDARY_DECISION__CONSENT_OBTAINED:
				return consentObtained != CONSENT_OBTAINED_EDEFAULT;
			case CasenotesPackage.BOUNDARY_DECISION__PRECAUTIONS:
				return PRECAUTIONS_EDEFAULT == null ? precautions != null : !PRECAUTIONS_EDEFAULT.equals(precautions);
			case CasenotesPackage.BOUNDARY_DECISION__FOLLOW_UP_DATE:
				return FOLLOW_UP_DATE_EDEFAULT == null ? followUpDate != null : !FOLLOW_UP_DATE_EDEFAULT.equals(followUpDate);
			case CasenotesPackage.BOUNDARY_DECISION__FOLLOW_UP_OUTCOME:
				return FOLLOW_UP_OUTCOME_EDEFAULT == null ? followUpOutcome != null : !FOLLOW_UP_OUTCOME_EDEFAULT.equals(followUpOutcome);
			case CasenotesPackage.BOUNDARY_DECISION__NOTES:
				return notes != null && !notes.isEmpty();
			case CasenotesPackage.BOUNDARY_DECISION__CONFIDENTIALITY_EXCEPTION:
				return confidentialityException != null;
			case CasenotesPackage.BOUNDARY_DECISION__STATUS:
				return status != STATUS_EDEFAULT;
			case CasenotesPackage.BOUNDARY_DECISION__SIGNED_BY:
				return SIGNED_BY_EDEFAULT == null ? signedBy != null : !SIGNED_BY_EDEFAULT.equals(signedBy);
			case CasenotesPackage.BOUNDARY_DECISION__SIGNED_AT:
				return SIGNED_AT_EDEFAULT == null ? signedAt != null : !SIGNED_AT_EDEFAULT.equals(signedAt);
			case CasenotesPackage.BOUNDARY_DECISION__ADDENDA:
				return addenda != null && !addenda.isEmpty();
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
		result.append(", subcategory: ");
		result.append(subcategory);
		result.append(", initiatedBy: ");
		if (initiatedByESet) result.append(initiatedBy); else result.append("<unset>");
		result.append(", date: ");
		result.append(date);
		result.append(", facts: ");
		result.append(facts);
		result.append(", interpretation: ");
		result.append(interpretation);
		result.append(", standardsCited: ");
		result.append(standardsCited);
		result.append(", principles: ");
		result.append(principles);
		result.append(", risks: ");
		result.append(risks);
		result.append(", benefits: ");
		result.append(benefits);
		result.append(", decision: ");
		result.append(decision);
		result.append(", rationale: ");
		result.append(rationale);
		result.append(", documentedBeforeActing: ");
		result.append(documentedBeforeActing);
		result.append(", clientDiscussion: ");
		result.append(clientDiscussion);
		result.append(", consentObtained: ");
		result.append(consentObtained);
		result.append(", precautions: ");
		result.append(precautions);
		result.append(", followUpDate: ");
		result.append(followUpDate);
		result.append(", followUpOutcome: ");
		result.append(followUpOutcome);
		result.append(", status: ");
		result.append(status);
		result.append(", signedBy: ");
		result.append(signedBy);
		result.append(", signedAt: ");
		result.append(signedAt);
		result.append(')');
		return result.toString();
	}

} //BoundaryDecisionImpl
