/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model.util;

import java.time.Instant;
import java.time.LocalDate;

import java.util.Map;

import org.casenotes.model.*;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see org.casenotes.model.CasenotesPackage
 * @generated
 */
public class CasenotesValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final CasenotesValidator INSTANCE = new CasenotesValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "org.casenotes.model";

	/**
	 * The {@link org.eclipse.emf.common.util.Diagnostic#getCode() code} for constraint 'Signature Complete' of 'Note'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final int NOTE__SIGNATURE_COMPLETE = 1;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 1;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CasenotesValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return CasenotesPackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case CasenotesPackage.PRACTICE:
				return validatePractice((Practice)value, diagnostics, context);
			case CasenotesPackage.CLIENT:
				return validateClient((Client)value, diagnostics, context);
			case CasenotesPackage.IDENTITY_SHEET:
				return validateIdentitySheet((IdentitySheet)value, diagnostics, context);
			case CasenotesPackage.KNOWN_PERSON:
				return validateKnownPerson((KnownPerson)value, diagnostics, context);
			case CasenotesPackage.KNOWN_PLACE:
				return validateKnownPlace((KnownPlace)value, diagnostics, context);
			case CasenotesPackage.CONTACT_DETAIL:
				return validateContactDetail((ContactDetail)value, diagnostics, context);
			case CasenotesPackage.CASE_FILE:
				return validateCaseFile((CaseFile)value, diagnostics, context);
			case CasenotesPackage.NOTE:
				return validateNote((Note)value, diagnostics, context);
			case CasenotesPackage.SECTION:
				return validateSection((Section)value, diagnostics, context);
			case CasenotesPackage.ADDENDUM:
				return validateAddendum((Addendum)value, diagnostics, context);
			case CasenotesPackage.CONSULTATION_LOG:
				return validateConsultationLog((ConsultationLog)value, diagnostics, context);
			case CasenotesPackage.BOUNDARY_DECISION:
				return validateBoundaryDecision((BoundaryDecision)value, diagnostics, context);
			case CasenotesPackage.DECISION_OPTION:
				return validateDecisionOption((DecisionOption)value, diagnostics, context);
			case CasenotesPackage.CONSULTATION:
				return validateConsultation((Consultation)value, diagnostics, context);
			case CasenotesPackage.CONFIDENTIALITY_EXCEPTION:
				return validateConfidentialityException((ConfidentialityException)value, diagnostics, context);
			case CasenotesPackage.PRACTICE_STANDARD:
				return validatePracticeStandard((PracticeStandard)value, diagnostics, context);
			case CasenotesPackage.STANDARD_REQUIREMENT:
				return validateStandardRequirement((StandardRequirement)value, diagnostics, context);
			case CasenotesPackage.SHARE_PACKET:
				return validateSharePacket((SharePacket)value, diagnostics, context);
			case CasenotesPackage.SHARED_NOTE:
				return validateSharedNote((SharedNote)value, diagnostics, context);
			case CasenotesPackage.SHARE_RECORD:
				return validateShareRecord((ShareRecord)value, diagnostics, context);
			case CasenotesPackage.SHARED_NOTE_LINK:
				return validateSharedNoteLink((SharedNoteLink)value, diagnostics, context);
			case CasenotesPackage.RECEIVED_PACKET:
				return validateReceivedPacket((ReceivedPacket)value, diagnostics, context);
			case CasenotesPackage.FEEDBACK:
				return validateFeedback((Feedback)value, diagnostics, context);
			case CasenotesPackage.REVIEW_COMMENT:
				return validateReviewComment((ReviewComment)value, diagnostics, context);
			case CasenotesPackage.PLACE_KIND:
				return validatePlaceKind((PlaceKind)value, diagnostics, context);
			case CasenotesPackage.CONTACT_KIND:
				return validateContactKind((ContactKind)value, diagnostics, context);
			case CasenotesPackage.NOTE_KIND:
				return validateNoteKind((NoteKind)value, diagnostics, context);
			case CasenotesPackage.NOTE_STATUS:
				return validateNoteStatus((NoteStatus)value, diagnostics, context);
			case CasenotesPackage.BOUNDARY_CATEGORY:
				return validateBoundaryCategory((BoundaryCategory)value, diagnostics, context);
			case CasenotesPackage.INITIATOR:
				return validateInitiator((Initiator)value, diagnostics, context);
			case CasenotesPackage.PRINCIPLE:
				return validatePrinciple((Principle)value, diagnostics, context);
			case CasenotesPackage.CONSULTANT_ROLE:
				return validateConsultantRole((ConsultantRole)value, diagnostics, context);
			case CasenotesPackage.CONSULTATION_MODE:
				return validateConsultationMode((ConsultationMode)value, diagnostics, context);
			case CasenotesPackage.IMMINENCE:
				return validateImminence((Imminence)value, diagnostics, context);
			case CasenotesPackage.RECIPIENT_KIND:
				return validateRecipientKind((RecipientKind)value, diagnostics, context);
			case CasenotesPackage.ASSESSMENT:
				return validateAssessment((Assessment)value, diagnostics, context);
			case CasenotesPackage.LOCAL_DATE:
				return validateLocalDate((LocalDate)value, diagnostics, context);
			case CasenotesPackage.INSTANT:
				return validateInstant((Instant)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePractice(Practice practice, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(practice, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateClient(Client client, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(client, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIdentitySheet(IdentitySheet identitySheet, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(identitySheet, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKnownPerson(KnownPerson knownPerson, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(knownPerson, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateKnownPlace(KnownPlace knownPlace, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(knownPlace, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateContactDetail(ContactDetail contactDetail, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(contactDetail, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCaseFile(CaseFile caseFile, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(caseFile, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNote(Note note, DiagnosticChain diagnostics, Map<Object, Object> context) {
		if (!validate_NoCircularContainment(note, diagnostics, context)) return false;
		boolean result = validate_EveryMultiplicityConforms(note, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryDataValueConforms(note, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryReferenceIsContained(note, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryBidirectionalReferenceIsPaired(note, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryProxyResolves(note, diagnostics, context);
		if (result || diagnostics != null) result &= validate_UniqueID(note, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryKeyUnique(note, diagnostics, context);
		if (result || diagnostics != null) result &= validate_EveryMapEntryUnique(note, diagnostics, context);
		if (result || diagnostics != null) result &= validateNote_signatureComplete(note, diagnostics, context);
		return result;
	}

	/**
	 * Validates the signatureComplete constraint of '<em>Note</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNote_signatureComplete(Note note, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return note.signatureComplete(diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSection(Section section, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(section, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAddendum(Addendum addendum, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(addendum, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConsultationLog(ConsultationLog consultationLog, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(consultationLog, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBoundaryDecision(BoundaryDecision boundaryDecision, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(boundaryDecision, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDecisionOption(DecisionOption decisionOption, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(decisionOption, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConsultation(Consultation consultation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(consultation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConfidentialityException(ConfidentialityException confidentialityException, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(confidentialityException, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePracticeStandard(PracticeStandard practiceStandard, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(practiceStandard, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStandardRequirement(StandardRequirement standardRequirement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(standardRequirement, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSharePacket(SharePacket sharePacket, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(sharePacket, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSharedNote(SharedNote sharedNote, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(sharedNote, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateShareRecord(ShareRecord shareRecord, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(shareRecord, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSharedNoteLink(SharedNoteLink sharedNoteLink, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(sharedNoteLink, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateReceivedPacket(ReceivedPacket receivedPacket, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(receivedPacket, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFeedback(Feedback feedback, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(feedback, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateReviewComment(ReviewComment reviewComment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(reviewComment, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePlaceKind(PlaceKind placeKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateContactKind(ContactKind contactKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNoteKind(NoteKind noteKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNoteStatus(NoteStatus noteStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBoundaryCategory(BoundaryCategory boundaryCategory, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInitiator(Initiator initiator, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePrinciple(Principle principle, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConsultantRole(ConsultantRole consultantRole, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateConsultationMode(ConsultationMode consultationMode, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateImminence(Imminence imminence, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRecipientKind(RecipientKind recipientKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAssessment(Assessment assessment, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLocalDate(LocalDate localDate, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInstant(Instant instant, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //CasenotesValidator
