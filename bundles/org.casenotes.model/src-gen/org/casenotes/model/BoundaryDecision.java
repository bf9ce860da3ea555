/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model;

import java.time.Instant;
import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Boundary Decision</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A boundary dilemma, the consultation sought and the decision taken, with its reasons: a record in the steps of an ethical decision-making model. A draft until signed; afterwards it changes only by addenda.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.BoundaryDecision#getCategory <em>Category</em>}</li>
 *   <li>{@link org.casenotes.model.BoundaryDecision#getSubcategory <em>Subcategory</em>}</li>
 *   <li>{@link org.casenotes.model.BoundaryDecision#getInitiatedBy <em>Initiated By</em>}</li>
 *   <li>{@link org.casenotes.model.BoundaryDecision#getDate <em>Date</em>}</li>
 *   <li>{@link org.casenotes.model.BoundaryDecision#getClient <em>Client</em>}</li>
 *   <li>{@link org.casenotes.model.BoundaryDecision#getFacts <em>Facts</em>}</li>
 *   <li>{@link org.casenotes.model.BoundaryDecision#getInterpretation <em>Interpretation</em>}</li>
 *   <li>{@link org.casenotes.model.BoundaryDecision#getStandardsCited <em>Standards Cited</em>}</li>
 *   <li>{@link org.casenotes.model.BoundaryDecision#getPrinciples <em>Principles</em>}</li>
 *   <li>{@link org.casenotes.model.BoundaryDecision#getRisks <em>Risks</em>}</li>
 *   <li>{@link org.casenotes.model.BoundaryDecision#getBenefits <em>Benefits</em>}</li>
 *   <li>{@link org.casenotes.model.BoundaryDecision#getOptions <em>Options</em>}</li>
 *   <li>{@link org.casenotes.model.BoundaryDecision#getConsultations <em>Consultations</em>}</li>
 *   <li>{@link org.casenotes.model.BoundaryDecision#getDecision <em>Decision</em>}</li>
 *   <li>{@link org.casenotes.model.BoundaryDecision#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.casenotes.model.BoundaryDecision#isDocumentedBeforeActing <em>Documented Before Acting</em>}</li>
 *   <li>{@link org.casenotes.model.BoundaryDecision#getClientDiscussion <em>Client Discussion</em>}</li>
 *   <li>{@link org.casenotes.model.BoundaryDecision#isConsentObtained <em>Consent Obtained</em>}</li>
 *   <li>{@link org.casenotes.model.BoundaryDecision#getPrecautions <em>Precautions</em>}</li>
 *   <li>{@link org.casenotes.model.BoundaryDecision#getFollowUpDate <em>Follow Up Date</em>}</li>
 *   <li>{@link org.casenotes.model.BoundaryDecision#getFollowUpOutcome <em>Follow Up Outcome</em>}</li>
 *   <li>{@link org.casenotes.model.BoundaryDecision#getNotes <em>Notes</em>}</li>
 *   <li>{@link org.casenotes.model.BoundaryDecision#getConfidentialityException <em>Confidentiality Exception</em>}</li>
 *   <li>{@link org.casenotes.model.BoundaryDecision#getStatus <em>Status</em>}</li>
 *   <li>{@link org.casenotes.model.BoundaryDecision#getSignedBy <em>Signed By</em>}</li>
 *   <li>{@link org.casenotes.model.BoundaryDecision#getSignedAt <em>Signed At</em>}</li>
 *   <li>{@link org.casenotes.model.BoundaryDecision#getAddenda <em>Addenda</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.CasenotesPackage#getBoundaryDecision()
 * @model
 * @generated
 */
public interface BoundaryDecision extends EObject {
	/**
	 * Returns the value of the '<em><b>Category</b></em>' attribute.
	 * The literals are from the enumeration {@link org.casenotes.model.BoundaryCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Category</em>' attribute.
	 * @see org.casenotes.model.BoundaryCategory
	 * @see #setCategory(BoundaryCategory)
	 * @see org.casenotes.model.CasenotesPackage#getBoundaryDecision_Category()
	 * @model required="true"
	 * @generated
	 */
	BoundaryCategory getCategory();

	/**
	 * Sets the value of the '{@link org.casenotes.model.BoundaryDecision#getCategory <em>Category</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Category</em>' attribute.
	 * @see org.casenotes.model.BoundaryCategory
	 * @see #getCategory()
	 * @generated
	 */
	void setCategory(BoundaryCategory value);

	/**
	 * Returns the value of the '<em><b>Subcategory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A finer kind within the category, e.g. 'Follow request' under social media, 'Duty to warn' under confidentiality exceptions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Subcategory</em>' attribute.
	 * @see #setSubcategory(String)
	 * @see org.casenotes.model.CasenotesPackage#getBoundaryDecision_Subcategory()
	 * @model
	 * @generated
	 */
	String getSubcategory();

	/**
	 * Sets the value of the '{@link org.casenotes.model.BoundaryDecision#getSubcategory <em>Subcategory</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Subcategory</em>' attribute.
	 * @see #getSubcategory()
	 * @generated
	 */
	void setSubcategory(String value);

	/**
	 * Returns the value of the '<em><b>Initiated By</b></em>' attribute.
	 * The literals are from the enumeration {@link org.casenotes.model.Initiator}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Initiated By</em>' attribute.
	 * @see org.casenotes.model.Initiator
	 * @see #isSetInitiatedBy()
	 * @see #unsetInitiatedBy()
	 * @see #setInitiatedBy(Initiator)
	 * @see org.casenotes.model.CasenotesPackage#getBoundaryDecision_InitiatedBy()
	 * @model unsettable="true"
	 * @generated
	 */
	Initiator getInitiatedBy();

	/**
	 * Sets the value of the '{@link org.casenotes.model.BoundaryDecision#getInitiatedBy <em>Initiated By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Initiated By</em>' attribute.
	 * @see org.casenotes.model.Initiator
	 * @see #isSetInitiatedBy()
	 * @see #unsetInitiatedBy()
	 * @see #getInitiatedBy()
	 * @generated
	 */
	void setInitiatedBy(Initiator value);

	/**
	 * Unsets the value of the '{@link org.casenotes.model.BoundaryDecision#getInitiatedBy <em>Initiated By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetInitiatedBy()
	 * @see #getInitiatedBy()
	 * @see #setInitiatedBy(Initiator)
	 * @generated
	 */
	void unsetInitiatedBy();

	/**
	 * Returns whether the value of the '{@link org.casenotes.model.BoundaryDecision#getInitiatedBy <em>Initiated By</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Initiated By</em>' attribute is set.
	 * @see #unsetInitiatedBy()
	 * @see #getInitiatedBy()
	 * @see #setInitiatedBy(Initiator)
	 * @generated
	 */
	boolean isSetInitiatedBy();

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When the event happened.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.casenotes.model.CasenotesPackage#getBoundaryDecision_Date()
	 * @model dataType="org.casenotes.model.LocalDate" required="true"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.casenotes.model.BoundaryDecision#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Client</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Client</em>' reference.
	 * @see #setClient(Client)
	 * @see org.casenotes.model.CasenotesPackage#getBoundaryDecision_Client()
	 * @model
	 * @generated
	 */
	Client getClient();

	/**
	 * Sets the value of the '{@link org.casenotes.model.BoundaryDecision#getClient <em>Client</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Client</em>' reference.
	 * @see #getClient()
	 * @generated
	 */
	void setClient(Client value);

	/**
	 * Returns the value of the '<em><b>Facts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What happened, as observed: kept apart from interpretation.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Facts</em>' attribute.
	 * @see #setFacts(String)
	 * @see org.casenotes.model.CasenotesPackage#getBoundaryDecision_Facts()
	 * @model required="true"
	 * @generated
	 */
	String getFacts();

	/**
	 * Sets the value of the '{@link org.casenotes.model.BoundaryDecision#getFacts <em>Facts</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Facts</em>' attribute.
	 * @see #getFacts()
	 * @generated
	 */
	void setFacts(String value);

	/**
	 * Returns the value of the '<em><b>Interpretation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the therapist makes of the facts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interpretation</em>' attribute.
	 * @see #setInterpretation(String)
	 * @see org.casenotes.model.CasenotesPackage#getBoundaryDecision_Interpretation()
	 * @model
	 * @generated
	 */
	String getInterpretation();

	/**
	 * Sets the value of the '{@link org.casenotes.model.BoundaryDecision#getInterpretation <em>Interpretation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interpretation</em>' attribute.
	 * @see #getInterpretation()
	 * @generated
	 */
	void setInterpretation(String value);

	/**
	 * Returns the value of the '<em><b>Standards Cited</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Codes and clauses that apply, e.g. 'APA 3.05', 'ACA H.6'.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Standards Cited</em>' attribute list.
	 * @see org.casenotes.model.CasenotesPackage#getBoundaryDecision_StandardsCited()
	 * @model
	 * @generated
	 */
	EList<String> getStandardsCited();

	/**
	 * Returns the value of the '<em><b>Principles</b></em>' attribute list.
	 * The list contents are of type {@link org.casenotes.model.Principle}.
	 * The literals are from the enumeration {@link org.casenotes.model.Principle}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The ethical principles in tension.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Principles</em>' attribute list.
	 * @see org.casenotes.model.Principle
	 * @see org.casenotes.model.CasenotesPackage#getBoundaryDecision_Principles()
	 * @model
	 * @generated
	 */
	EList<Principle> getPrinciples();

	/**
	 * Returns the value of the '<em><b>Risks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Risks</em>' attribute.
	 * @see #setRisks(String)
	 * @see org.casenotes.model.CasenotesPackage#getBoundaryDecision_Risks()
	 * @model
	 * @generated
	 */
	String getRisks();

	/**
	 * Sets the value of the '{@link org.casenotes.model.BoundaryDecision#getRisks <em>Risks</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Risks</em>' attribute.
	 * @see #getRisks()
	 * @generated
	 */
	void setRisks(String value);

	/**
	 * Returns the value of the '<em><b>Benefits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Benefits</em>' attribute.
	 * @see #setBenefits(String)
	 * @see org.casenotes.model.CasenotesPackage#getBoundaryDecision_Benefits()
	 * @model
	 * @generated
	 */
	String getBenefits();

	/**
	 * Sets the value of the '{@link org.casenotes.model.BoundaryDecision#getBenefits <em>Benefits</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Benefits</em>' attribute.
	 * @see #getBenefits()
	 * @generated
	 */
	void setBenefits(String value);

	/**
	 * Returns the value of the '<em><b>Options</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.DecisionOption}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The courses of action considered, each with its consequences.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Options</em>' containment reference list.
	 * @see org.casenotes.model.CasenotesPackage#getBoundaryDecision_Options()
	 * @model containment="true"
	 * @generated
	 */
	EList<DecisionOption> getOptions();

	/**
	 * Returns the value of the '<em><b>Consultations</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.Consultation}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consultations</em>' containment reference list.
	 * @see org.casenotes.model.CasenotesPackage#getBoundaryDecision_Consultations()
	 * @model containment="true"
	 * @generated
	 */
	EList<Consultation> getConsultations();

	/**
	 * Returns the value of the '<em><b>Decision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decision</em>' attribute.
	 * @see #setDecision(String)
	 * @see org.casenotes.model.CasenotesPackage#getBoundaryDecision_Decision()
	 * @model
	 * @generated
	 */
	String getDecision();

	/**
	 * Sets the value of the '{@link org.casenotes.model.BoundaryDecision#getDecision <em>Decision</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decision</em>' attribute.
	 * @see #getDecision()
	 * @generated
	 */
	void setDecision(String value);

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see org.casenotes.model.CasenotesPackage#getBoundaryDecision_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link org.casenotes.model.BoundaryDecision#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

	/**
	 * Returns the value of the '<em><b>Documented Before Acting</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Documented Before Acting</em>' attribute.
	 * @see #setDocumentedBeforeActing(boolean)
	 * @see org.casenotes.model.CasenotesPackage#getBoundaryDecision_DocumentedBeforeActing()
	 * @model
	 * @generated
	 */
	boolean isDocumentedBeforeActing();

	/**
	 * Sets the value of the '{@link org.casenotes.model.BoundaryDecision#isDocumentedBeforeActing <em>Documented Before Acting</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Documented Before Acting</em>' attribute.
	 * @see #isDocumentedBeforeActing()
	 * @generated
	 */
	void setDocumentedBeforeActing(boolean value);

	/**
	 * Returns the value of the '<em><b>Client Discussion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How the decision was discussed with the client.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Client Discussion</em>' attribute.
	 * @see #setClientDiscussion(String)
	 * @see org.casenotes.model.CasenotesPackage#getBoundaryDecision_ClientDiscussion()
	 * @model
	 * @generated
	 */
	String getClientDiscussion();

	/**
	 * Sets the value of the '{@link org.casenotes.model.BoundaryDecision#getClientDiscussion <em>Client Discussion</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Client Discussion</em>' attribute.
	 * @see #getClientDiscussion()
	 * @generated
	 */
	void setClientDiscussion(String value);

	/**
	 * Returns the value of the '<em><b>Consent Obtained</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consent Obtained</em>' attribute.
	 * @see #setConsentObtained(boolean)
	 * @see org.casenotes.model.CasenotesPackage#getBoundaryDecision_ConsentObtained()
	 * @model
	 * @generated
	 */
	boolean isConsentObtained();

	/**
	 * Sets the value of the '{@link org.casenotes.model.BoundaryDecision#isConsentObtained <em>Consent Obtained</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Consent Obtained</em>' attribute.
	 * @see #isConsentObtained()
	 * @generated
	 */
	void setConsentObtained(boolean value);

	/**
	 * Returns the value of the '<em><b>Precautions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Precautions</em>' attribute.
	 * @see #setPrecautions(String)
	 * @see org.casenotes.model.CasenotesPackage#getBoundaryDecision_Precautions()
	 * @model
	 * @generated
	 */
	String getPrecautions();

	/**
	 * Sets the value of the '{@link org.casenotes.model.BoundaryDecision#getPrecautions <em>Precautions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Precautions</em>' attribute.
	 * @see #getPrecautions()
	 * @generated
	 */
	void setPrecautions(String value);

	/**
	 * Returns the value of the '<em><b>Follow Up Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When to review the decision; past and without an outcome, it is overdue.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Follow Up Date</em>' attribute.
	 * @see #setFollowUpDate(LocalDate)
	 * @see org.casenotes.model.CasenotesPackage#getBoundaryDecision_FollowUpDate()
	 * @model dataType="org.casenotes.model.LocalDate"
	 * @generated
	 */
	LocalDate getFollowUpDate();

	/**
	 * Sets the value of the '{@link org.casenotes.model.BoundaryDecision#getFollowUpDate <em>Follow Up Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Follow Up Date</em>' attribute.
	 * @see #getFollowUpDate()
	 * @generated
	 */
	void setFollowUpDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Follow Up Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Follow Up Outcome</em>' attribute.
	 * @see #setFollowUpOutcome(String)
	 * @see org.casenotes.model.CasenotesPackage#getBoundaryDecision_FollowUpOutcome()
	 * @model
	 * @generated
	 */
	String getFollowUpOutcome();

	/**
	 * Sets the value of the '{@link org.casenotes.model.BoundaryDecision#getFollowUpOutcome <em>Follow Up Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Follow Up Outcome</em>' attribute.
	 * @see #getFollowUpOutcome()
	 * @generated
	 */
	void setFollowUpOutcome(String value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' reference list.
	 * The list contents are of type {@link org.casenotes.model.Note}.
	 * It is bidirectional and its opposite is '{@link org.casenotes.model.Note#getDecisions <em>Decisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Notes about this decision; each note links back through Note.decisions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' reference list.
	 * @see org.casenotes.model.CasenotesPackage#getBoundaryDecision_Notes()
	 * @see org.casenotes.model.Note#getDecisions
	 * @model opposite="decisions"
	 * @generated
	 */
	EList<Note> getNotes();

	/**
	 * Returns the value of the '<em><b>Confidentiality Exception</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Confidentiality Exception</em>' containment reference.
	 * @see #setConfidentialityException(ConfidentialityException)
	 * @see org.casenotes.model.CasenotesPackage#getBoundaryDecision_ConfidentialityException()
	 * @model containment="true"
	 * @generated
	 */
	ConfidentialityException getConfidentialityException();

	/**
	 * Sets the value of the '{@link org.casenotes.model.BoundaryDecision#getConfidentialityException <em>Confidentiality Exception</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confidentiality Exception</em>' containment reference.
	 * @see #getConfidentialityException()
	 * @generated
	 */
	void setConfidentialityException(ConfidentialityException value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.casenotes.model.NoteStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.casenotes.model.NoteStatus
	 * @see #setStatus(NoteStatus)
	 * @see org.casenotes.model.CasenotesPackage#getBoundaryDecision_Status()
	 * @model
	 * @generated
	 */
	NoteStatus getStatus();

	/**
	 * Sets the value of the '{@link org.casenotes.model.BoundaryDecision#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.casenotes.model.NoteStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(NoteStatus value);

	/**
	 * Returns the value of the '<em><b>Signed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signed By</em>' attribute.
	 * @see #setSignedBy(String)
	 * @see org.casenotes.model.CasenotesPackage#getBoundaryDecision_SignedBy()
	 * @model
	 * @generated
	 */
	String getSignedBy();

	/**
	 * Sets the value of the '{@link org.casenotes.model.BoundaryDecision#getSignedBy <em>Signed By</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signed By</em>' attribute.
	 * @see #getSignedBy()
	 * @generated
	 */
	void setSignedBy(String value);

	/**
	 * Returns the value of the '<em><b>Signed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signed At</em>' attribute.
	 * @see #setSignedAt(Instant)
	 * @see org.casenotes.model.CasenotesPackage#getBoundaryDecision_SignedAt()
	 * @model dataType="org.casenotes.model.Instant"
	 * @generated
	 */
	Instant getSignedAt();

	/**
	 * Sets the value of the '{@link org.casenotes.model.BoundaryDecision#getSignedAt <em>Signed At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Signed At</em>' attribute.
	 * @see #getSignedAt()
	 * @generated
	 */
	void setSignedAt(Instant value);

	/**
	 * Returns the value of the '<em><b>Addenda</b></em>' containment reference list.
	 * The list contents are of type {@link org.casenotes.model.Addendum}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Addenda</em>' containment reference list.
	 * @see org.casenotes.model.CasenotesPackage#getBoundaryDecision_Addenda()
	 * @model containment="true"
	 * @generated
	 */
	EList<Addendum> getAddenda();

} // BoundaryDecision
