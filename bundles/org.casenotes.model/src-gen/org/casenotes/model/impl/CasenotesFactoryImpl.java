/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model.impl;

import java.time.Instant;
import java.time.LocalDate;

import org.casenotes.model.*;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CasenotesFactoryImpl extends EFactoryImpl implements CasenotesFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static CasenotesFactory init() {
		try {
			CasenotesFactory theCasenotesFactory = (CasenotesFactory)EPackage.Registry.INSTANCE.getEFactory(CasenotesPackage.eNS_URI);
			if (theCasenotesFactory != null) {
				return theCasenotesFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new CasenotesFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CasenotesFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case CasenotesPackage.PRACTICE: return createPractice();
			case CasenotesPackage.CLIENT: return createClient();
			case CasenotesPackage.IDENTITY_SHEET: return createIdentitySheet();
			case CasenotesPackage.KNOWN_PERSON: return createKnownPerson();
			case CasenotesPackage.KNOWN_PLACE: return createKnownPlace();
			case CasenotesPackage.CONTACT_DETAIL: return createContactDetail();
			case CasenotesPackage.CASE_FILE: return createCaseFile();
			case CasenotesPackage.NOTE: return createNote();
			case CasenotesPackage.SECTION: return createSection();
			case CasenotesPackage.ADDENDUM: return createAddendum();
			case CasenotesPackage.CONSULTATION_LOG: return createConsultationLog();
			case CasenotesPackage.BOUNDARY_DECISION: return createBoundaryDecision();
			case CasenotesPackage.DECISION_OPTION: return createDecisionOption();
			case CasenotesPackage.CONSULTATION: return createConsultation();
			case CasenotesPackage.CONFIDENTIALITY_EXCEPTION: return createConfidentialityException();
			case CasenotesPackage.PRACTICE_STANDARD: return createPracticeStandard();
			case CasenotesPackage.STANDARD_REQUIREMENT: return createStandardRequirement();
			case CasenotesPackage.SHARE_PACKET: return createSharePacket();
			case CasenotesPackage.SHARED_NOTE: return createSharedNote();
			case CasenotesPackage.SHARE_RECORD: return createShareRecord();
			case CasenotesPackage.SHARED_NOTE_LINK: return createSharedNoteLink();
			case CasenotesPackage.RECEIVED_PACKET: return createReceivedPacket();
			case CasenotesPackage.FEEDBACK: return createFeedback();
			case CasenotesPackage.REVIEW_COMMENT: return createReviewComment();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case CasenotesPackage.PLACE_KIND:
				return createPlaceKindFromString(eDataType, initialValue);
			case CasenotesPackage.CONTACT_KIND:
				return createContactKindFromString(eDataType, initialValue);
			case CasenotesPackage.NOTE_KIND:
				return createNoteKindFromString(eDataType, initialValue);
			case CasenotesPackage.NOTE_STATUS:
				return createNoteStatusFromString(eDataType, initialValue);
			case CasenotesPackage.BOUNDARY_CATEGORY:
				return createBoundaryCategoryFromString(eDataType, initialValue);
			case CasenotesPackage.INITIATOR:
				return createInitiatorFromString(eDataType, initialValue);
			case CasenotesPackage.PRINCIPLE:
				return createPrincipleFromString(eDataType, initialValue);
			case CasenotesPackage.CONSULTANT_ROLE:
				return createConsultantRoleFromString(eDataType, initialValue);
			case CasenotesPackage.CONSULTATION_MODE:
				return createConsultationModeFromString(eDataType, initialValue);
			case CasenotesPackage.IMMINENCE:
				return createImminenceFromString(eDataType, initialValue);
			case CasenotesPackage.RECIPIENT_KIND:
				return createRecipientKindFromString(eDataType, initialValue);
			case CasenotesPackage.ASSESSMENT:
				return createAssessmentFromString(eDataType, initialValue);
			case CasenotesPackage.LOCAL_DATE:
				return createLocalDateFromString(eDataType, initialValue);
			case CasenotesPackage.INSTANT:
				return createInstantFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case CasenotesPackage.PLACE_KIND:
				return convertPlaceKindToString(eDataType, instanceValue);
			case CasenotesPackage.CONTACT_KIND:
				return convertContactKindToString(eDataType, instanceValue);
			case CasenotesPackage.NOTE_KIND:
				return convertNoteKindToString(eDataType, instanceValue);
			case CasenotesPackage.NOTE_STATUS:
				return convertNoteStatusToString(eDataType, instanceValue);
			case CasenotesPackage.BOUNDARY_CATEGORY:
				return convertBoundaryCategoryToString(eDataType, instanceValue);
			case CasenotesPackage.INITIATOR:
				return convertInitiatorToString(eDataType, instanceValue);
			case CasenotesPackage.PRINCIPLE:
				return convertPrincipleToString(eDataType, instanceValue);
			case CasenotesPackage.CONSULTANT_ROLE:
				return convertConsultantRoleToString(eDataType, instanceValue);
			case CasenotesPackage.CONSULTATION_MODE:
				return convertConsultationModeToString(eDataType, instanceValue);
			case CasenotesPackage.IMMINENCE:
				return convertImminenceToString(eDataType, instanceValue);
			case CasenotesPackage.RECIPIENT_KIND:
				return convertRecipientKindToString(eDataType, instanceValue);
			case CasenotesPackage.ASSESSMENT:
				return convertAssessmentToString(eDataType, instanceValue);
			case CasenotesPackage.LOCAL_DATE:
				return convertLocalDateToString(eDataType, instanceValue);
			case CasenotesPackage.INSTANT:
				return convertInstantToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Practice createPractice() {
		PracticeImpl practice = new PracticeImpl();
		return practice;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Client createClient() {
		ClientImpl client = new ClientImpl();
		return client;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IdentitySheet createIdentitySheet() {
		IdentitySheetImpl identitySheet = new IdentitySheetImpl();
		return identitySheet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KnownPerson createKnownPerson() {
		KnownPersonImpl knownPerson = new KnownPersonImpl();
		return knownPerson;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KnownPlace createKnownPlace() {
		KnownPlaceImpl knownPlace = new KnownPlaceImpl();
		return knownPlace;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ContactDetail createContactDetail() {
		ContactDetailImpl contactDetail = new ContactDetailImpl();
		return contactDetail;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CaseFile createCaseFile() {
		CaseFileImpl caseFile = new CaseFileImpl();
		return caseFile;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Note createNote() {
		NoteImpl note = new NoteImpl();
		return note;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Section createSection() {
		SectionImpl section = new SectionImpl();
		return section;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Addendum createAddendum() {
		AddendumImpl addendum = new AddendumImpl();
		return addendum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConsultationLog createConsultationLog() {
		ConsultationLogImpl consultationLog = new ConsultationLogImpl();
		return consultationLog;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BoundaryDecision createBoundaryDecision() {
		BoundaryDecisionImpl boundaryDecision = new BoundaryDecisionImpl();
		return boundaryDecision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DecisionOption createDecisionOption() {
		DecisionOptionImpl decisionOption = new DecisionOptionImpl();
		return decisionOption;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Consultation createConsultation() {
		ConsultationImpl consultation = new ConsultationImpl();
		return consultation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConfidentialityException createConfidentialityException() {
		ConfidentialityExceptionImpl confidentialityException = new ConfidentialityExceptionImpl();
		return confidentialityException;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PracticeStandard createPracticeStandard() {
		PracticeStandardImpl practiceStandard = new PracticeStandardImpl();
		return practiceStandard;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StandardRequirement createStandardRequirement() {
		StandardRequirementImpl standardRequirement = new StandardRequirementImpl();
		return standardRequirement;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SharePacket createSharePacket() {
		SharePacketImpl sharePacket = new SharePacketImpl();
		return sharePacket;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SharedNote createSharedNote() {
		SharedNoteImpl sharedNote = new SharedNoteImpl();
		return sharedNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ShareRecord createShareRecord() {
		ShareRecordImpl shareRecord = new ShareRecordImpl();
		return shareRecord;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SharedNoteLink createSharedNoteLink() {
		SharedNoteLinkImpl sharedNoteLink = new SharedNoteLinkImpl();
		return sharedNoteLink;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReceivedPacket createReceivedPacket() {
		ReceivedPacketImpl receivedPacket = new ReceivedPacketImpl();
		return receivedPacket;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Feedback createFeedback() {
		FeedbackImpl feedback = new FeedbackImpl();
		return feedback;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReviewComment createReviewComment() {
		ReviewCommentImpl reviewComment = new ReviewCommentImpl();
		return reviewComment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PlaceKind createPlaceKindFromString(EDataType eDataType, String initialValue) {
		PlaceKind result = PlaceKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPlaceKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ContactKind createContactKindFromString(EDataType eDataType, String initialValue) {
		ContactKind result = ContactKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertContactKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NoteKind createNoteKindFromString(EDataType eDataType, String initialValue) {
		NoteKind result = NoteKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNoteKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NoteStatus createNoteStatusFromString(EDataType eDataType, String initialValue) {
		NoteStatus result = NoteStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertNoteStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public BoundaryCategory createBoundaryCategoryFromString(EDataType eDataType, String initialValue) {
		BoundaryCategory result = BoundaryCategory.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertBoundaryCategoryToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Initiator createInitiatorFromString(EDataType eDataType, String initialValue) {
		Initiator result = Initiator.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInitiatorToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Principle createPrincipleFromString(EDataType eDataType, String initialValue) {
		Principle result = Principle.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPrincipleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConsultantRole createConsultantRoleFromString(EDataType eDataType, String initialValue) {
		ConsultantRole result = ConsultantRole.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConsultantRoleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ConsultationMode createConsultationModeFromString(EDataType eDataType, String initialValue) {
		ConsultationMode result = ConsultationMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertConsultationModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Imminence createImminenceFromString(EDataType eDataType, String initialValue) {
		Imminence result = Imminence.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertImminenceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RecipientKind createRecipientKindFromString(EDataType eDataType, String initialValue) {
		RecipientKind result = RecipientKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRecipientKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Assessment createAssessmentFromString(EDataType eDataType, String initialValue) {
		Assessment result = Assessment.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAssessmentToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDate(final String it) {
		return it == null || it.isBlank() ? null : java.time.LocalDate.parse(it.strip());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue) {
		return createLocalDate(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDate(final LocalDate it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLocalDateToString(EDataType eDataType, Object instanceValue) {
		return convertLocalDate((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instant createInstant(final String it) {
		return it == null || it.isBlank() ? null : java.time.Instant.parse(it.strip());
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Instant createInstantFromString(EDataType eDataType, String initialValue) {
		return createInstant(initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstant(final Instant it) {
		return it == null ? null : it.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertInstantToString(EDataType eDataType, Object instanceValue) {
		return convertInstant((Instant)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CasenotesPackage getCasenotesPackage() {
		return (CasenotesPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static CasenotesPackage getPackage() {
		return CasenotesPackage.eINSTANCE;
	}

} //CasenotesFactoryImpl
