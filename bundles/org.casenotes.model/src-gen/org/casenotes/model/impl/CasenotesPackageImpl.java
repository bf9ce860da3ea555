/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model.impl;

import java.time.Instant;
import java.time.LocalDate;

import org.casenotes.model.Addendum;
import org.casenotes.model.Assessment;
import org.casenotes.model.BoundaryCategory;
import org.casenotes.model.BoundaryDecision;
import org.casenotes.model.CaseFile;
import org.casenotes.model.CasenotesFactory;
import org.casenotes.model.CasenotesPackage;
import org.casenotes.model.Client;
import org.casenotes.model.ConfidentialityException;
import org.casenotes.model.ConsultantRole;
import org.casenotes.model.Consultation;
import org.casenotes.model.ConsultationLog;
import org.casenotes.model.ConsultationMode;
import org.casenotes.model.ContactDetail;
import org.casenotes.model.ContactKind;
import org.casenotes.model.DecisionOption;
import org.casenotes.model.Feedback;
import org.casenotes.model.IdentitySheet;
import org.casenotes.model.Imminence;
import org.casenotes.model.Initiator;
import org.casenotes.model.KnownPerson;
import org.casenotes.model.KnownPlace;
import org.casenotes.model.Note;
import org.casenotes.model.NoteKind;
import org.casenotes.model.NoteStatus;
import org.casenotes.model.PlaceKind;
import org.casenotes.model.Practice;
import org.casenotes.model.PracticeStandard;
import org.casenotes.model.Principle;
import org.casenotes.model.ReceivedPacket;
import org.casenotes.model.RecipientKind;
import org.casenotes.model.ReviewComment;
import org.casenotes.model.Section;
import org.casenotes.model.SharePacket;
import org.casenotes.model.ShareRecord;
import org.casenotes.model.SharedNote;
import org.casenotes.model.SharedNoteLink;
import org.casenotes.model.StandardRequirement;

import org.casenotes.model.util.CasenotesValidator;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EGenericType;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EValidator;

import org.eclipse.emf.ecore.impl.EPackageImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Package</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class CasenotesPackageImpl extends EPackageImpl implements CasenotesPackage {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass practiceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass clientEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass identitySheetEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass knownPersonEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass knownPlaceEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass contactDetailEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass caseFileEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass noteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sectionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass addendumEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass consultationLogEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass boundaryDecisionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass decisionOptionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass consultationEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass confidentialityExceptionEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass practiceStandardEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass standardRequirementEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sharePacketEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sharedNoteEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass shareRecordEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass sharedNoteLinkEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass receivedPacketEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass feedbackEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EClass reviewCommentEClass = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum placeKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum contactKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum noteKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum noteStatusEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum boundaryCategoryEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum initiatorEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum principleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum consultantRoleEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum consultationModeEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum imminenceEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum recipientKindEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EEnum assessmentEEnum = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType localDateEDataType = null;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EDataType instantEDataType = null;

	/**
	 * Creates an instance of the model <b>Package</b>, registered with
	 * {@link org.eclipse.emf.ecore.EPackage.Registry EPackage.Registry} by the package
	 * package URI value.
	 * <p>Note: the correct way to create the package is via the static
	 * factory method {@link #init init()}, which also performs
	 * initialization of the package, or returns the registered package,
	 * if one already exists.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.ecore.EPackage.Registry
	 * @see org.casenotes.model.CasenotesPackage#eNS_URI
	 * @see #init()
	 * @generated
	 */
	private CasenotesPackageImpl() {
		super(eNS_URI, CasenotesFactory.eINSTANCE);
	}
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static boolean isInited = false;

	/**
	 * Creates, registers, and initializes the <b>Package</b> for this model, and for any others upon which it depends.
	 *
	 * <p>This method is used to initialize {@link CasenotesPackage#eINSTANCE} when that field is accessed.
	 * Clients should not invoke it directly. Instead, they should simply access that field to obtain the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #eNS_URI
	 * @see #createPackageContents()
	 * @see #initializePackageContents()
	 * @generated
	 */
	public static CasenotesPackage init() {
		if (isInited) return (CasenotesPackage)EPackage.Registry.INSTANCE.getEPackage(CasenotesPackage.eNS_URI);

		// Obtain or create and register package
		Object registeredCasenotesPackage = EPackage.Registry.INSTANCE.get(eNS_URI);
		CasenotesPackageImpl theCasenotesPackage = registeredCasenotesPackage instanceof CasenotesPackageImpl ? (CasenotesPackageImpl)registeredCasenotesPackage : new CasenotesPackageImpl();

		isInited = true;

		// Create package meta-data objects
		theCasenotesPackage.createPackageContents();

		// Initialize created meta-data
		theCasenotesPackage.initializePackageContents();

		// Register package validator
		EValidator.Registry.INSTANCE.put
			(theCasenotesPackage,
			 new EValidator.Descriptor() {
				 @Override
				 public EValidator getEValidator() {
					 return CasenotesValidator.INSTANCE;
				 }
			 });

		// Mark meta-data to indicate it can't be changed
		theCasenotesPackage.freeze();

		// Update the registry and return the package
		EPackage.Registry.INSTANCE.put(CasenotesPackage.eNS_URI, theCasenotesPackage);
		return theCasenotesPackage;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPractice() {
		return practiceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPractice_Name() {
		return (EAttribute)practiceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPractice_PractitionerId() {
		return (EAttribute)practiceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPractice_Clients() {
		return (EReference)practiceEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPractice_ConsultationLog() {
		return (EReference)practiceEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPractice_Standard() {
		return (EReference)practiceEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPractice_Shares() {
		return (EReference)practiceEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPractice_Received() {
		return (EReference)practiceEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getClient() {
		return clientEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClient_Code() {
		return (EAttribute)clientEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClient_IdentitySheet() {
		return (EReference)clientEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getClient_CaseFiles() {
		return (EReference)clientEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getClient_Archived() {
		return (EAttribute)clientEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getIdentitySheet() {
		return identitySheetEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentitySheet_LegalName() {
		return (EAttribute)identitySheetEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentitySheet_PreferredName() {
		return (EAttribute)identitySheetEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentitySheet_DateOfBirth() {
		return (EAttribute)identitySheetEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentitySheet_Employer() {
		return (EAttribute)identitySheetEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentitySheet_School() {
		return (EAttribute)identitySheetEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIdentitySheet_People() {
		return (EReference)identitySheetEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIdentitySheet_Places() {
		return (EReference)identitySheetEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getIdentitySheet_Contacts() {
		return (EReference)identitySheetEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getIdentitySheet_ExtraIdentifiers() {
		return (EAttribute)identitySheetEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKnownPerson() {
		return knownPersonEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnownPerson_Name() {
		return (EAttribute)knownPersonEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnownPerson_Relation() {
		return (EAttribute)knownPersonEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getKnownPlace() {
		return knownPlaceEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnownPlace_Name() {
		return (EAttribute)knownPlaceEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getKnownPlace_Kind() {
		return (EAttribute)knownPlaceEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getContactDetail() {
		return contactDetailEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactDetail_Kind() {
		return (EAttribute)contactDetailEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getContactDetail_Value() {
		return (EAttribute)contactDetailEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getCaseFile() {
		return caseFileEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseFile_Title() {
		return (EAttribute)caseFileEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseFile_OpenedOn() {
		return (EAttribute)caseFileEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseFile_ClosedOn() {
		return (EAttribute)caseFileEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getCaseFile_Notes() {
		return (EReference)caseFileEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseFile_DismissedFindings() {
		return (EAttribute)caseFileEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getCaseFile_ConfirmedFindings() {
		return (EAttribute)caseFileEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getNote() {
		return noteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNote_Kind() {
		return (EAttribute)noteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNote_Title() {
		return (EAttribute)noteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNote_SessionDate() {
		return (EAttribute)noteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNote_Status() {
		return (EAttribute)noteEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNote_SignedBy() {
		return (EAttribute)noteEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getNote_SignedAt() {
		return (EAttribute)noteEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNote_Sections() {
		return (EReference)noteEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNote_Addenda() {
		return (EReference)noteEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNote_Decisions() {
		return (EReference)noteEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getNote_Feedback() {
		return (EReference)noteEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EOperation getNote__SignatureComplete__DiagnosticChain_Map() {
		return noteEClass.getEOperations().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSection() {
		return sectionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSection_Title() {
		return (EAttribute)sectionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSection_Text() {
		return (EAttribute)sectionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getAddendum() {
		return addendumEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddendum_Author() {
		return (EAttribute)addendumEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddendum_CreatedAt() {
		return (EAttribute)addendumEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddendum_Reason() {
		return (EAttribute)addendumEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getAddendum_Text() {
		return (EAttribute)addendumEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConsultationLog() {
		return consultationLogEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getConsultationLog_Decisions() {
		return (EReference)consultationLogEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getBoundaryDecision() {
		return boundaryDecisionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoundaryDecision_Category() {
		return (EAttribute)boundaryDecisionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoundaryDecision_Subcategory() {
		return (EAttribute)boundaryDecisionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoundaryDecision_InitiatedBy() {
		return (EAttribute)boundaryDecisionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoundaryDecision_Date() {
		return (EAttribute)boundaryDecisionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBoundaryDecision_Client() {
		return (EReference)boundaryDecisionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoundaryDecision_Facts() {
		return (EAttribute)boundaryDecisionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoundaryDecision_Interpretation() {
		return (EAttribute)boundaryDecisionEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoundaryDecision_StandardsCited() {
		return (EAttribute)boundaryDecisionEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoundaryDecision_Principles() {
		return (EAttribute)boundaryDecisionEClass.getEStructuralFeatures().get(8);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoundaryDecision_Risks() {
		return (EAttribute)boundaryDecisionEClass.getEStructuralFeatures().get(9);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoundaryDecision_Benefits() {
		return (EAttribute)boundaryDecisionEClass.getEStructuralFeatures().get(10);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBoundaryDecision_Options() {
		return (EReference)boundaryDecisionEClass.getEStructuralFeatures().get(11);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBoundaryDecision_Consultations() {
		return (EReference)boundaryDecisionEClass.getEStructuralFeatures().get(12);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoundaryDecision_Decision() {
		return (EAttribute)boundaryDecisionEClass.getEStructuralFeatures().get(13);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoundaryDecision_Rationale() {
		return (EAttribute)boundaryDecisionEClass.getEStructuralFeatures().get(14);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoundaryDecision_DocumentedBeforeActing() {
		return (EAttribute)boundaryDecisionEClass.getEStructuralFeatures().get(15);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoundaryDecision_ClientDiscussion() {
		return (EAttribute)boundaryDecisionEClass.getEStructuralFeatures().get(16);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoundaryDecision_ConsentObtained() {
		return (EAttribute)boundaryDecisionEClass.getEStructuralFeatures().get(17);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoundaryDecision_Precautions() {
		return (EAttribute)boundaryDecisionEClass.getEStructuralFeatures().get(18);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoundaryDecision_FollowUpDate() {
		return (EAttribute)boundaryDecisionEClass.getEStructuralFeatures().get(19);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoundaryDecision_FollowUpOutcome() {
		return (EAttribute)boundaryDecisionEClass.getEStructuralFeatures().get(20);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBoundaryDecision_Notes() {
		return (EReference)boundaryDecisionEClass.getEStructuralFeatures().get(21);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBoundaryDecision_ConfidentialityException() {
		return (EReference)boundaryDecisionEClass.getEStructuralFeatures().get(22);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoundaryDecision_Status() {
		return (EAttribute)boundaryDecisionEClass.getEStructuralFeatures().get(23);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoundaryDecision_SignedBy() {
		return (EAttribute)boundaryDecisionEClass.getEStructuralFeatures().get(24);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getBoundaryDecision_SignedAt() {
		return (EAttribute)boundaryDecisionEClass.getEStructuralFeatures().get(25);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getBoundaryDecision_Addenda() {
		return (EReference)boundaryDecisionEClass.getEStructuralFeatures().get(26);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getDecisionOption() {
		return decisionOptionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecisionOption_Description() {
		return (EAttribute)decisionOptionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecisionOption_Consequences() {
		return (EAttribute)decisionOptionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getDecisionOption_Chosen() {
		return (EAttribute)decisionOptionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConsultation() {
		return consultationEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsultation_ConsultantRole() {
		return (EAttribute)consultationEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsultation_ConsultantName() {
		return (EAttribute)consultationEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsultation_Date() {
		return (EAttribute)consultationEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsultation_Mode() {
		return (EAttribute)consultationEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsultation_Disclosed() {
		return (EAttribute)consultationEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsultation_Deidentified() {
		return (EAttribute)consultationEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsultation_Advice() {
		return (EAttribute)consultationEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConsultation_AdviceFollowed() {
		return (EAttribute)consultationEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getConfidentialityException() {
		return confidentialityExceptionEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfidentialityException_Threat() {
		return (EAttribute)confidentialityExceptionEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfidentialityException_PersonAtRisk() {
		return (EAttribute)confidentialityExceptionEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfidentialityException_Imminence() {
		return (EAttribute)confidentialityExceptionEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfidentialityException_LegalBasis() {
		return (EAttribute)confidentialityExceptionEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfidentialityException_WhoWasTold() {
		return (EAttribute)confidentialityExceptionEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getConfidentialityException_ToldAt() {
		return (EAttribute)confidentialityExceptionEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getPracticeStandard() {
		return practiceStandardEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPracticeStandard_Name() {
		return (EAttribute)practiceStandardEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPracticeStandard_Version() {
		return (EAttribute)practiceStandardEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPracticeStandard_IssuedBy() {
		return (EAttribute)practiceStandardEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getPracticeStandard_RequiredCategories() {
		return (EAttribute)practiceStandardEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getPracticeStandard_Requirements() {
		return (EReference)practiceStandardEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getStandardRequirement() {
		return standardRequirementEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandardRequirement_Category() {
		return (EAttribute)standardRequirementEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getStandardRequirement_Fields() {
		return (EAttribute)standardRequirementEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSharePacket() {
		return sharePacketEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSharePacket_FormatVersion() {
		return (EAttribute)sharePacketEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSharePacket_PacketId() {
		return (EAttribute)sharePacketEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSharePacket_CreatedAt() {
		return (EAttribute)sharePacketEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSharePacket_Sender() {
		return (EAttribute)sharePacketEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSharePacket_Recipient() {
		return (EAttribute)sharePacketEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSharePacket_RecipientKind() {
		return (EAttribute)sharePacketEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSharePacket_Purpose() {
		return (EAttribute)sharePacketEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSharePacket_Notes() {
		return (EReference)sharePacketEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSharedNote() {
		return sharedNoteEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSharedNote_SharedId() {
		return (EAttribute)sharedNoteEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSharedNote_ClientLabel() {
		return (EAttribute)sharedNoteEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSharedNote_Kind() {
		return (EAttribute)sharedNoteEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSharedNote_Title() {
		return (EAttribute)sharedNoteEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSharedNote_SessionDate() {
		return (EAttribute)sharedNoteEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSharedNote_Sections() {
		return (EReference)sharedNoteEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getShareRecord() {
		return shareRecordEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShareRecord_PacketId() {
		return (EAttribute)shareRecordEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShareRecord_CreatedAt() {
		return (EAttribute)shareRecordEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShareRecord_Recipient() {
		return (EAttribute)shareRecordEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShareRecord_RecipientKind() {
		return (EAttribute)shareRecordEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShareRecord_Purpose() {
		return (EAttribute)shareRecordEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShareRecord_ContentHash() {
		return (EAttribute)shareRecordEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getShareRecord_Pseudonyms() {
		return (EAttribute)shareRecordEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getShareRecord_Notes() {
		return (EReference)shareRecordEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getSharedNoteLink() {
		return sharedNoteLinkEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSharedNoteLink_SharedId() {
		return (EAttribute)sharedNoteLinkEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getSharedNoteLink_Note() {
		return (EReference)sharedNoteLinkEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSharedNoteLink_Alignments() {
		return (EAttribute)sharedNoteLinkEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getSharedNoteLink_Sections() {
		return (EAttribute)sharedNoteLinkEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReceivedPacket() {
		return receivedPacketEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReceivedPacket_ImportedAt() {
		return (EAttribute)receivedPacketEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReceivedPacket_ContentHash() {
		return (EAttribute)receivedPacketEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReceivedPacket_Packet() {
		return (EReference)receivedPacketEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getReceivedPacket_Feedback() {
		return (EReference)receivedPacketEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReceivedPacket_ExportedAt() {
		return (EAttribute)receivedPacketEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getFeedback() {
		return feedbackEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeedback_FormatVersion() {
		return (EAttribute)feedbackEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeedback_PacketId() {
		return (EAttribute)feedbackEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeedback_Reviewer() {
		return (EAttribute)feedbackEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeedback_CreatedAt() {
		return (EAttribute)feedbackEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeedback_Assessment() {
		return (EAttribute)feedbackEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getFeedback_Summary() {
		return (EAttribute)feedbackEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EReference getFeedback_Comments() {
		return (EReference)feedbackEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EClass getReviewComment() {
		return reviewCommentEClass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewComment_SharedId() {
		return (EAttribute)reviewCommentEClass.getEStructuralFeatures().get(0);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewComment_Section() {
		return (EAttribute)reviewCommentEClass.getEStructuralFeatures().get(1);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewComment_Start() {
		return (EAttribute)reviewCommentEClass.getEStructuralFeatures().get(2);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewComment_End() {
		return (EAttribute)reviewCommentEClass.getEStructuralFeatures().get(3);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewComment_Quote() {
		return (EAttribute)reviewCommentEClass.getEStructuralFeatures().get(4);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewComment_Text() {
		return (EAttribute)reviewCommentEClass.getEStructuralFeatures().get(5);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewComment_Author() {
		return (EAttribute)reviewCommentEClass.getEStructuralFeatures().get(6);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EAttribute getReviewComment_CreatedAt() {
		return (EAttribute)reviewCommentEClass.getEStructuralFeatures().get(7);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPlaceKind() {
		return placeKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getContactKind() {
		return contactKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNoteKind() {
		return noteKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getNoteStatus() {
		return noteStatusEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getBoundaryCategory() {
		return boundaryCategoryEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getInitiator() {
		return initiatorEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getPrinciple() {
		return principleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getConsultantRole() {
		return consultantRoleEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getConsultationMode() {
		return consultationModeEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getImminence() {
		return imminenceEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getRecipientKind() {
		return recipientKindEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EEnum getAssessment() {
		return assessmentEEnum;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getLocalDate() {
		return localDateEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EDataType getInstant() {
		return instantEDataType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CasenotesFactory getCasenotesFactory() {
		return (CasenotesFactory)getEFactoryInstance();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isCreated = false;

	/**
	 * Creates the meta-model objects for the package.  This method is
	 * guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void createPackageContents() {
		if (isCreated) return;
		isCreated = true;

		// Create classes and their features
		practiceEClass = createEClass(PRACTICE);
		createEAttribute(practiceEClass, PRACTICE__NAME);
		createEAttribute(practiceEClass, PRACTICE__PRACTITIONER_ID);
		createEReference(practiceEClass, PRACTICE__CLIENTS);
		createEReference(practiceEClass, PRACTICE__CONSULTATION_LOG);
		createEReference(practiceEClass, PRACTICE__STANDARD);
		createEReference(practiceEClass, PRACTICE__SHARES);
		createEReference(practiceEClass, PRACTICE__RECEIVED);

		clientEClass = createEClass(CLIENT);
		createEAttribute(clientEClass, CLIENT__CODE);
		createEReference(clientEClass, CLIENT__IDENTITY_SHEET);
		createEReference(clientEClass, CLIENT__CASE_FILES);
		createEAttribute(clientEClass, CLIENT__ARCHIVED);

		identitySheetEClass = createEClass(IDENTITY_SHEET);
		createEAttribute(identitySheetEClass, IDENTITY_SHEET__LEGAL_NAME);
		createEAttribute(identitySheetEClass, IDENTITY_SHEET__PREFERRED_NAME);
		createEAttribute(identitySheetEClass, IDENTITY_SHEET__DATE_OF_BIRTH);
		createEAttribute(identitySheetEClass, IDENTITY_SHEET__EMPLOYER);
		createEAttribute(identitySheetEClass, IDENTITY_SHEET__SCHOOL);
		createEReference(identitySheetEClass, IDENTITY_SHEET__PEOPLE);
		createEReference(identitySheetEClass, IDENTITY_SHEET__PLACES);
		createEReference(identitySheetEClass, IDENTITY_SHEET__CONTACTS);
		createEAttribute(identitySheetEClass, IDENTITY_SHEET__EXTRA_IDENTIFIERS);

		knownPersonEClass = createEClass(KNOWN_PERSON);
		createEAttribute(knownPersonEClass, KNOWN_PERSON__NAME);
		createEAttribute(knownPersonEClass, KNOWN_PERSON__RELATION);

		knownPlaceEClass = createEClass(KNOWN_PLACE);
		createEAttribute(knownPlaceEClass, KNOWN_PLACE__NAME);
		createEAttribute(knownPlaceEClass, KNOWN_PLACE__KIND);

		contactDetailEClass = createEClass(CONTACT_DETAIL);
		createEAttribute(contactDetailEClass, CONTACT_DETAIL__KIND);
		createEAttribute(contactDetailEClass, CONTACT_DETAIL__VALUE);

		caseFileEClass = createEClass(CASE_FILE);
		createEAttribute(caseFileEClass, CASE_FILE__TITLE);
		createEAttribute(caseFileEClass, CASE_FILE__OPENED_ON);
		createEAttribute(caseFileEClass, CASE_FILE__CLOSED_ON);
		createEReference(caseFileEClass, CASE_FILE__NOTES);
		createEAttribute(caseFileEClass, CASE_FILE__DISMISSED_FINDINGS);
		createEAttribute(caseFileEClass, CASE_FILE__CONFIRMED_FINDINGS);

		noteEClass = createEClass(NOTE);
		createEAttribute(noteEClass, NOTE__KIND);
		createEAttribute(noteEClass, NOTE__TITLE);
		createEAttribute(noteEClass, NOTE__SESSION_DATE);
		createEAttribute(noteEClass, NOTE__STATUS);
		createEAttribute(noteEClass, NOTE__SIGNED_BY);
		createEAttribute(noteEClass, NOTE__SIGNED_AT);
		createEReference(noteEClass, NOTE__SECTIONS);
		createEReference(noteEClass, NOTE__ADDENDA);
		createEReference(noteEClass, NOTE__DECISIONS);
		createEReference(noteEClass, NOTE__FEEDBACK);
		createEOperation(noteEClass, NOTE___SIGNATURE_COMPLETE__DIAGNOSTICCHAIN_MAP);

		sectionEClass = createEClass(SECTION);
		createEAttribute(sectionEClass, SECTION__TITLE);
		createEAttribute(sectionEClass, SECTION__TEXT);

		addendumEClass = createEClass(ADDENDUM);
		createEAttribute(addendumEClass, ADDENDUM__AUTHOR);
		createEAttribute(addendumEClass, ADDENDUM__CREATED_AT);
		createEAttribute(addendumEClass, ADDENDUM__REASON);
		createEAttribute(addendumEClass, ADDENDUM__TEXT);

		consultationLogEClass = createEClass(CONSULTATION_LOG);
		createEReference(consultationLogEClass, CONSULTATION_LOG__DECISIONS);

		boundaryDecisionEClass = createEClass(BOUNDARY_DECISION);
		createEAttribute(boundaryDecisionEClass, BOUNDARY_DECISION__CATEGORY);
		createEAttribute(boundaryDecisionEClass, BOUNDARY_DECISION__SUBCATEGORY);
		createEAttribute(boundaryDecisionEClass, BOUNDARY_DECISION__INITIATED_BY);
		createEAttribute(boundaryDecisionEClass, BOUNDARY_DECISION__DATE);
		createEReference(boundaryDecisionEClass, BOUNDARY_DECISION__CLIENT);
		createEAttribute(boundaryDecisionEClass, BOUNDARY_DECISION__FACTS);
		createEAttribute(boundaryDecisionEClass, BOUNDARY_DECISION__INTERPRETATION);
		createEAttribute(boundaryDecisionEClass, BOUNDARY_DECISION__STANDARDS_CITED);
		createEAttribute(boundaryDecisionEClass, BOUNDARY_DECISION__PRINCIPLES);
		createEAttribute(boundaryDecisionEClass, BOUNDARY_DECISION__RISKS);
		createEAttribute(boundaryDecisionEClass, BOUNDARY_DECISION__BENEFITS);
		createEReference(boundaryDecisionEClass, BOUNDARY_DECISION__OPTIONS);
		createEReference(boundaryDecisionEClass, BOUNDARY_DECISION__CONSULTATIONS);
		createEAttribute(boundaryDecisionEClass, BOUNDARY_DECISION__DECISION);
		createEAttribute(boundaryDecisionEClass, BOUNDARY_DECISION__RATIONALE);
		createEAttribute(boundaryDecisionEClass, BOUNDARY_DECISION__DOCUMENTED_BEFORE_ACTING);
		createEAttribute(boundaryDecisionEClass, BOUNDARY_DECISION__CLIENT_DISCUSSION);
		createEAttribute(boundaryDecisionEClass, BOUNDARY_DECISION__CONSENT_OBTAINED);
		createEAttribute(boundaryDecisionEClass, BOUNDARY_DECISION__PRECAUTIONS);
		createEAttribute(boundaryDecisionEClass, BOUNDARY_DECISION__FOLLOW_UP_DATE);
		createEAttribute(boundaryDecisionEClass, BOUNDARY_DECISION__FOLLOW_UP_OUTCOME);
		createEReference(boundaryDecisionEClass, BOUNDARY_DECISION__NOTES);
		createEReference(boundaryDecisionEClass, BOUNDARY_DECISION__CONFIDENTIALITY_EXCEPTION);
		createEAttribute(boundaryDecisionEClass, BOUNDARY_DECISION__STATUS);
		createEAttribute(boundaryDecisionEClass, BOUNDARY_DECISION__SIGNED_BY);
		createEAttribute(boundaryDecisionEClass, BOUNDARY_DECISION__SIGNED_AT);
		createEReference(boundaryDecisionEClass, BOUNDARY_DECISION__ADDENDA);

		decisionOptionEClass = createEClass(DECISION_OPTION);
		createEAttribute(decisionOptionEClass, DECISION_OPTION__DESCRIPTION);
		createEAttribute(decisionOptionEClass, DECISION_OPTION__CONSEQUENCES);
		createEAttribute(decisionOptionEClass, DECISION_OPTION__CHOSEN);

		consultationEClass = createEClass(CONSULTATION);
		createEAttribute(consultationEClass, CONSULTATION__CONSULTANT_ROLE);
		createEAttribute(consultationEClass, CONSULTATION__CONSULTANT_NAME);
		createEAttribute(consultationEClass, CONSULTATION__DATE);
		createEAttribute(consultationEClass, CONSULTATION__MODE);
		createEAttribute(consultationEClass, CONSULTATION__DISCLOSED);
		createEAttribute(consultationEClass, CONSULTATION__DEIDENTIFIED);
		createEAttribute(consultationEClass, CONSULTATION__ADVICE);
		createEAttribute(consultationEClass, CONSULTATION__ADVICE_FOLLOWED);

		confidentialityExceptionEClass = createEClass(CONFIDENTIALITY_EXCEPTION);
		createEAttribute(confidentialityExceptionEClass, CONFIDENTIALITY_EXCEPTION__THREAT);
		createEAttribute(confidentialityExceptionEClass, CONFIDENTIALITY_EXCEPTION__PERSON_AT_RISK);
		createEAttribute(confidentialityExceptionEClass, CONFIDENTIALITY_EXCEPTION__IMMINENCE);
		createEAttribute(confidentialityExceptionEClass, CONFIDENTIALITY_EXCEPTION__LEGAL_BASIS);
		createEAttribute(confidentialityExceptionEClass, CONFIDENTIALITY_EXCEPTION__WHO_WAS_TOLD);
		createEAttribute(confidentialityExceptionEClass, CONFIDENTIALITY_EXCEPTION__TOLD_AT);

		practiceStandardEClass = createEClass(PRACTICE_STANDARD);
		createEAttribute(practiceStandardEClass, PRACTICE_STANDARD__NAME);
		createEAttribute(practiceStandardEClass, PRACTICE_STANDARD__VERSION);
		createEAttribute(practiceStandardEClass, PRACTICE_STANDARD__ISSUED_BY);
		createEAttribute(practiceStandardEClass, PRACTICE_STANDARD__REQUIRED_CATEGORIES);
		createEReference(practiceStandardEClass, PRACTICE_STANDARD__REQUIREMENTS);

		standardRequirementEClass = createEClass(STANDARD_REQUIREMENT);
		createEAttribute(standardRequirementEClass, STANDARD_REQUIREMENT__CATEGORY);
		createEAttribute(standardRequirementEClass, STANDARD_REQUIREMENT__FIELDS);

		sharePacketEClass = createEClass(SHARE_PACKET);
		createEAttribute(sharePacketEClass, SHARE_PACKET__FORMAT_VERSION);
		createEAttribute(sharePacketEClass, SHARE_PACKET__PACKET_ID);
		createEAttribute(sharePacketEClass, SHARE_PACKET__CREATED_AT);
		createEAttribute(sharePacketEClass, SHARE_PACKET__SENDER);
		createEAttribute(sharePacketEClass, SHARE_PACKET__RECIPIENT);
		createEAttribute(sharePacketEClass, SHARE_PACKET__RECIPIENT_KIND);
		createEAttribute(sharePacketEClass, SHARE_PACKET__PURPOSE);
		createEReference(sharePacketEClass, SHARE_PACKET__NOTES);

		sharedNoteEClass = createEClass(SHARED_NOTE);
		createEAttribute(sharedNoteEClass, SHARED_NOTE__SHARED_ID);
		createEAttribute(sharedNoteEClass, SHARED_NOTE__CLIENT_LABEL);
		createEAttribute(sharedNoteEClass, SHARED_NOTE__KIND);
		createEAttribute(sharedNoteEClass, SHARED_NOTE__TITLE);
		createEAttribute(sharedNoteEClass, SHARED_NOTE__SESSION_DATE);
		createEReference(sharedNoteEClass, SHARED_NOTE__SECTIONS);

		shareRecordEClass = createEClass(SHARE_RECORD);
		createEAttribute(shareRecordEClass, SHARE_RECORD__PACKET_ID);
		createEAttribute(shareRecordEClass, SHARE_RECORD__CREATED_AT);
		createEAttribute(shareRecordEClass, SHARE_RECORD__RECIPIENT);
		createEAttribute(shareRecordEClass, SHARE_RECORD__RECIPIENT_KIND);
		createEAttribute(shareRecordEClass, SHARE_RECORD__PURPOSE);
		createEAttribute(shareRecordEClass, SHARE_RECORD__CONTENT_HASH);
		createEAttribute(shareRecordEClass, SHARE_RECORD__PSEUDONYMS);
		createEReference(shareRecordEClass, SHARE_RECORD__NOTES);

		sharedNoteLinkEClass = createEClass(SHARED_NOTE_LINK);
		createEAttribute(sharedNoteLinkEClass, SHARED_NOTE_LINK__SHARED_ID);
		createEReference(sharedNoteLinkEClass, SHARED_NOTE_LINK__NOTE);
		createEAttribute(sharedNoteLinkEClass, SHARED_NOTE_LINK__ALIGNMENTS);
		createEAttribute(sharedNoteLinkEClass, SHARED_NOTE_LINK__SECTIONS);

		receivedPacketEClass = createEClass(RECEIVED_PACKET);
		createEAttribute(receivedPacketEClass, RECEIVED_PACKET__IMPORTED_AT);
		createEAttribute(receivedPacketEClass, RECEIVED_PACKET__CONTENT_HASH);
		createEReference(receivedPacketEClass, RECEIVED_PACKET__PACKET);
		createEReference(receivedPacketEClass, RECEIVED_PACKET__FEEDBACK);
		createEAttribute(receivedPacketEClass, RECEIVED_PACKET__EXPORTED_AT);

		feedbackEClass = createEClass(FEEDBACK);
		createEAttribute(feedbackEClass, FEEDBACK__FORMAT_VERSION);
		createEAttribute(feedbackEClass, FEEDBACK__PACKET_ID);
		createEAttribute(feedbackEClass, FEEDBACK__REVIEWER);
		createEAttribute(feedbackEClass, FEEDBACK__CREATED_AT);
		createEAttribute(feedbackEClass, FEEDBACK__ASSESSMENT);
		createEAttribute(feedbackEClass, FEEDBACK__SUMMARY);
		createEReference(feedbackEClass, FEEDBACK__COMMENTS);

		reviewCommentEClass = createEClass(REVIEW_COMMENT);
		createEAttribute(reviewCommentEClass, REVIEW_COMMENT__SHARED_ID);
		createEAttribute(reviewCommentEClass, REVIEW_COMMENT__SECTION);
		createEAttribute(reviewCommentEClass, REVIEW_COMMENT__START);
		createEAttribute(reviewCommentEClass, REVIEW_COMMENT__END);
		createEAttribute(reviewCommentEClass, REVIEW_COMMENT__QUOTE);
		createEAttribute(reviewCommentEClass, REVIEW_COMMENT__TEXT);
		createEAttribute(reviewCommentEClass, REVIEW_COMMENT__AUTHOR);
		createEAttribute(reviewCommentEClass, REVIEW_COMMENT__CREATED_AT);

		// Create enums
		placeKindEEnum = createEEnum(PLACE_KIND);
		contactKindEEnum = createEEnum(CONTACT_KIND);
		noteKindEEnum = createEEnum(NOTE_KIND);
		noteStatusEEnum = createEEnum(NOTE_STATUS);
		boundaryCategoryEEnum = createEEnum(BOUNDARY_CATEGORY);
		initiatorEEnum = createEEnum(INITIATOR);
		principleEEnum = createEEnum(PRINCIPLE);
		consultantRoleEEnum = createEEnum(CONSULTANT_ROLE);
		consultationModeEEnum = createEEnum(CONSULTATION_MODE);
		imminenceEEnum = createEEnum(IMMINENCE);
		recipientKindEEnum = createEEnum(RECIPIENT_KIND);
		assessmentEEnum = createEEnum(ASSESSMENT);

		// Create data types
		localDateEDataType = createEDataType(LOCAL_DATE);
		instantEDataType = createEDataType(INSTANT);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private boolean isInitialized = false;

	/**
	 * Complete the initialization of the package and its meta-model.  This
	 * method is guarded to have no affect on any invocation but its first.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public void initializePackageContents() {
		if (isInitialized) return;
		isInitialized = true;

		// Initialize package
		setName(eNAME);
		setNsPrefix(eNS_PREFIX);
		setNsURI(eNS_URI);

		// Create type parameters

		// Set bounds for type parameters

		// Add supertypes to classes

		// Initialize classes, features, and operations; add parameters
		initEClass(practiceEClass, Practice.class, "Practice", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPractice_Name(), ecorePackage.getEString(), "name", null, 1, 1, Practice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPractice_PractitionerId(), ecorePackage.getEString(), "practitionerId", null, 0, 1, Practice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPractice_Clients(), this.getClient(), null, "clients", null, 0, -1, Practice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPractice_ConsultationLog(), this.getConsultationLog(), null, "consultationLog", null, 1, 1, Practice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPractice_Standard(), this.getPracticeStandard(), null, "standard", null, 0, 1, Practice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPractice_Shares(), this.getShareRecord(), null, "shares", null, 0, -1, Practice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPractice_Received(), this.getReceivedPacket(), null, "received", null, 0, -1, Practice.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(clientEClass, Client.class, "Client", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getClient_Code(), ecorePackage.getEString(), "code", null, 1, 1, Client.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getClient_IdentitySheet(), this.getIdentitySheet(), null, "identitySheet", null, 0, 1, Client.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getClient_CaseFiles(), this.getCaseFile(), null, "caseFiles", null, 0, -1, Client.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getClient_Archived(), ecorePackage.getEBoolean(), "archived", null, 0, 1, Client.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(identitySheetEClass, IdentitySheet.class, "IdentitySheet", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getIdentitySheet_LegalName(), ecorePackage.getEString(), "legalName", null, 0, 1, IdentitySheet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIdentitySheet_PreferredName(), ecorePackage.getEString(), "preferredName", null, 0, 1, IdentitySheet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIdentitySheet_DateOfBirth(), this.getLocalDate(), "dateOfBirth", null, 0, 1, IdentitySheet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIdentitySheet_Employer(), ecorePackage.getEString(), "employer", null, 0, 1, IdentitySheet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIdentitySheet_School(), ecorePackage.getEString(), "school", null, 0, 1, IdentitySheet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIdentitySheet_People(), this.getKnownPerson(), null, "people", null, 0, -1, IdentitySheet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIdentitySheet_Places(), this.getKnownPlace(), null, "places", null, 0, -1, IdentitySheet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getIdentitySheet_Contacts(), this.getContactDetail(), null, "contacts", null, 0, -1, IdentitySheet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getIdentitySheet_ExtraIdentifiers(), ecorePackage.getEString(), "extraIdentifiers", null, 0, -1, IdentitySheet.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(knownPersonEClass, KnownPerson.class, "KnownPerson", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKnownPerson_Name(), ecorePackage.getEString(), "name", null, 1, 1, KnownPerson.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnownPerson_Relation(), ecorePackage.getEString(), "relation", null, 0, 1, KnownPerson.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(knownPlaceEClass, KnownPlace.class, "KnownPlace", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getKnownPlace_Name(), ecorePackage.getEString(), "name", null, 1, 1, KnownPlace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getKnownPlace_Kind(), this.getPlaceKind(), "kind", null, 0, 1, KnownPlace.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(contactDetailEClass, ContactDetail.class, "ContactDetail", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getContactDetail_Kind(), this.getContactKind(), "kind", null, 0, 1, ContactDetail.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getContactDetail_Value(), ecorePackage.getEString(), "value", null, 1, 1, ContactDetail.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(caseFileEClass, CaseFile.class, "CaseFile", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getCaseFile_Title(), ecorePackage.getEString(), "title", null, 1, 1, CaseFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseFile_OpenedOn(), this.getLocalDate(), "openedOn", null, 0, 1, CaseFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseFile_ClosedOn(), this.getLocalDate(), "closedOn", null, 0, 1, CaseFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getCaseFile_Notes(), this.getNote(), null, "notes", null, 0, -1, CaseFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseFile_DismissedFindings(), ecorePackage.getEString(), "dismissedFindings", null, 0, -1, CaseFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getCaseFile_ConfirmedFindings(), ecorePackage.getEString(), "confirmedFindings", null, 0, -1, CaseFile.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(noteEClass, Note.class, "Note", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getNote_Kind(), this.getNoteKind(), "kind", null, 1, 1, Note.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNote_Title(), ecorePackage.getEString(), "title", null, 0, 1, Note.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNote_SessionDate(), this.getLocalDate(), "sessionDate", null, 1, 1, Note.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNote_Status(), this.getNoteStatus(), "status", null, 0, 1, Note.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNote_SignedBy(), ecorePackage.getEString(), "signedBy", null, 0, 1, Note.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getNote_SignedAt(), this.getInstant(), "signedAt", null, 0, 1, Note.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNote_Sections(), this.getSection(), null, "sections", null, 0, -1, Note.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNote_Addenda(), this.getAddendum(), null, "addenda", null, 0, -1, Note.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNote_Decisions(), this.getBoundaryDecision(), this.getBoundaryDecision_Notes(), "decisions", null, 0, -1, Note.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getNote_Feedback(), this.getFeedback(), null, "feedback", null, 0, -1, Note.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		EOperation op = initEOperation(getNote__SignatureComplete__DiagnosticChain_Map(), ecorePackage.getEBoolean(), "signatureComplete", 0, 1, IS_UNIQUE, IS_ORDERED);
		addEParameter(op, ecorePackage.getEDiagnosticChain(), "diagnostics", 0, 1, IS_UNIQUE, IS_ORDERED);
		EGenericType g1 = createEGenericType(ecorePackage.getEMap());
		EGenericType g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		g2 = createEGenericType(ecorePackage.getEJavaObject());
		g1.getETypeArguments().add(g2);
		addEParameter(op, g1, "context", 0, 1, IS_UNIQUE, IS_ORDERED);

		initEClass(sectionEClass, Section.class, "Section", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSection_Title(), ecorePackage.getEString(), "title", null, 1, 1, Section.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSection_Text(), ecorePackage.getEString(), "text", "", 0, 1, Section.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(addendumEClass, Addendum.class, "Addendum", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getAddendum_Author(), ecorePackage.getEString(), "author", null, 1, 1, Addendum.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddendum_CreatedAt(), this.getInstant(), "createdAt", null, 1, 1, Addendum.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddendum_Reason(), ecorePackage.getEString(), "reason", null, 1, 1, Addendum.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getAddendum_Text(), ecorePackage.getEString(), "text", null, 1, 1, Addendum.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(consultationLogEClass, ConsultationLog.class, "ConsultationLog", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEReference(getConsultationLog_Decisions(), this.getBoundaryDecision(), null, "decisions", null, 0, -1, ConsultationLog.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(boundaryDecisionEClass, BoundaryDecision.class, "BoundaryDecision", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getBoundaryDecision_Category(), this.getBoundaryCategory(), "category", null, 1, 1, BoundaryDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBoundaryDecision_Subcategory(), ecorePackage.getEString(), "subcategory", null, 0, 1, BoundaryDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBoundaryDecision_InitiatedBy(), this.getInitiator(), "initiatedBy", null, 0, 1, BoundaryDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBoundaryDecision_Date(), this.getLocalDate(), "date", null, 1, 1, BoundaryDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBoundaryDecision_Client(), this.getClient(), null, "client", null, 0, 1, BoundaryDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBoundaryDecision_Facts(), ecorePackage.getEString(), "facts", null, 1, 1, BoundaryDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBoundaryDecision_Interpretation(), ecorePackage.getEString(), "interpretation", null, 0, 1, BoundaryDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBoundaryDecision_StandardsCited(), ecorePackage.getEString(), "standardsCited", null, 0, -1, BoundaryDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBoundaryDecision_Principles(), this.getPrinciple(), "principles", null, 0, -1, BoundaryDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBoundaryDecision_Risks(), ecorePackage.getEString(), "risks", null, 0, 1, BoundaryDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBoundaryDecision_Benefits(), ecorePackage.getEString(), "benefits", null, 0, 1, BoundaryDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBoundaryDecision_Options(), this.getDecisionOption(), null, "options", null, 0, -1, BoundaryDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBoundaryDecision_Consultations(), this.getConsultation(), null, "consultations", null, 0, -1, BoundaryDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBoundaryDecision_Decision(), ecorePackage.getEString(), "decision", null, 0, 1, BoundaryDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBoundaryDecision_Rationale(), ecorePackage.getEString(), "rationale", null, 0, 1, BoundaryDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBoundaryDecision_DocumentedBeforeActing(), ecorePackage.getEBoolean(), "documentedBeforeActing", null, 0, 1, BoundaryDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBoundaryDecision_ClientDiscussion(), ecorePackage.getEString(), "clientDiscussion", null, 0, 1, BoundaryDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBoundaryDecision_ConsentObtained(), ecorePackage.getEBoolean(), "consentObtained", null, 0, 1, BoundaryDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBoundaryDecision_Precautions(), ecorePackage.getEString(), "precautions", null, 0, 1, BoundaryDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBoundaryDecision_FollowUpDate(), this.getLocalDate(), "followUpDate", null, 0, 1, BoundaryDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBoundaryDecision_FollowUpOutcome(), ecorePackage.getEString(), "followUpOutcome", null, 0, 1, BoundaryDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBoundaryDecision_Notes(), this.getNote(), this.getNote_Decisions(), "notes", null, 0, -1, BoundaryDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBoundaryDecision_ConfidentialityException(), this.getConfidentialityException(), null, "confidentialityException", null, 0, 1, BoundaryDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBoundaryDecision_Status(), this.getNoteStatus(), "status", null, 0, 1, BoundaryDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBoundaryDecision_SignedBy(), ecorePackage.getEString(), "signedBy", null, 0, 1, BoundaryDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getBoundaryDecision_SignedAt(), this.getInstant(), "signedAt", null, 0, 1, BoundaryDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getBoundaryDecision_Addenda(), this.getAddendum(), null, "addenda", null, 0, -1, BoundaryDecision.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(decisionOptionEClass, DecisionOption.class, "DecisionOption", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getDecisionOption_Description(), ecorePackage.getEString(), "description", null, 1, 1, DecisionOption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecisionOption_Consequences(), ecorePackage.getEString(), "consequences", null, 0, 1, DecisionOption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getDecisionOption_Chosen(), ecorePackage.getEBoolean(), "chosen", null, 0, 1, DecisionOption.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(consultationEClass, Consultation.class, "Consultation", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConsultation_ConsultantRole(), this.getConsultantRole(), "consultantRole", null, 1, 1, Consultation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsultation_ConsultantName(), ecorePackage.getEString(), "consultantName", null, 0, 1, Consultation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsultation_Date(), this.getLocalDate(), "date", null, 0, 1, Consultation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsultation_Mode(), this.getConsultationMode(), "mode", null, 0, 1, Consultation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsultation_Disclosed(), ecorePackage.getEString(), "disclosed", null, 0, 1, Consultation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsultation_Deidentified(), ecorePackage.getEBoolean(), "deidentified", null, 0, 1, Consultation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsultation_Advice(), ecorePackage.getEString(), "advice", null, 0, 1, Consultation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConsultation_AdviceFollowed(), ecorePackage.getEBoolean(), "adviceFollowed", null, 0, 1, Consultation.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(confidentialityExceptionEClass, ConfidentialityException.class, "ConfidentialityException", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getConfidentialityException_Threat(), ecorePackage.getEString(), "threat", null, 0, 1, ConfidentialityException.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConfidentialityException_PersonAtRisk(), ecorePackage.getEString(), "personAtRisk", null, 0, 1, ConfidentialityException.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConfidentialityException_Imminence(), this.getImminence(), "imminence", null, 0, 1, ConfidentialityException.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConfidentialityException_LegalBasis(), ecorePackage.getEString(), "legalBasis", null, 0, 1, ConfidentialityException.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConfidentialityException_WhoWasTold(), ecorePackage.getEString(), "whoWasTold", null, 0, 1, ConfidentialityException.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getConfidentialityException_ToldAt(), this.getInstant(), "toldAt", null, 0, 1, ConfidentialityException.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(practiceStandardEClass, PracticeStandard.class, "PracticeStandard", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getPracticeStandard_Name(), ecorePackage.getEString(), "name", null, 1, 1, PracticeStandard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPracticeStandard_Version(), ecorePackage.getEString(), "version", null, 0, 1, PracticeStandard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPracticeStandard_IssuedBy(), ecorePackage.getEString(), "issuedBy", null, 0, 1, PracticeStandard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getPracticeStandard_RequiredCategories(), this.getBoundaryCategory(), "requiredCategories", null, 0, -1, PracticeStandard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getPracticeStandard_Requirements(), this.getStandardRequirement(), null, "requirements", null, 0, -1, PracticeStandard.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(standardRequirementEClass, StandardRequirement.class, "StandardRequirement", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getStandardRequirement_Category(), this.getBoundaryCategory(), "category", null, 0, 1, StandardRequirement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getStandardRequirement_Fields(), ecorePackage.getEString(), "fields", null, 0, -1, StandardRequirement.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sharePacketEClass, SharePacket.class, "SharePacket", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSharePacket_FormatVersion(), ecorePackage.getEString(), "formatVersion", null, 1, 1, SharePacket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSharePacket_PacketId(), ecorePackage.getEString(), "packetId", null, 1, 1, SharePacket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSharePacket_CreatedAt(), this.getInstant(), "createdAt", null, 1, 1, SharePacket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSharePacket_Sender(), ecorePackage.getEString(), "sender", null, 0, 1, SharePacket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSharePacket_Recipient(), ecorePackage.getEString(), "recipient", null, 1, 1, SharePacket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSharePacket_RecipientKind(), this.getRecipientKind(), "recipientKind", null, 0, 1, SharePacket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSharePacket_Purpose(), ecorePackage.getEString(), "purpose", null, 0, 1, SharePacket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSharePacket_Notes(), this.getSharedNote(), null, "notes", null, 0, -1, SharePacket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sharedNoteEClass, SharedNote.class, "SharedNote", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSharedNote_SharedId(), ecorePackage.getEString(), "sharedId", null, 1, 1, SharedNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSharedNote_ClientLabel(), ecorePackage.getEString(), "clientLabel", null, 0, 1, SharedNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSharedNote_Kind(), this.getNoteKind(), "kind", null, 0, 1, SharedNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSharedNote_Title(), ecorePackage.getEString(), "title", null, 0, 1, SharedNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSharedNote_SessionDate(), ecorePackage.getEString(), "sessionDate", null, 0, 1, SharedNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSharedNote_Sections(), this.getSection(), null, "sections", null, 0, -1, SharedNote.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(shareRecordEClass, ShareRecord.class, "ShareRecord", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getShareRecord_PacketId(), ecorePackage.getEString(), "packetId", null, 1, 1, ShareRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShareRecord_CreatedAt(), this.getInstant(), "createdAt", null, 1, 1, ShareRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShareRecord_Recipient(), ecorePackage.getEString(), "recipient", null, 0, 1, ShareRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShareRecord_RecipientKind(), this.getRecipientKind(), "recipientKind", null, 0, 1, ShareRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShareRecord_Purpose(), ecorePackage.getEString(), "purpose", null, 0, 1, ShareRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShareRecord_ContentHash(), ecorePackage.getEString(), "contentHash", null, 0, 1, ShareRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getShareRecord_Pseudonyms(), ecorePackage.getEString(), "pseudonyms", null, 0, 1, ShareRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getShareRecord_Notes(), this.getSharedNoteLink(), null, "notes", null, 0, -1, ShareRecord.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(sharedNoteLinkEClass, SharedNoteLink.class, "SharedNoteLink", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getSharedNoteLink_SharedId(), ecorePackage.getEString(), "sharedId", null, 1, 1, SharedNoteLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getSharedNoteLink_Note(), this.getNote(), null, "note", null, 0, 1, SharedNoteLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_COMPOSITE, IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSharedNoteLink_Alignments(), ecorePackage.getEString(), "alignments", null, 0, -1, SharedNoteLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getSharedNoteLink_Sections(), ecorePackage.getEInt(), "sections", null, 0, -1, SharedNoteLink.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, !IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(receivedPacketEClass, ReceivedPacket.class, "ReceivedPacket", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReceivedPacket_ImportedAt(), this.getInstant(), "importedAt", null, 1, 1, ReceivedPacket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReceivedPacket_ContentHash(), ecorePackage.getEString(), "contentHash", null, 0, 1, ReceivedPacket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReceivedPacket_Packet(), this.getSharePacket(), null, "packet", null, 1, 1, ReceivedPacket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getReceivedPacket_Feedback(), this.getFeedback(), null, "feedback", null, 0, 1, ReceivedPacket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReceivedPacket_ExportedAt(), this.getInstant(), "exportedAt", null, 0, 1, ReceivedPacket.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(feedbackEClass, Feedback.class, "Feedback", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getFeedback_FormatVersion(), ecorePackage.getEString(), "formatVersion", null, 0, 1, Feedback.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeedback_PacketId(), ecorePackage.getEString(), "packetId", null, 1, 1, Feedback.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeedback_Reviewer(), ecorePackage.getEString(), "reviewer", null, 0, 1, Feedback.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeedback_CreatedAt(), this.getInstant(), "createdAt", null, 0, 1, Feedback.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeedback_Assessment(), this.getAssessment(), "assessment", null, 0, 1, Feedback.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getFeedback_Summary(), ecorePackage.getEString(), "summary", null, 0, 1, Feedback.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEReference(getFeedback_Comments(), this.getReviewComment(), null, "comments", null, 0, -1, Feedback.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, IS_COMPOSITE, !IS_RESOLVE_PROXIES, !IS_UNSETTABLE, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		initEClass(reviewCommentEClass, ReviewComment.class, "ReviewComment", !IS_ABSTRACT, !IS_INTERFACE, IS_GENERATED_INSTANCE_CLASS);
		initEAttribute(getReviewComment_SharedId(), ecorePackage.getEString(), "sharedId", null, 0, 1, ReviewComment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewComment_Section(), ecorePackage.getEInt(), "section", null, 0, 1, ReviewComment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewComment_Start(), ecorePackage.getEInt(), "start", null, 0, 1, ReviewComment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewComment_End(), ecorePackage.getEInt(), "end", null, 0, 1, ReviewComment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewComment_Quote(), ecorePackage.getEString(), "quote", null, 0, 1, ReviewComment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewComment_Text(), ecorePackage.getEString(), "text", null, 1, 1, ReviewComment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewComment_Author(), ecorePackage.getEString(), "author", null, 0, 1, ReviewComment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);
		initEAttribute(getReviewComment_CreatedAt(), this.getInstant(), "createdAt", null, 0, 1, ReviewComment.class, !IS_TRANSIENT, !IS_VOLATILE, IS_CHANGEABLE, !IS_UNSETTABLE, !IS_ID, IS_UNIQUE, !IS_DERIVED, IS_ORDERED);

		// Initialize enums and add enum literals
		initEEnum(placeKindEEnum, PlaceKind.class, "PlaceKind");
		addEEnumLiteral(placeKindEEnum, PlaceKind.OTHER);
		addEEnumLiteral(placeKindEEnum, PlaceKind.HOME);
		addEEnumLiteral(placeKindEEnum, PlaceKind.TOWN);
		addEEnumLiteral(placeKindEEnum, PlaceKind.SCHOOL);
		addEEnumLiteral(placeKindEEnum, PlaceKind.WORKPLACE);
		addEEnumLiteral(placeKindEEnum, PlaceKind.HEALTH_CARE);
		addEEnumLiteral(placeKindEEnum, PlaceKind.PLACE_OF_WORSHIP);
		addEEnumLiteral(placeKindEEnum, PlaceKind.CLUB);

		initEEnum(contactKindEEnum, ContactKind.class, "ContactKind");
		addEEnumLiteral(contactKindEEnum, ContactKind.OTHER);
		addEEnumLiteral(contactKindEEnum, ContactKind.PHONE);
		addEEnumLiteral(contactKindEEnum, ContactKind.EMAIL);
		addEEnumLiteral(contactKindEEnum, ContactKind.POSTAL_ADDRESS);
		addEEnumLiteral(contactKindEEnum, ContactKind.SOCIAL_HANDLE);
		addEEnumLiteral(contactKindEEnum, ContactKind.WEBSITE);

		initEEnum(noteKindEEnum, NoteKind.class, "NoteKind");
		addEEnumLiteral(noteKindEEnum, NoteKind.FREE);
		addEEnumLiteral(noteKindEEnum, NoteKind.SOAP);
		addEEnumLiteral(noteKindEEnum, NoteKind.DAP);
		addEEnumLiteral(noteKindEEnum, NoteKind.BIRP);
		addEEnumLiteral(noteKindEEnum, NoteKind.INTAKE);
		addEEnumLiteral(noteKindEEnum, NoteKind.SUPERVISION_PREPARATION);
		addEEnumLiteral(noteKindEEnum, NoteKind.CONTACT_LOG);

		initEEnum(noteStatusEEnum, NoteStatus.class, "NoteStatus");
		addEEnumLiteral(noteStatusEEnum, NoteStatus.DRAFT);
		addEEnumLiteral(noteStatusEEnum, NoteStatus.SIGNED);

		initEEnum(boundaryCategoryEEnum, BoundaryCategory.class, "BoundaryCategory");
		addEEnumLiteral(boundaryCategoryEEnum, BoundaryCategory.OTHER);
		addEEnumLiteral(boundaryCategoryEEnum, BoundaryCategory.DUAL_RELATIONSHIP);
		addEEnumLiteral(boundaryCategoryEEnum, BoundaryCategory.SOCIAL_MEDIA);
		addEEnumLiteral(boundaryCategoryEEnum, BoundaryCategory.INTERNET_SEARCH);
		addEEnumLiteral(boundaryCategoryEEnum, BoundaryCategory.GIFT);
		addEEnumLiteral(boundaryCategoryEEnum, BoundaryCategory.OUT_OF_SESSION_CONTACT);
		addEEnumLiteral(boundaryCategoryEEnum, BoundaryCategory.SELF_DISCLOSURE);
		addEEnumLiteral(boundaryCategoryEEnum, BoundaryCategory.CONFIDENTIALITY_EXCEPTION);
		addEEnumLiteral(boundaryCategoryEEnum, BoundaryCategory.PRIOR_RELATIONSHIP);
		addEEnumLiteral(boundaryCategoryEEnum, BoundaryCategory.POST_TERMINATION_CONTACT);
		addEEnumLiteral(boundaryCategoryEEnum, BoundaryCategory.TOUCH);
		addEEnumLiteral(boundaryCategoryEEnum, BoundaryCategory.BARTERING_AND_FEES);
		addEEnumLiteral(boundaryCategoryEEnum, BoundaryCategory.CONFLICT_OF_INTEREST);
		addEEnumLiteral(boundaryCategoryEEnum, BoundaryCategory.ROLE_CHANGE);
		addEEnumLiteral(boundaryCategoryEEnum, BoundaryCategory.ATTRACTION);
		addEEnumLiteral(boundaryCategoryEEnum, BoundaryCategory.CASE_MATERIAL_USE);
		addEEnumLiteral(boundaryCategoryEEnum, BoundaryCategory.RECORDING_AND_TECHNOLOGY);

		initEEnum(initiatorEEnum, Initiator.class, "Initiator");
		addEEnumLiteral(initiatorEEnum, Initiator.CLIENT);
		addEEnumLiteral(initiatorEEnum, Initiator.THERAPIST);
		addEEnumLiteral(initiatorEEnum, Initiator.THIRD_PARTY);
		addEEnumLiteral(initiatorEEnum, Initiator.MUTUAL);

		initEEnum(principleEEnum, Principle.class, "Principle");
		addEEnumLiteral(principleEEnum, Principle.AUTONOMY);
		addEEnumLiteral(principleEEnum, Principle.NON_MALEFICENCE);
		addEEnumLiteral(principleEEnum, Principle.BENEFICENCE);
		addEEnumLiteral(principleEEnum, Principle.JUSTICE);
		addEEnumLiteral(principleEEnum, Principle.FIDELITY);

		initEEnum(consultantRoleEEnum, ConsultantRole.class, "ConsultantRole");
		addEEnumLiteral(consultantRoleEEnum, ConsultantRole.SUPERVISOR);
		addEEnumLiteral(consultantRoleEEnum, ConsultantRole.PEER);
		addEEnumLiteral(consultantRoleEEnum, ConsultantRole.ETHICS_COMMITTEE);
		addEEnumLiteral(consultantRoleEEnum, ConsultantRole.PROFESSIONAL_BODY);
		addEEnumLiteral(consultantRoleEEnum, ConsultantRole.LEGAL);
		addEEnumLiteral(consultantRoleEEnum, ConsultantRole.OTHER);

		initEEnum(consultationModeEEnum, ConsultationMode.class, "ConsultationMode");
		addEEnumLiteral(consultationModeEEnum, ConsultationMode.IN_PERSON);
		addEEnumLiteral(consultationModeEEnum, ConsultationMode.PHONE);
		addEEnumLiteral(consultationModeEEnum, ConsultationMode.VIDEO);
		addEEnumLiteral(consultationModeEEnum, ConsultationMode.WRITTEN);
		addEEnumLiteral(consultationModeEEnum, ConsultationMode.SHARE_PACKET);

		initEEnum(imminenceEEnum, Imminence.class, "Imminence");
		addEEnumLiteral(imminenceEEnum, Imminence.UNCLEAR);
		addEEnumLiteral(imminenceEEnum, Imminence.LOW);
		addEEnumLiteral(imminenceEEnum, Imminence.MODERATE);
		addEEnumLiteral(imminenceEEnum, Imminence.HIGH);
		addEEnumLiteral(imminenceEEnum, Imminence.IMMINENT);

		initEEnum(recipientKindEEnum, RecipientKind.class, "RecipientKind");
		addEEnumLiteral(recipientKindEEnum, RecipientKind.SUPERVISOR);
		addEEnumLiteral(recipientKindEEnum, RecipientKind.PEER_GROUP);
		addEEnumLiteral(recipientKindEEnum, RecipientKind.ETHICS_CONSULTATION);

		initEEnum(assessmentEEnum, Assessment.class, "Assessment");
		addEEnumLiteral(assessmentEEnum, Assessment.REVIEWED);
		addEEnumLiteral(assessmentEEnum, Assessment.APPROVED);
		addEEnumLiteral(assessmentEEnum, Assessment.CHANGES_REQUESTED);

		// Initialize data types
		initEDataType(localDateEDataType, LocalDate.class, "LocalDate", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);
		initEDataType(instantEDataType, Instant.class, "Instant", IS_SERIALIZABLE, !IS_GENERATED_INSTANCE_CLASS);

		// Create resource
		createResource(eNS_URI);
	}

} //CasenotesPackageImpl
