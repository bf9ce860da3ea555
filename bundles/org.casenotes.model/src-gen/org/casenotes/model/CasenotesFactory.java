/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see org.casenotes.model.CasenotesPackage
 * @generated
 */
public interface CasenotesFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CasenotesFactory eINSTANCE = org.casenotes.model.impl.CasenotesFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Practice</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Practice</em>'.
	 * @generated
	 */
	Practice createPractice();

	/**
	 * Returns a new object of class '<em>Client</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Client</em>'.
	 * @generated
	 */
	Client createClient();

	/**
	 * Returns a new object of class '<em>Identity Sheet</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Identity Sheet</em>'.
	 * @generated
	 */
	IdentitySheet createIdentitySheet();

	/**
	 * Returns a new object of class '<em>Known Person</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Known Person</em>'.
	 * @generated
	 */
	KnownPerson createKnownPerson();

	/**
	 * Returns a new object of class '<em>Known Place</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Known Place</em>'.
	 * @generated
	 */
	KnownPlace createKnownPlace();

	/**
	 * Returns a new object of class '<em>Contact Detail</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Contact Detail</em>'.
	 * @generated
	 */
	ContactDetail createContactDetail();

	/**
	 * Returns a new object of class '<em>Case File</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Case File</em>'.
	 * @generated
	 */
	CaseFile createCaseFile();

	/**
	 * Returns a new object of class '<em>Note</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Note</em>'.
	 * @generated
	 */
	Note createNote();

	/**
	 * Returns a new object of class '<em>Section</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Section</em>'.
	 * @generated
	 */
	Section createSection();

	/**
	 * Returns a new object of class '<em>Addendum</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Addendum</em>'.
	 * @generated
	 */
	Addendum createAddendum();

	/**
	 * Returns a new object of class '<em>Consultation Log</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Consultation Log</em>'.
	 * @generated
	 */
	ConsultationLog createConsultationLog();

	/**
	 * Returns a new object of class '<em>Boundary Decision</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Boundary Decision</em>'.
	 * @generated
	 */
	BoundaryDecision createBoundaryDecision();

	/**
	 * Returns a new object of class '<em>Decision Option</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Decision Option</em>'.
	 * @generated
	 */
	DecisionOption createDecisionOption();

	/**
	 * Returns a new object of class '<em>Consultation</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Consultation</em>'.
	 * @generated
	 */
	Consultation createConsultation();

	/**
	 * Returns a new object of class '<em>Confidentiality Exception</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Confidentiality Exception</em>'.
	 * @generated
	 */
	ConfidentialityException createConfidentialityException();

	/**
	 * Returns a new object of class '<em>Practice Standard</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Practice Standard</em>'.
	 * @generated
	 */
	PracticeStandard createPracticeStandard();

	/**
	 * Returns a new object of class '<em>Standard Requirement</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Standard Requirement</em>'.
	 * @generated
	 */
	StandardRequirement createStandardRequirement();

	/**
	 * Returns a new object of class '<em>Share Packet</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Share Packet</em>'.
	 * @generated
	 */
	SharePacket createSharePacket();

	/**
	 * Returns a new object of class '<em>Shared Note</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Shared Note</em>'.
	 * @generated
	 */
	SharedNote createSharedNote();

	/**
	 * Returns a new object of class '<em>Share Record</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Share Record</em>'.
	 * @generated
	 */
	ShareRecord createShareRecord();

	/**
	 * Returns a new object of class '<em>Shared Note Link</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Shared Note Link</em>'.
	 * @generated
	 */
	SharedNoteLink createSharedNoteLink();

	/**
	 * Returns a new object of class '<em>Received Packet</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Received Packet</em>'.
	 * @generated
	 */
	ReceivedPacket createReceivedPacket();

	/**
	 * Returns a new object of class '<em>Feedback</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Feedback</em>'.
	 * @generated
	 */
	Feedback createFeedback();

	/**
	 * Returns a new object of class '<em>Review Comment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Review Comment</em>'.
	 * @generated
	 */
	ReviewComment createReviewComment();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	CasenotesPackage getCasenotesPackage();

} //CasenotesFactory
