/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EOperation;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Casenotes: a practice's clients, their known identifiers, case files, notes and the consultation log of boundary decisions.
 * <!-- end-model-doc -->
 * @see org.casenotes.model.CasenotesFactory
 * @model kind="package"
 * @generated
 */
public interface CasenotesPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model";

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://casenotes.org/model/1.0";

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "casenotes";

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	CasenotesPackage eINSTANCE = org.casenotes.model.impl.CasenotesPackageImpl.init();

	/**
	 * The meta object id for the '{@link org.casenotes.model.impl.PracticeImpl <em>Practice</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.impl.PracticeImpl
	 * @see org.casenotes.model.impl.CasenotesPackageImpl#getPractice()
	 * @generated
	 */
	int PRACTICE = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Practitioner Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICE__PRACTITIONER_ID = 1;

	/**
	 * The feature id for the '<em><b>Clients</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICE__CLIENTS = 2;

	/**
	 * The feature id for the '<em><b>Consultation Log</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICE__CONSULTATION_LOG = 3;

	/**
	 * The feature id for the '<em><b>Standard</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICE__STANDARD = 4;

	/**
	 * The feature id for the '<em><b>Shares</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICE__SHARES = 5;

	/**
	 * The feature id for the '<em><b>Received</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICE__RECEIVED = 6;

	/**
	 * The number of structural features of the '<em>Practice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICE_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Practice</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.impl.ClientImpl <em>Client</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.impl.ClientImpl
	 * @see org.casenotes.model.impl.CasenotesPackageImpl#getClient()
	 * @generated
	 */
	int CLIENT = 1;

	/**
	 * The feature id for the '<em><b>Code</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__CODE = 0;

	/**
	 * The feature id for the '<em><b>Identity Sheet</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__IDENTITY_SHEET = 1;

	/**
	 * The feature id for the '<em><b>Case Files</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__CASE_FILES = 2;

	/**
	 * The feature id for the '<em><b>Archived</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT__ARCHIVED = 3;

	/**
	 * The number of structural features of the '<em>Client</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Client</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CLIENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.impl.IdentitySheetImpl <em>Identity Sheet</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.impl.IdentitySheetImpl
	 * @see org.casenotes.model.impl.CasenotesPackageImpl#getIdentitySheet()
	 * @generated
	 */
	int IDENTITY_SHEET = 2;

	/**
	 * The feature id for the '<em><b>Legal Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_SHEET__LEGAL_NAME = 0;

	/**
	 * The feature id for the '<em><b>Preferred Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_SHEET__PREFERRED_NAME = 1;

	/**
	 * The feature id for the '<em><b>Date Of Birth</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_SHEET__DATE_OF_BIRTH = 2;

	/**
	 * The feature id for the '<em><b>Employer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_SHEET__EMPLOYER = 3;

	/**
	 * The feature id for the '<em><b>School</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_SHEET__SCHOOL = 4;

	/**
	 * The feature id for the '<em><b>People</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_SHEET__PEOPLE = 5;

	/**
	 * The feature id for the '<em><b>Places</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_SHEET__PLACES = 6;

	/**
	 * The feature id for the '<em><b>Contacts</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_SHEET__CONTACTS = 7;

	/**
	 * The feature id for the '<em><b>Extra Identifiers</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_SHEET__EXTRA_IDENTIFIERS = 8;

	/**
	 * The number of structural features of the '<em>Identity Sheet</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_SHEET_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Identity Sheet</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int IDENTITY_SHEET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.impl.KnownPersonImpl <em>Known Person</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.impl.KnownPersonImpl
	 * @see org.casenotes.model.impl.CasenotesPackageImpl#getKnownPerson()
	 * @generated
	 */
	int KNOWN_PERSON = 3;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_PERSON__NAME = 0;

	/**
	 * The feature id for the '<em><b>Relation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_PERSON__RELATION = 1;

	/**
	 * The number of structural features of the '<em>Known Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_PERSON_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Known Person</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_PERSON_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.impl.KnownPlaceImpl <em>Known Place</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.impl.KnownPlaceImpl
	 * @see org.casenotes.model.impl.CasenotesPackageImpl#getKnownPlace()
	 * @generated
	 */
	int KNOWN_PLACE = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_PLACE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_PLACE__KIND = 1;

	/**
	 * The number of structural features of the '<em>Known Place</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_PLACE_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Known Place</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KNOWN_PLACE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.impl.ContactDetailImpl <em>Contact Detail</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.impl.ContactDetailImpl
	 * @see org.casenotes.model.impl.CasenotesPackageImpl#getContactDetail()
	 * @generated
	 */
	int CONTACT_DETAIL = 5;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_DETAIL__KIND = 0;

	/**
	 * The feature id for the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_DETAIL__VALUE = 1;

	/**
	 * The number of structural features of the '<em>Contact Detail</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_DETAIL_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Contact Detail</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONTACT_DETAIL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.impl.CaseFileImpl <em>Case File</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.impl.CaseFileImpl
	 * @see org.casenotes.model.impl.CasenotesPackageImpl#getCaseFile()
	 * @generated
	 */
	int CASE_FILE = 6;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_FILE__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Opened On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_FILE__OPENED_ON = 1;

	/**
	 * The feature id for the '<em><b>Closed On</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_FILE__CLOSED_ON = 2;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_FILE__NOTES = 3;

	/**
	 * The feature id for the '<em><b>Dismissed Findings</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_FILE__DISMISSED_FINDINGS = 4;

	/**
	 * The feature id for the '<em><b>Confirmed Findings</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_FILE__CONFIRMED_FINDINGS = 5;

	/**
	 * The number of structural features of the '<em>Case File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_FILE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Case File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CASE_FILE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.impl.NoteImpl <em>Note</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.impl.NoteImpl
	 * @see org.casenotes.model.impl.CasenotesPackageImpl#getNote()
	 * @generated
	 */
	int NOTE = 7;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__KIND = 0;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__TITLE = 1;

	/**
	 * The feature id for the '<em><b>Session Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__SESSION_DATE = 2;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__STATUS = 3;

	/**
	 * The feature id for the '<em><b>Signed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__SIGNED_BY = 4;

	/**
	 * The feature id for the '<em><b>Signed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__SIGNED_AT = 5;

	/**
	 * The feature id for the '<em><b>Sections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__SECTIONS = 6;

	/**
	 * The feature id for the '<em><b>Addenda</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__ADDENDA = 7;

	/**
	 * The feature id for the '<em><b>Decisions</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__DECISIONS = 8;

	/**
	 * The feature id for the '<em><b>Feedback</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE__FEEDBACK = 9;

	/**
	 * The number of structural features of the '<em>Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_FEATURE_COUNT = 10;

	/**
	 * The operation id for the '<em>Signature Complete</em>' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE___SIGNATURE_COMPLETE__DIAGNOSTICCHAIN_MAP = 0;

	/**
	 * The number of operations of the '<em>Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NOTE_OPERATION_COUNT = 1;

	/**
	 * The meta object id for the '{@link org.casenotes.model.impl.SectionImpl <em>Section</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.impl.SectionImpl
	 * @see org.casenotes.model.impl.CasenotesPackageImpl#getSection()
	 * @generated
	 */
	int SECTION = 8;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION__TEXT = 1;

	/**
	 * The number of structural features of the '<em>Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Section</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SECTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.impl.AddendumImpl <em>Addendum</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.impl.AddendumImpl
	 * @see org.casenotes.model.impl.CasenotesPackageImpl#getAddendum()
	 * @generated
	 */
	int ADDENDUM = 9;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDENDUM__AUTHOR = 0;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDENDUM__CREATED_AT = 1;

	/**
	 * The feature id for the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDENDUM__REASON = 2;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDENDUM__TEXT = 3;

	/**
	 * The number of structural features of the '<em>Addendum</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDENDUM_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Addendum</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int ADDENDUM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.impl.ConsultationLogImpl <em>Consultation Log</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.impl.ConsultationLogImpl
	 * @see org.casenotes.model.impl.CasenotesPackageImpl#getConsultationLog()
	 * @generated
	 */
	int CONSULTATION_LOG = 10;

	/**
	 * The feature id for the '<em><b>Decisions</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSULTATION_LOG__DECISIONS = 0;

	/**
	 * The number of structural features of the '<em>Consultation Log</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSULTATION_LOG_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Consultation Log</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSULTATION_LOG_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.impl.BoundaryDecisionImpl <em>Boundary Decision</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.impl.BoundaryDecisionImpl
	 * @see org.casenotes.model.impl.CasenotesPackageImpl#getBoundaryDecision()
	 * @generated
	 */
	int BOUNDARY_DECISION = 11;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_DECISION__CATEGORY = 0;

	/**
	 * The feature id for the '<em><b>Subcategory</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_DECISION__SUBCATEGORY = 1;

	/**
	 * The feature id for the '<em><b>Initiated By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_DECISION__INITIATED_BY = 2;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_DECISION__DATE = 3;

	/**
	 * The feature id for the '<em><b>Client</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_DECISION__CLIENT = 4;

	/**
	 * The feature id for the '<em><b>Facts</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_DECISION__FACTS = 5;

	/**
	 * The feature id for the '<em><b>Interpretation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_DECISION__INTERPRETATION = 6;

	/**
	 * The feature id for the '<em><b>Standards Cited</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_DECISION__STANDARDS_CITED = 7;

	/**
	 * The feature id for the '<em><b>Principles</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_DECISION__PRINCIPLES = 8;

	/**
	 * The feature id for the '<em><b>Risks</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_DECISION__RISKS = 9;

	/**
	 * The feature id for the '<em><b>Benefits</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_DECISION__BENEFITS = 10;

	/**
	 * The feature id for the '<em><b>Options</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_DECISION__OPTIONS = 11;

	/**
	 * The feature id for the '<em><b>Consultations</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_DECISION__CONSULTATIONS = 12;

	/**
	 * The feature id for the '<em><b>Decision</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_DECISION__DECISION = 13;

	/**
	 * The feature id for the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_DECISION__RATIONALE = 14;

	/**
	 * The feature id for the '<em><b>Documented Before Acting</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_DECISION__DOCUMENTED_BEFORE_ACTING = 15;

	/**
	 * The feature id for the '<em><b>Client Discussion</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_DECISION__CLIENT_DISCUSSION = 16;

	/**
	 * The feature id for the '<em><b>Consent Obtained</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_DECISION__CONSENT_OBTAINED = 17;

	/**
	 * The feature id for the '<em><b>Precautions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_DECISION__PRECAUTIONS = 18;

	/**
	 * The feature id for the '<em><b>Follow Up Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_DECISION__FOLLOW_UP_DATE = 19;

	/**
	 * The feature id for the '<em><b>Follow Up Outcome</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_DECISION__FOLLOW_UP_OUTCOME = 20;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_DECISION__NOTES = 21;

	/**
	 * The feature id for the '<em><b>Confidentiality Exception</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_DECISION__CONFIDENTIALITY_EXCEPTION = 22;

	/**
	 * The feature id for the '<em><b>Status</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_DECISION__STATUS = 23;

	/**
	 * The feature id for the '<em><b>Signed By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_DECISION__SIGNED_BY = 24;

	/**
	 * The feature id for the '<em><b>Signed At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_DECISION__SIGNED_AT = 25;

	/**
	 * The feature id for the '<em><b>Addenda</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_DECISION__ADDENDA = 26;

	/**
	 * The number of structural features of the '<em>Boundary Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_DECISION_FEATURE_COUNT = 27;

	/**
	 * The number of operations of the '<em>Boundary Decision</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int BOUNDARY_DECISION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.impl.DecisionOptionImpl <em>Decision Option</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.impl.DecisionOptionImpl
	 * @see org.casenotes.model.impl.CasenotesPackageImpl#getDecisionOption()
	 * @generated
	 */
	int DECISION_OPTION = 12;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_OPTION__DESCRIPTION = 0;

	/**
	 * The feature id for the '<em><b>Consequences</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_OPTION__CONSEQUENCES = 1;

	/**
	 * The feature id for the '<em><b>Chosen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_OPTION__CHOSEN = 2;

	/**
	 * The number of structural features of the '<em>Decision Option</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_OPTION_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Decision Option</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DECISION_OPTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.impl.ConsultationImpl <em>Consultation</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.impl.ConsultationImpl
	 * @see org.casenotes.model.impl.CasenotesPackageImpl#getConsultation()
	 * @generated
	 */
	int CONSULTATION = 13;

	/**
	 * The feature id for the '<em><b>Consultant Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSULTATION__CONSULTANT_ROLE = 0;

	/**
	 * The feature id for the '<em><b>Consultant Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSULTATION__CONSULTANT_NAME = 1;

	/**
	 * The feature id for the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSULTATION__DATE = 2;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSULTATION__MODE = 3;

	/**
	 * The feature id for the '<em><b>Disclosed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSULTATION__DISCLOSED = 4;

	/**
	 * The feature id for the '<em><b>Deidentified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSULTATION__DEIDENTIFIED = 5;

	/**
	 * The feature id for the '<em><b>Advice</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSULTATION__ADVICE = 6;

	/**
	 * The feature id for the '<em><b>Advice Followed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSULTATION__ADVICE_FOLLOWED = 7;

	/**
	 * The number of structural features of the '<em>Consultation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSULTATION_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Consultation</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONSULTATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.impl.ConfidentialityExceptionImpl <em>Confidentiality Exception</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.impl.ConfidentialityExceptionImpl
	 * @see org.casenotes.model.impl.CasenotesPackageImpl#getConfidentialityException()
	 * @generated
	 */
	int CONFIDENTIALITY_EXCEPTION = 14;

	/**
	 * The feature id for the '<em><b>Threat</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIDENTIALITY_EXCEPTION__THREAT = 0;

	/**
	 * The feature id for the '<em><b>Person At Risk</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIDENTIALITY_EXCEPTION__PERSON_AT_RISK = 1;

	/**
	 * The feature id for the '<em><b>Imminence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIDENTIALITY_EXCEPTION__IMMINENCE = 2;

	/**
	 * The feature id for the '<em><b>Legal Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIDENTIALITY_EXCEPTION__LEGAL_BASIS = 3;

	/**
	 * The feature id for the '<em><b>Who Was Told</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIDENTIALITY_EXCEPTION__WHO_WAS_TOLD = 4;

	/**
	 * The feature id for the '<em><b>Told At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIDENTIALITY_EXCEPTION__TOLD_AT = 5;

	/**
	 * The number of structural features of the '<em>Confidentiality Exception</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIDENTIALITY_EXCEPTION_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Confidentiality Exception</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int CONFIDENTIALITY_EXCEPTION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.impl.PracticeStandardImpl <em>Practice Standard</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.impl.PracticeStandardImpl
	 * @see org.casenotes.model.impl.CasenotesPackageImpl#getPracticeStandard()
	 * @generated
	 */
	int PRACTICE_STANDARD = 15;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICE_STANDARD__NAME = 0;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICE_STANDARD__VERSION = 1;

	/**
	 * The feature id for the '<em><b>Issued By</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICE_STANDARD__ISSUED_BY = 2;

	/**
	 * The feature id for the '<em><b>Required Categories</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICE_STANDARD__REQUIRED_CATEGORIES = 3;

	/**
	 * The feature id for the '<em><b>Requirements</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICE_STANDARD__REQUIREMENTS = 4;

	/**
	 * The number of structural features of the '<em>Practice Standard</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICE_STANDARD_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Practice Standard</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PRACTICE_STANDARD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.impl.StandardRequirementImpl <em>Standard Requirement</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.impl.StandardRequirementImpl
	 * @see org.casenotes.model.impl.CasenotesPackageImpl#getStandardRequirement()
	 * @generated
	 */
	int STANDARD_REQUIREMENT = 16;

	/**
	 * The feature id for the '<em><b>Category</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_REQUIREMENT__CATEGORY = 0;

	/**
	 * The feature id for the '<em><b>Fields</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_REQUIREMENT__FIELDS = 1;

	/**
	 * The number of structural features of the '<em>Standard Requirement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_REQUIREMENT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Standard Requirement</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int STANDARD_REQUIREMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.impl.SharePacketImpl <em>Share Packet</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.impl.SharePacketImpl
	 * @see org.casenotes.model.impl.CasenotesPackageImpl#getSharePacket()
	 * @generated
	 */
	int SHARE_PACKET = 17;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARE_PACKET__FORMAT_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Packet Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARE_PACKET__PACKET_ID = 1;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARE_PACKET__CREATED_AT = 2;

	/**
	 * The feature id for the '<em><b>Sender</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARE_PACKET__SENDER = 3;

	/**
	 * The feature id for the '<em><b>Recipient</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARE_PACKET__RECIPIENT = 4;

	/**
	 * The feature id for the '<em><b>Recipient Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARE_PACKET__RECIPIENT_KIND = 5;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARE_PACKET__PURPOSE = 6;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARE_PACKET__NOTES = 7;

	/**
	 * The number of structural features of the '<em>Share Packet</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARE_PACKET_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Share Packet</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARE_PACKET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.impl.SharedNoteImpl <em>Shared Note</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.impl.SharedNoteImpl
	 * @see org.casenotes.model.impl.CasenotesPackageImpl#getSharedNote()
	 * @generated
	 */
	int SHARED_NOTE = 18;

	/**
	 * The feature id for the '<em><b>Shared Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_NOTE__SHARED_ID = 0;

	/**
	 * The feature id for the '<em><b>Client Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_NOTE__CLIENT_LABEL = 1;

	/**
	 * The feature id for the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_NOTE__KIND = 2;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_NOTE__TITLE = 3;

	/**
	 * The feature id for the '<em><b>Session Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_NOTE__SESSION_DATE = 4;

	/**
	 * The feature id for the '<em><b>Sections</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_NOTE__SECTIONS = 5;

	/**
	 * The number of structural features of the '<em>Shared Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_NOTE_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Shared Note</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_NOTE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.impl.ShareRecordImpl <em>Share Record</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.impl.ShareRecordImpl
	 * @see org.casenotes.model.impl.CasenotesPackageImpl#getShareRecord()
	 * @generated
	 */
	int SHARE_RECORD = 19;

	/**
	 * The feature id for the '<em><b>Packet Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARE_RECORD__PACKET_ID = 0;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARE_RECORD__CREATED_AT = 1;

	/**
	 * The feature id for the '<em><b>Recipient</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARE_RECORD__RECIPIENT = 2;

	/**
	 * The feature id for the '<em><b>Recipient Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARE_RECORD__RECIPIENT_KIND = 3;

	/**
	 * The feature id for the '<em><b>Purpose</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARE_RECORD__PURPOSE = 4;

	/**
	 * The feature id for the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARE_RECORD__CONTENT_HASH = 5;

	/**
	 * The feature id for the '<em><b>Pseudonyms</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARE_RECORD__PSEUDONYMS = 6;

	/**
	 * The feature id for the '<em><b>Notes</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARE_RECORD__NOTES = 7;

	/**
	 * The number of structural features of the '<em>Share Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARE_RECORD_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Share Record</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARE_RECORD_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.impl.SharedNoteLinkImpl <em>Shared Note Link</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.impl.SharedNoteLinkImpl
	 * @see org.casenotes.model.impl.CasenotesPackageImpl#getSharedNoteLink()
	 * @generated
	 */
	int SHARED_NOTE_LINK = 20;

	/**
	 * The feature id for the '<em><b>Shared Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_NOTE_LINK__SHARED_ID = 0;

	/**
	 * The feature id for the '<em><b>Note</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_NOTE_LINK__NOTE = 1;

	/**
	 * The feature id for the '<em><b>Alignments</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_NOTE_LINK__ALIGNMENTS = 2;

	/**
	 * The feature id for the '<em><b>Sections</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_NOTE_LINK__SECTIONS = 3;

	/**
	 * The number of structural features of the '<em>Shared Note Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_NOTE_LINK_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Shared Note Link</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SHARED_NOTE_LINK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.impl.ReceivedPacketImpl <em>Received Packet</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.impl.ReceivedPacketImpl
	 * @see org.casenotes.model.impl.CasenotesPackageImpl#getReceivedPacket()
	 * @generated
	 */
	int RECEIVED_PACKET = 21;

	/**
	 * The feature id for the '<em><b>Imported At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECEIVED_PACKET__IMPORTED_AT = 0;

	/**
	 * The feature id for the '<em><b>Content Hash</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECEIVED_PACKET__CONTENT_HASH = 1;

	/**
	 * The feature id for the '<em><b>Packet</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECEIVED_PACKET__PACKET = 2;

	/**
	 * The feature id for the '<em><b>Feedback</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECEIVED_PACKET__FEEDBACK = 3;

	/**
	 * The feature id for the '<em><b>Exported At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECEIVED_PACKET__EXPORTED_AT = 4;

	/**
	 * The number of structural features of the '<em>Received Packet</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECEIVED_PACKET_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Received Packet</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int RECEIVED_PACKET_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.impl.FeedbackImpl <em>Feedback</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.impl.FeedbackImpl
	 * @see org.casenotes.model.impl.CasenotesPackageImpl#getFeedback()
	 * @generated
	 */
	int FEEDBACK = 22;

	/**
	 * The feature id for the '<em><b>Format Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__FORMAT_VERSION = 0;

	/**
	 * The feature id for the '<em><b>Packet Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__PACKET_ID = 1;

	/**
	 * The feature id for the '<em><b>Reviewer</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__REVIEWER = 2;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__CREATED_AT = 3;

	/**
	 * The feature id for the '<em><b>Assessment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__ASSESSMENT = 4;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__SUMMARY = 5;

	/**
	 * The feature id for the '<em><b>Comments</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK__COMMENTS = 6;

	/**
	 * The number of structural features of the '<em>Feedback</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Feedback</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FEEDBACK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.impl.ReviewCommentImpl <em>Review Comment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.impl.ReviewCommentImpl
	 * @see org.casenotes.model.impl.CasenotesPackageImpl#getReviewComment()
	 * @generated
	 */
	int REVIEW_COMMENT = 23;

	/**
	 * The feature id for the '<em><b>Shared Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__SHARED_ID = 0;

	/**
	 * The feature id for the '<em><b>Section</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__SECTION = 1;

	/**
	 * The feature id for the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__START = 2;

	/**
	 * The feature id for the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__END = 3;

	/**
	 * The feature id for the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__QUOTE = 4;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__TEXT = 5;

	/**
	 * The feature id for the '<em><b>Author</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__AUTHOR = 6;

	/**
	 * The feature id for the '<em><b>Created At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT__CREATED_AT = 7;

	/**
	 * The number of structural features of the '<em>Review Comment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Review Comment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int REVIEW_COMMENT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link org.casenotes.model.PlaceKind <em>Place Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.PlaceKind
	 * @see org.casenotes.model.impl.CasenotesPackageImpl#getPlaceKind()
	 * @generated
	 */
	int PLACE_KIND = 24;

	/**
	 * The meta object id for the '{@link org.casenotes.model.ContactKind <em>Contact Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.ContactKind
	 * @see org.casenotes.model.impl.CasenotesPackageImpl#getContactKind()
	 * @generated
	 */
	int CONTACT_KIND = 25;

	/**
	 * The meta object id for the '{@link org.casenotes.model.NoteKind <em>Note Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.NoteKind
	 * @see org.casenotes.model.impl.CasenotesPackageImpl#getNoteKind()
	 * @generated
	 */
	int NOTE_KIND = 26;

	/**
	 * The meta object id for the '{@link org.casenotes.model.NoteStatus <em>Note Status</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.NoteStatus
	 * @see org.casenotes.model.impl.CasenotesPackageImpl#getNoteStatus()
	 * @generated
	 */
	int NOTE_STATUS = 27;

	/**
	 * The meta object id for the '{@link org.casenotes.model.BoundaryCategory <em>Boundary Category</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.BoundaryCategory
	 * @see org.casenotes.model.impl.CasenotesPackageImpl#getBoundaryCategory()
	 * @generated
	 */
	int BOUNDARY_CATEGORY = 28;

	/**
	 * The meta object id for the '{@link org.casenotes.model.Initiator <em>Initiator</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.Initiator
	 * @see org.casenotes.model.impl.CasenotesPackageImpl#getInitiator()
	 * @generated
	 */
	int INITIATOR = 29;

	/**
	 * The meta object id for the '{@link org.casenotes.model.Principle <em>Principle</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.Principle
	 * @see org.casenotes.model.impl.CasenotesPackageImpl#getPrinciple()
	 * @generated
	 */
	int PRINCIPLE = 30;

	/**
	 * The meta object id for the '{@link org.casenotes.model.ConsultantRole <em>Consultant Role</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.ConsultantRole
	 * @see org.casenotes.model.impl.CasenotesPackageImpl#getConsultantRole()
	 * @generated
	 */
	int CONSULTANT_ROLE = 31;

	/**
	 * The meta object id for the '{@link org.casenotes.model.ConsultationMode <em>Consultation Mode</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.ConsultationMode
	 * @see org.casenotes.model.impl.CasenotesPackageImpl#getConsultationMode()
	 * @generated
	 */
	int CONSULTATION_MODE = 32;

	/**
	 * The meta object id for the '{@link org.casenotes.model.Imminence <em>Imminence</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.Imminence
	 * @see org.casenotes.model.impl.CasenotesPackageImpl#getImminence()
	 * @generated
	 */
	int IMMINENCE = 33;

	/**
	 * The meta object id for the '{@link org.casenotes.model.RecipientKind <em>Recipient Kind</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.RecipientKind
	 * @see org.casenotes.model.impl.CasenotesPackageImpl#getRecipientKind()
	 * @generated
	 */
	int RECIPIENT_KIND = 34;

	/**
	 * The meta object id for the '{@link org.casenotes.model.Assessment <em>Assessment</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.casenotes.model.Assessment
	 * @see org.casenotes.model.impl.CasenotesPackageImpl#getAssessment()
	 * @generated
	 */
	int ASSESSMENT = 35;

	/**
	 * The meta object id for the '<em>Local Date</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.LocalDate
	 * @see org.casenotes.model.impl.CasenotesPackageImpl#getLocalDate()
	 * @generated
	 */
	int LOCAL_DATE = 36;

	/**
	 * The meta object id for the '<em>Instant</em>' data type.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see java.time.Instant
	 * @see org.casenotes.model.impl.CasenotesPackageImpl#getInstant()
	 * @generated
	 */
	int INSTANT = 37;


	/**
	 * Returns the meta object for class '{@link org.casenotes.model.Practice <em>Practice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Practice</em>'.
	 * @see org.casenotes.model.Practice
	 * @generated
	 */
	EClass getPractice();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.Practice#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.casenotes.model.Practice#getName()
	 * @see #getPractice()
	 * @generated
	 */
	EAttribute getPractice_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.Practice#getPractitionerId <em>Practitioner Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Practitioner Id</em>'.
	 * @see org.casenotes.model.Practice#getPractitionerId()
	 * @see #getPractice()
	 * @generated
	 */
	EAttribute getPractice_PractitionerId();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.Practice#getClients <em>Clients</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Clients</em>'.
	 * @see org.casenotes.model.Practice#getClients()
	 * @see #getPractice()
	 * @generated
	 */
	EReference getPractice_Clients();

	/**
	 * Returns the meta object for the containment reference '{@link org.casenotes.model.Practice#getConsultationLog <em>Consultation Log</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Consultation Log</em>'.
	 * @see org.casenotes.model.Practice#getConsultationLog()
	 * @see #getPractice()
	 * @generated
	 */
	EReference getPractice_ConsultationLog();

	/**
	 * Returns the meta object for the containment reference '{@link org.casenotes.model.Practice#getStandard <em>Standard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Standard</em>'.
	 * @see org.casenotes.model.Practice#getStandard()
	 * @see #getPractice()
	 * @generated
	 */
	EReference getPractice_Standard();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.Practice#getShares <em>Shares</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Shares</em>'.
	 * @see org.casenotes.model.Practice#getShares()
	 * @see #getPractice()
	 * @generated
	 */
	EReference getPractice_Shares();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.Practice#getReceived <em>Received</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Received</em>'.
	 * @see org.casenotes.model.Practice#getReceived()
	 * @see #getPractice()
	 * @generated
	 */
	EReference getPractice_Received();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.Client <em>Client</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Client</em>'.
	 * @see org.casenotes.model.Client
	 * @generated
	 */
	EClass getClient();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.Client#getCode <em>Code</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Code</em>'.
	 * @see org.casenotes.model.Client#getCode()
	 * @see #getClient()
	 * @generated
	 */
	EAttribute getClient_Code();

	/**
	 * Returns the meta object for the containment reference '{@link org.casenotes.model.Client#getIdentitySheet <em>Identity Sheet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Identity Sheet</em>'.
	 * @see org.casenotes.model.Client#getIdentitySheet()
	 * @see #getClient()
	 * @generated
	 */
	EReference getClient_IdentitySheet();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.Client#getCaseFiles <em>Case Files</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Case Files</em>'.
	 * @see org.casenotes.model.Client#getCaseFiles()
	 * @see #getClient()
	 * @generated
	 */
	EReference getClient_CaseFiles();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.Client#isArchived <em>Archived</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Archived</em>'.
	 * @see org.casenotes.model.Client#isArchived()
	 * @see #getClient()
	 * @generated
	 */
	EAttribute getClient_Archived();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.IdentitySheet <em>Identity Sheet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Identity Sheet</em>'.
	 * @see org.casenotes.model.IdentitySheet
	 * @generated
	 */
	EClass getIdentitySheet();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.IdentitySheet#getLegalName <em>Legal Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Legal Name</em>'.
	 * @see org.casenotes.model.IdentitySheet#getLegalName()
	 * @see #getIdentitySheet()
	 * @generated
	 */
	EAttribute getIdentitySheet_LegalName();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.IdentitySheet#getPreferredName <em>Preferred Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Preferred Name</em>'.
	 * @see org.casenotes.model.IdentitySheet#getPreferredName()
	 * @see #getIdentitySheet()
	 * @generated
	 */
	EAttribute getIdentitySheet_PreferredName();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.IdentitySheet#getDateOfBirth <em>Date Of Birth</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date Of Birth</em>'.
	 * @see org.casenotes.model.IdentitySheet#getDateOfBirth()
	 * @see #getIdentitySheet()
	 * @generated
	 */
	EAttribute getIdentitySheet_DateOfBirth();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.IdentitySheet#getEmployer <em>Employer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Employer</em>'.
	 * @see org.casenotes.model.IdentitySheet#getEmployer()
	 * @see #getIdentitySheet()
	 * @generated
	 */
	EAttribute getIdentitySheet_Employer();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.IdentitySheet#getSchool <em>School</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>School</em>'.
	 * @see org.casenotes.model.IdentitySheet#getSchool()
	 * @see #getIdentitySheet()
	 * @generated
	 */
	EAttribute getIdentitySheet_School();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.IdentitySheet#getPeople <em>People</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>People</em>'.
	 * @see org.casenotes.model.IdentitySheet#getPeople()
	 * @see #getIdentitySheet()
	 * @generated
	 */
	EReference getIdentitySheet_People();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.IdentitySheet#getPlaces <em>Places</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Places</em>'.
	 * @see org.casenotes.model.IdentitySheet#getPlaces()
	 * @see #getIdentitySheet()
	 * @generated
	 */
	EReference getIdentitySheet_Places();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.IdentitySheet#getContacts <em>Contacts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Contacts</em>'.
	 * @see org.casenotes.model.IdentitySheet#getContacts()
	 * @see #getIdentitySheet()
	 * @generated
	 */
	EReference getIdentitySheet_Contacts();

	/**
	 * Returns the meta object for the attribute list '{@link org.casenotes.model.IdentitySheet#getExtraIdentifiers <em>Extra Identifiers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Extra Identifiers</em>'.
	 * @see org.casenotes.model.IdentitySheet#getExtraIdentifiers()
	 * @see #getIdentitySheet()
	 * @generated
	 */
	EAttribute getIdentitySheet_ExtraIdentifiers();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.KnownPerson <em>Known Person</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Known Person</em>'.
	 * @see org.casenotes.model.KnownPerson
	 * @generated
	 */
	EClass getKnownPerson();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.KnownPerson#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.casenotes.model.KnownPerson#getName()
	 * @see #getKnownPerson()
	 * @generated
	 */
	EAttribute getKnownPerson_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.KnownPerson#getRelation <em>Relation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Relation</em>'.
	 * @see org.casenotes.model.KnownPerson#getRelation()
	 * @see #getKnownPerson()
	 * @generated
	 */
	EAttribute getKnownPerson_Relation();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.KnownPlace <em>Known Place</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Known Place</em>'.
	 * @see org.casenotes.model.KnownPlace
	 * @generated
	 */
	EClass getKnownPlace();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.KnownPlace#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.casenotes.model.KnownPlace#getName()
	 * @see #getKnownPlace()
	 * @generated
	 */
	EAttribute getKnownPlace_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.KnownPlace#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.casenotes.model.KnownPlace#getKind()
	 * @see #getKnownPlace()
	 * @generated
	 */
	EAttribute getKnownPlace_Kind();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.ContactDetail <em>Contact Detail</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Contact Detail</em>'.
	 * @see org.casenotes.model.ContactDetail
	 * @generated
	 */
	EClass getContactDetail();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.ContactDetail#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.casenotes.model.ContactDetail#getKind()
	 * @see #getContactDetail()
	 * @generated
	 */
	EAttribute getContactDetail_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.ContactDetail#getValue <em>Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Value</em>'.
	 * @see org.casenotes.model.ContactDetail#getValue()
	 * @see #getContactDetail()
	 * @generated
	 */
	EAttribute getContactDetail_Value();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.CaseFile <em>Case File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Case File</em>'.
	 * @see org.casenotes.model.CaseFile
	 * @generated
	 */
	EClass getCaseFile();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.CaseFile#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.casenotes.model.CaseFile#getTitle()
	 * @see #getCaseFile()
	 * @generated
	 */
	EAttribute getCaseFile_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.CaseFile#getOpenedOn <em>Opened On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Opened On</em>'.
	 * @see org.casenotes.model.CaseFile#getOpenedOn()
	 * @see #getCaseFile()
	 * @generated
	 */
	EAttribute getCaseFile_OpenedOn();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.CaseFile#getClosedOn <em>Closed On</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Closed On</em>'.
	 * @see org.casenotes.model.CaseFile#getClosedOn()
	 * @see #getCaseFile()
	 * @generated
	 */
	EAttribute getCaseFile_ClosedOn();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.CaseFile#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Notes</em>'.
	 * @see org.casenotes.model.CaseFile#getNotes()
	 * @see #getCaseFile()
	 * @generated
	 */
	EReference getCaseFile_Notes();

	/**
	 * Returns the meta object for the attribute list '{@link org.casenotes.model.CaseFile#getDismissedFindings <em>Dismissed Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Dismissed Findings</em>'.
	 * @see org.casenotes.model.CaseFile#getDismissedFindings()
	 * @see #getCaseFile()
	 * @generated
	 */
	EAttribute getCaseFile_DismissedFindings();

	/**
	 * Returns the meta object for the attribute list '{@link org.casenotes.model.CaseFile#getConfirmedFindings <em>Confirmed Findings</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Confirmed Findings</em>'.
	 * @see org.casenotes.model.CaseFile#getConfirmedFindings()
	 * @see #getCaseFile()
	 * @generated
	 */
	EAttribute getCaseFile_ConfirmedFindings();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.Note <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Note</em>'.
	 * @see org.casenotes.model.Note
	 * @generated
	 */
	EClass getNote();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.Note#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.casenotes.model.Note#getKind()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.Note#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.casenotes.model.Note#getTitle()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.Note#getSessionDate <em>Session Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Session Date</em>'.
	 * @see org.casenotes.model.Note#getSessionDate()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_SessionDate();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.Note#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.casenotes.model.Note#getStatus()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.Note#getSignedBy <em>Signed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signed By</em>'.
	 * @see org.casenotes.model.Note#getSignedBy()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_SignedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.Note#getSignedAt <em>Signed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signed At</em>'.
	 * @see org.casenotes.model.Note#getSignedAt()
	 * @see #getNote()
	 * @generated
	 */
	EAttribute getNote_SignedAt();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.Note#getSections <em>Sections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sections</em>'.
	 * @see org.casenotes.model.Note#getSections()
	 * @see #getNote()
	 * @generated
	 */
	EReference getNote_Sections();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.Note#getAddenda <em>Addenda</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Addenda</em>'.
	 * @see org.casenotes.model.Note#getAddenda()
	 * @see #getNote()
	 * @generated
	 */
	EReference getNote_Addenda();

	/**
	 * Returns the meta object for the reference list '{@link org.casenotes.model.Note#getDecisions <em>Decisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Decisions</em>'.
	 * @see org.casenotes.model.Note#getDecisions()
	 * @see #getNote()
	 * @generated
	 */
	EReference getNote_Decisions();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.Note#getFeedback <em>Feedback</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Feedback</em>'.
	 * @see org.casenotes.model.Note#getFeedback()
	 * @see #getNote()
	 * @generated
	 */
	EReference getNote_Feedback();

	/**
	 * Returns the meta object for the '{@link org.casenotes.model.Note#signatureComplete(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map) <em>Signature Complete</em>}' operation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the '<em>Signature Complete</em>' operation.
	 * @see org.casenotes.model.Note#signatureComplete(org.eclipse.emf.common.util.DiagnosticChain, java.util.Map)
	 * @generated
	 */
	EOperation getNote__SignatureComplete__DiagnosticChain_Map();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.Section <em>Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Section</em>'.
	 * @see org.casenotes.model.Section
	 * @generated
	 */
	EClass getSection();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.Section#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.casenotes.model.Section#getTitle()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.Section#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.casenotes.model.Section#getText()
	 * @see #getSection()
	 * @generated
	 */
	EAttribute getSection_Text();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.Addendum <em>Addendum</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Addendum</em>'.
	 * @see org.casenotes.model.Addendum
	 * @generated
	 */
	EClass getAddendum();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.Addendum#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.casenotes.model.Addendum#getAuthor()
	 * @see #getAddendum()
	 * @generated
	 */
	EAttribute getAddendum_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.Addendum#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.casenotes.model.Addendum#getCreatedAt()
	 * @see #getAddendum()
	 * @generated
	 */
	EAttribute getAddendum_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.Addendum#getReason <em>Reason</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reason</em>'.
	 * @see org.casenotes.model.Addendum#getReason()
	 * @see #getAddendum()
	 * @generated
	 */
	EAttribute getAddendum_Reason();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.Addendum#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.casenotes.model.Addendum#getText()
	 * @see #getAddendum()
	 * @generated
	 */
	EAttribute getAddendum_Text();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.ConsultationLog <em>Consultation Log</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Consultation Log</em>'.
	 * @see org.casenotes.model.ConsultationLog
	 * @generated
	 */
	EClass getConsultationLog();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.ConsultationLog#getDecisions <em>Decisions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Decisions</em>'.
	 * @see org.casenotes.model.ConsultationLog#getDecisions()
	 * @see #getConsultationLog()
	 * @generated
	 */
	EReference getConsultationLog_Decisions();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.BoundaryDecision <em>Boundary Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Boundary Decision</em>'.
	 * @see org.casenotes.model.BoundaryDecision
	 * @generated
	 */
	EClass getBoundaryDecision();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.BoundaryDecision#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.casenotes.model.BoundaryDecision#getCategory()
	 * @see #getBoundaryDecision()
	 * @generated
	 */
	EAttribute getBoundaryDecision_Category();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.BoundaryDecision#getSubcategory <em>Subcategory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Subcategory</em>'.
	 * @see org.casenotes.model.BoundaryDecision#getSubcategory()
	 * @see #getBoundaryDecision()
	 * @generated
	 */
	EAttribute getBoundaryDecision_Subcategory();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.BoundaryDecision#getInitiatedBy <em>Initiated By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Initiated By</em>'.
	 * @see org.casenotes.model.BoundaryDecision#getInitiatedBy()
	 * @see #getBoundaryDecision()
	 * @generated
	 */
	EAttribute getBoundaryDecision_InitiatedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.BoundaryDecision#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.casenotes.model.BoundaryDecision#getDate()
	 * @see #getBoundaryDecision()
	 * @generated
	 */
	EAttribute getBoundaryDecision_Date();

	/**
	 * Returns the meta object for the reference '{@link org.casenotes.model.BoundaryDecision#getClient <em>Client</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Client</em>'.
	 * @see org.casenotes.model.BoundaryDecision#getClient()
	 * @see #getBoundaryDecision()
	 * @generated
	 */
	EReference getBoundaryDecision_Client();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.BoundaryDecision#getFacts <em>Facts</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Facts</em>'.
	 * @see org.casenotes.model.BoundaryDecision#getFacts()
	 * @see #getBoundaryDecision()
	 * @generated
	 */
	EAttribute getBoundaryDecision_Facts();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.BoundaryDecision#getInterpretation <em>Interpretation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Interpretation</em>'.
	 * @see org.casenotes.model.BoundaryDecision#getInterpretation()
	 * @see #getBoundaryDecision()
	 * @generated
	 */
	EAttribute getBoundaryDecision_Interpretation();

	/**
	 * Returns the meta object for the attribute list '{@link org.casenotes.model.BoundaryDecision#getStandardsCited <em>Standards Cited</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Standards Cited</em>'.
	 * @see org.casenotes.model.BoundaryDecision#getStandardsCited()
	 * @see #getBoundaryDecision()
	 * @generated
	 */
	EAttribute getBoundaryDecision_StandardsCited();

	/**
	 * Returns the meta object for the attribute list '{@link org.casenotes.model.BoundaryDecision#getPrinciples <em>Principles</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Principles</em>'.
	 * @see org.casenotes.model.BoundaryDecision#getPrinciples()
	 * @see #getBoundaryDecision()
	 * @generated
	 */
	EAttribute getBoundaryDecision_Principles();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.BoundaryDecision#getRisks <em>Risks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Risks</em>'.
	 * @see org.casenotes.model.BoundaryDecision#getRisks()
	 * @see #getBoundaryDecision()
	 * @generated
	 */
	EAttribute getBoundaryDecision_Risks();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.BoundaryDecision#getBenefits <em>Benefits</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Benefits</em>'.
	 * @see org.casenotes.model.BoundaryDecision#getBenefits()
	 * @see #getBoundaryDecision()
	 * @generated
	 */
	EAttribute getBoundaryDecision_Benefits();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.BoundaryDecision#getOptions <em>Options</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Options</em>'.
	 * @see org.casenotes.model.BoundaryDecision#getOptions()
	 * @see #getBoundaryDecision()
	 * @generated
	 */
	EReference getBoundaryDecision_Options();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.BoundaryDecision#getConsultations <em>Consultations</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Consultations</em>'.
	 * @see org.casenotes.model.BoundaryDecision#getConsultations()
	 * @see #getBoundaryDecision()
	 * @generated
	 */
	EReference getBoundaryDecision_Consultations();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.BoundaryDecision#getDecision <em>Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Decision</em>'.
	 * @see org.casenotes.model.BoundaryDecision#getDecision()
	 * @see #getBoundaryDecision()
	 * @generated
	 */
	EAttribute getBoundaryDecision_Decision();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.BoundaryDecision#getRationale <em>Rationale</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Rationale</em>'.
	 * @see org.casenotes.model.BoundaryDecision#getRationale()
	 * @see #getBoundaryDecision()
	 * @generated
	 */
	EAttribute getBoundaryDecision_Rationale();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.BoundaryDecision#isDocumentedBeforeActing <em>Documented Before Acting</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Documented Before Acting</em>'.
	 * @see org.casenotes.model.BoundaryDecision#isDocumentedBeforeActing()
	 * @see #getBoundaryDecision()
	 * @generated
	 */
	EAttribute getBoundaryDecision_DocumentedBeforeActing();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.BoundaryDecision#getClientDiscussion <em>Client Discussion</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Client Discussion</em>'.
	 * @see org.casenotes.model.BoundaryDecision#getClientDiscussion()
	 * @see #getBoundaryDecision()
	 * @generated
	 */
	EAttribute getBoundaryDecision_ClientDiscussion();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.BoundaryDecision#isConsentObtained <em>Consent Obtained</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Consent Obtained</em>'.
	 * @see org.casenotes.model.BoundaryDecision#isConsentObtained()
	 * @see #getBoundaryDecision()
	 * @generated
	 */
	EAttribute getBoundaryDecision_ConsentObtained();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.BoundaryDecision#getPrecautions <em>Precautions</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Precautions</em>'.
	 * @see org.casenotes.model.BoundaryDecision#getPrecautions()
	 * @see #getBoundaryDecision()
	 * @generated
	 */
	EAttribute getBoundaryDecision_Precautions();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.BoundaryDecision#getFollowUpDate <em>Follow Up Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Follow Up Date</em>'.
	 * @see org.casenotes.model.BoundaryDecision#getFollowUpDate()
	 * @see #getBoundaryDecision()
	 * @generated
	 */
	EAttribute getBoundaryDecision_FollowUpDate();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.BoundaryDecision#getFollowUpOutcome <em>Follow Up Outcome</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Follow Up Outcome</em>'.
	 * @see org.casenotes.model.BoundaryDecision#getFollowUpOutcome()
	 * @see #getBoundaryDecision()
	 * @generated
	 */
	EAttribute getBoundaryDecision_FollowUpOutcome();

	/**
	 * Returns the meta object for the reference list '{@link org.casenotes.model.BoundaryDecision#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference list '<em>Notes</em>'.
	 * @see org.casenotes.model.BoundaryDecision#getNotes()
	 * @see #getBoundaryDecision()
	 * @generated
	 */
	EReference getBoundaryDecision_Notes();

	/**
	 * Returns the meta object for the containment reference '{@link org.casenotes.model.BoundaryDecision#getConfidentialityException <em>Confidentiality Exception</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Confidentiality Exception</em>'.
	 * @see org.casenotes.model.BoundaryDecision#getConfidentialityException()
	 * @see #getBoundaryDecision()
	 * @generated
	 */
	EReference getBoundaryDecision_ConfidentialityException();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.BoundaryDecision#getStatus <em>Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Status</em>'.
	 * @see org.casenotes.model.BoundaryDecision#getStatus()
	 * @see #getBoundaryDecision()
	 * @generated
	 */
	EAttribute getBoundaryDecision_Status();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.BoundaryDecision#getSignedBy <em>Signed By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signed By</em>'.
	 * @see org.casenotes.model.BoundaryDecision#getSignedBy()
	 * @see #getBoundaryDecision()
	 * @generated
	 */
	EAttribute getBoundaryDecision_SignedBy();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.BoundaryDecision#getSignedAt <em>Signed At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Signed At</em>'.
	 * @see org.casenotes.model.BoundaryDecision#getSignedAt()
	 * @see #getBoundaryDecision()
	 * @generated
	 */
	EAttribute getBoundaryDecision_SignedAt();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.BoundaryDecision#getAddenda <em>Addenda</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Addenda</em>'.
	 * @see org.casenotes.model.BoundaryDecision#getAddenda()
	 * @see #getBoundaryDecision()
	 * @generated
	 */
	EReference getBoundaryDecision_Addenda();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.DecisionOption <em>Decision Option</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Decision Option</em>'.
	 * @see org.casenotes.model.DecisionOption
	 * @generated
	 */
	EClass getDecisionOption();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.DecisionOption#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see org.casenotes.model.DecisionOption#getDescription()
	 * @see #getDecisionOption()
	 * @generated
	 */
	EAttribute getDecisionOption_Description();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.DecisionOption#getConsequences <em>Consequences</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Consequences</em>'.
	 * @see org.casenotes.model.DecisionOption#getConsequences()
	 * @see #getDecisionOption()
	 * @generated
	 */
	EAttribute getDecisionOption_Consequences();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.DecisionOption#isChosen <em>Chosen</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Chosen</em>'.
	 * @see org.casenotes.model.DecisionOption#isChosen()
	 * @see #getDecisionOption()
	 * @generated
	 */
	EAttribute getDecisionOption_Chosen();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.Consultation <em>Consultation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Consultation</em>'.
	 * @see org.casenotes.model.Consultation
	 * @generated
	 */
	EClass getConsultation();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.Consultation#getConsultantRole <em>Consultant Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Consultant Role</em>'.
	 * @see org.casenotes.model.Consultation#getConsultantRole()
	 * @see #getConsultation()
	 * @generated
	 */
	EAttribute getConsultation_ConsultantRole();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.Consultation#getConsultantName <em>Consultant Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Consultant Name</em>'.
	 * @see org.casenotes.model.Consultation#getConsultantName()
	 * @see #getConsultation()
	 * @generated
	 */
	EAttribute getConsultation_ConsultantName();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.Consultation#getDate <em>Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Date</em>'.
	 * @see org.casenotes.model.Consultation#getDate()
	 * @see #getConsultation()
	 * @generated
	 */
	EAttribute getConsultation_Date();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.Consultation#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see org.casenotes.model.Consultation#getMode()
	 * @see #getConsultation()
	 * @generated
	 */
	EAttribute getConsultation_Mode();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.Consultation#getDisclosed <em>Disclosed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disclosed</em>'.
	 * @see org.casenotes.model.Consultation#getDisclosed()
	 * @see #getConsultation()
	 * @generated
	 */
	EAttribute getConsultation_Disclosed();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.Consultation#isDeidentified <em>Deidentified</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Deidentified</em>'.
	 * @see org.casenotes.model.Consultation#isDeidentified()
	 * @see #getConsultation()
	 * @generated
	 */
	EAttribute getConsultation_Deidentified();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.Consultation#getAdvice <em>Advice</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Advice</em>'.
	 * @see org.casenotes.model.Consultation#getAdvice()
	 * @see #getConsultation()
	 * @generated
	 */
	EAttribute getConsultation_Advice();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.Consultation#isAdviceFollowed <em>Advice Followed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Advice Followed</em>'.
	 * @see org.casenotes.model.Consultation#isAdviceFollowed()
	 * @see #getConsultation()
	 * @generated
	 */
	EAttribute getConsultation_AdviceFollowed();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.ConfidentialityException <em>Confidentiality Exception</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Confidentiality Exception</em>'.
	 * @see org.casenotes.model.ConfidentialityException
	 * @generated
	 */
	EClass getConfidentialityException();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.ConfidentialityException#getThreat <em>Threat</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Threat</em>'.
	 * @see org.casenotes.model.ConfidentialityException#getThreat()
	 * @see #getConfidentialityException()
	 * @generated
	 */
	EAttribute getConfidentialityException_Threat();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.ConfidentialityException#getPersonAtRisk <em>Person At Risk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Person At Risk</em>'.
	 * @see org.casenotes.model.ConfidentialityException#getPersonAtRisk()
	 * @see #getConfidentialityException()
	 * @generated
	 */
	EAttribute getConfidentialityException_PersonAtRisk();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.ConfidentialityException#getImminence <em>Imminence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Imminence</em>'.
	 * @see org.casenotes.model.ConfidentialityException#getImminence()
	 * @see #getConfidentialityException()
	 * @generated
	 */
	EAttribute getConfidentialityException_Imminence();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.ConfidentialityException#getLegalBasis <em>Legal Basis</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Legal Basis</em>'.
	 * @see org.casenotes.model.ConfidentialityException#getLegalBasis()
	 * @see #getConfidentialityException()
	 * @generated
	 */
	EAttribute getConfidentialityException_LegalBasis();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.ConfidentialityException#getWhoWasTold <em>Who Was Told</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Who Was Told</em>'.
	 * @see org.casenotes.model.ConfidentialityException#getWhoWasTold()
	 * @see #getConfidentialityException()
	 * @generated
	 */
	EAttribute getConfidentialityException_WhoWasTold();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.ConfidentialityException#getToldAt <em>Told At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Told At</em>'.
	 * @see org.casenotes.model.ConfidentialityException#getToldAt()
	 * @see #getConfidentialityException()
	 * @generated
	 */
	EAttribute getConfidentialityException_ToldAt();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.PracticeStandard <em>Practice Standard</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Practice Standard</em>'.
	 * @see org.casenotes.model.PracticeStandard
	 * @generated
	 */
	EClass getPracticeStandard();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.PracticeStandard#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see org.casenotes.model.PracticeStandard#getName()
	 * @see #getPracticeStandard()
	 * @generated
	 */
	EAttribute getPracticeStandard_Name();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.PracticeStandard#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see org.casenotes.model.PracticeStandard#getVersion()
	 * @see #getPracticeStandard()
	 * @generated
	 */
	EAttribute getPracticeStandard_Version();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.PracticeStandard#getIssuedBy <em>Issued By</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Issued By</em>'.
	 * @see org.casenotes.model.PracticeStandard#getIssuedBy()
	 * @see #getPracticeStandard()
	 * @generated
	 */
	EAttribute getPracticeStandard_IssuedBy();

	/**
	 * Returns the meta object for the attribute list '{@link org.casenotes.model.PracticeStandard#getRequiredCategories <em>Required Categories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Required Categories</em>'.
	 * @see org.casenotes.model.PracticeStandard#getRequiredCategories()
	 * @see #getPracticeStandard()
	 * @generated
	 */
	EAttribute getPracticeStandard_RequiredCategories();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.PracticeStandard#getRequirements <em>Requirements</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Requirements</em>'.
	 * @see org.casenotes.model.PracticeStandard#getRequirements()
	 * @see #getPracticeStandard()
	 * @generated
	 */
	EReference getPracticeStandard_Requirements();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.StandardRequirement <em>Standard Requirement</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Standard Requirement</em>'.
	 * @see org.casenotes.model.StandardRequirement
	 * @generated
	 */
	EClass getStandardRequirement();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.StandardRequirement#getCategory <em>Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Category</em>'.
	 * @see org.casenotes.model.StandardRequirement#getCategory()
	 * @see #getStandardRequirement()
	 * @generated
	 */
	EAttribute getStandardRequirement_Category();

	/**
	 * Returns the meta object for the attribute list '{@link org.casenotes.model.StandardRequirement#getFields <em>Fields</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Fields</em>'.
	 * @see org.casenotes.model.StandardRequirement#getFields()
	 * @see #getStandardRequirement()
	 * @generated
	 */
	EAttribute getStandardRequirement_Fields();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.SharePacket <em>Share Packet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Share Packet</em>'.
	 * @see org.casenotes.model.SharePacket
	 * @generated
	 */
	EClass getSharePacket();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.SharePacket#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see org.casenotes.model.SharePacket#getFormatVersion()
	 * @see #getSharePacket()
	 * @generated
	 */
	EAttribute getSharePacket_FormatVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.SharePacket#getPacketId <em>Packet Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Packet Id</em>'.
	 * @see org.casenotes.model.SharePacket#getPacketId()
	 * @see #getSharePacket()
	 * @generated
	 */
	EAttribute getSharePacket_PacketId();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.SharePacket#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.casenotes.model.SharePacket#getCreatedAt()
	 * @see #getSharePacket()
	 * @generated
	 */
	EAttribute getSharePacket_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.SharePacket#getSender <em>Sender</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Sender</em>'.
	 * @see org.casenotes.model.SharePacket#getSender()
	 * @see #getSharePacket()
	 * @generated
	 */
	EAttribute getSharePacket_Sender();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.SharePacket#getRecipient <em>Recipient</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recipient</em>'.
	 * @see org.casenotes.model.SharePacket#getRecipient()
	 * @see #getSharePacket()
	 * @generated
	 */
	EAttribute getSharePacket_Recipient();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.SharePacket#getRecipientKind <em>Recipient Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recipient Kind</em>'.
	 * @see org.casenotes.model.SharePacket#getRecipientKind()
	 * @see #getSharePacket()
	 * @generated
	 */
	EAttribute getSharePacket_RecipientKind();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.SharePacket#getPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose</em>'.
	 * @see org.casenotes.model.SharePacket#getPurpose()
	 * @see #getSharePacket()
	 * @generated
	 */
	EAttribute getSharePacket_Purpose();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.SharePacket#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Notes</em>'.
	 * @see org.casenotes.model.SharePacket#getNotes()
	 * @see #getSharePacket()
	 * @generated
	 */
	EReference getSharePacket_Notes();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.SharedNote <em>Shared Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Shared Note</em>'.
	 * @see org.casenotes.model.SharedNote
	 * @generated
	 */
	EClass getSharedNote();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.SharedNote#getSharedId <em>Shared Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shared Id</em>'.
	 * @see org.casenotes.model.SharedNote#getSharedId()
	 * @see #getSharedNote()
	 * @generated
	 */
	EAttribute getSharedNote_SharedId();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.SharedNote#getClientLabel <em>Client Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Client Label</em>'.
	 * @see org.casenotes.model.SharedNote#getClientLabel()
	 * @see #getSharedNote()
	 * @generated
	 */
	EAttribute getSharedNote_ClientLabel();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.SharedNote#getKind <em>Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kind</em>'.
	 * @see org.casenotes.model.SharedNote#getKind()
	 * @see #getSharedNote()
	 * @generated
	 */
	EAttribute getSharedNote_Kind();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.SharedNote#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see org.casenotes.model.SharedNote#getTitle()
	 * @see #getSharedNote()
	 * @generated
	 */
	EAttribute getSharedNote_Title();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.SharedNote#getSessionDate <em>Session Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Session Date</em>'.
	 * @see org.casenotes.model.SharedNote#getSessionDate()
	 * @see #getSharedNote()
	 * @generated
	 */
	EAttribute getSharedNote_SessionDate();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.SharedNote#getSections <em>Sections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Sections</em>'.
	 * @see org.casenotes.model.SharedNote#getSections()
	 * @see #getSharedNote()
	 * @generated
	 */
	EReference getSharedNote_Sections();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.ShareRecord <em>Share Record</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Share Record</em>'.
	 * @see org.casenotes.model.ShareRecord
	 * @generated
	 */
	EClass getShareRecord();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.ShareRecord#getPacketId <em>Packet Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Packet Id</em>'.
	 * @see org.casenotes.model.ShareRecord#getPacketId()
	 * @see #getShareRecord()
	 * @generated
	 */
	EAttribute getShareRecord_PacketId();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.ShareRecord#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.casenotes.model.ShareRecord#getCreatedAt()
	 * @see #getShareRecord()
	 * @generated
	 */
	EAttribute getShareRecord_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.ShareRecord#getRecipient <em>Recipient</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recipient</em>'.
	 * @see org.casenotes.model.ShareRecord#getRecipient()
	 * @see #getShareRecord()
	 * @generated
	 */
	EAttribute getShareRecord_Recipient();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.ShareRecord#getRecipientKind <em>Recipient Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Recipient Kind</em>'.
	 * @see org.casenotes.model.ShareRecord#getRecipientKind()
	 * @see #getShareRecord()
	 * @generated
	 */
	EAttribute getShareRecord_RecipientKind();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.ShareRecord#getPurpose <em>Purpose</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Purpose</em>'.
	 * @see org.casenotes.model.ShareRecord#getPurpose()
	 * @see #getShareRecord()
	 * @generated
	 */
	EAttribute getShareRecord_Purpose();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.ShareRecord#getContentHash <em>Content Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content Hash</em>'.
	 * @see org.casenotes.model.ShareRecord#getContentHash()
	 * @see #getShareRecord()
	 * @generated
	 */
	EAttribute getShareRecord_ContentHash();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.ShareRecord#getPseudonyms <em>Pseudonyms</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pseudonyms</em>'.
	 * @see org.casenotes.model.ShareRecord#getPseudonyms()
	 * @see #getShareRecord()
	 * @generated
	 */
	EAttribute getShareRecord_Pseudonyms();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.ShareRecord#getNotes <em>Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Notes</em>'.
	 * @see org.casenotes.model.ShareRecord#getNotes()
	 * @see #getShareRecord()
	 * @generated
	 */
	EReference getShareRecord_Notes();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.SharedNoteLink <em>Shared Note Link</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Shared Note Link</em>'.
	 * @see org.casenotes.model.SharedNoteLink
	 * @generated
	 */
	EClass getSharedNoteLink();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.SharedNoteLink#getSharedId <em>Shared Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shared Id</em>'.
	 * @see org.casenotes.model.SharedNoteLink#getSharedId()
	 * @see #getSharedNoteLink()
	 * @generated
	 */
	EAttribute getSharedNoteLink_SharedId();

	/**
	 * Returns the meta object for the reference '{@link org.casenotes.model.SharedNoteLink#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Note</em>'.
	 * @see org.casenotes.model.SharedNoteLink#getNote()
	 * @see #getSharedNoteLink()
	 * @generated
	 */
	EReference getSharedNoteLink_Note();

	/**
	 * Returns the meta object for the attribute list '{@link org.casenotes.model.SharedNoteLink#getAlignments <em>Alignments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Alignments</em>'.
	 * @see org.casenotes.model.SharedNoteLink#getAlignments()
	 * @see #getSharedNoteLink()
	 * @generated
	 */
	EAttribute getSharedNoteLink_Alignments();

	/**
	 * Returns the meta object for the attribute list '{@link org.casenotes.model.SharedNoteLink#getSections <em>Sections</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Sections</em>'.
	 * @see org.casenotes.model.SharedNoteLink#getSections()
	 * @see #getSharedNoteLink()
	 * @generated
	 */
	EAttribute getSharedNoteLink_Sections();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.ReceivedPacket <em>Received Packet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Received Packet</em>'.
	 * @see org.casenotes.model.ReceivedPacket
	 * @generated
	 */
	EClass getReceivedPacket();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.ReceivedPacket#getImportedAt <em>Imported At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Imported At</em>'.
	 * @see org.casenotes.model.ReceivedPacket#getImportedAt()
	 * @see #getReceivedPacket()
	 * @generated
	 */
	EAttribute getReceivedPacket_ImportedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.ReceivedPacket#getContentHash <em>Content Hash</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Content Hash</em>'.
	 * @see org.casenotes.model.ReceivedPacket#getContentHash()
	 * @see #getReceivedPacket()
	 * @generated
	 */
	EAttribute getReceivedPacket_ContentHash();

	/**
	 * Returns the meta object for the containment reference '{@link org.casenotes.model.ReceivedPacket#getPacket <em>Packet</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Packet</em>'.
	 * @see org.casenotes.model.ReceivedPacket#getPacket()
	 * @see #getReceivedPacket()
	 * @generated
	 */
	EReference getReceivedPacket_Packet();

	/**
	 * Returns the meta object for the containment reference '{@link org.casenotes.model.ReceivedPacket#getFeedback <em>Feedback</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Feedback</em>'.
	 * @see org.casenotes.model.ReceivedPacket#getFeedback()
	 * @see #getReceivedPacket()
	 * @generated
	 */
	EReference getReceivedPacket_Feedback();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.ReceivedPacket#getExportedAt <em>Exported At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Exported At</em>'.
	 * @see org.casenotes.model.ReceivedPacket#getExportedAt()
	 * @see #getReceivedPacket()
	 * @generated
	 */
	EAttribute getReceivedPacket_ExportedAt();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.Feedback <em>Feedback</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Feedback</em>'.
	 * @see org.casenotes.model.Feedback
	 * @generated
	 */
	EClass getFeedback();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.Feedback#getFormatVersion <em>Format Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format Version</em>'.
	 * @see org.casenotes.model.Feedback#getFormatVersion()
	 * @see #getFeedback()
	 * @generated
	 */
	EAttribute getFeedback_FormatVersion();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.Feedback#getPacketId <em>Packet Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Packet Id</em>'.
	 * @see org.casenotes.model.Feedback#getPacketId()
	 * @see #getFeedback()
	 * @generated
	 */
	EAttribute getFeedback_PacketId();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.Feedback#getReviewer <em>Reviewer</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reviewer</em>'.
	 * @see org.casenotes.model.Feedback#getReviewer()
	 * @see #getFeedback()
	 * @generated
	 */
	EAttribute getFeedback_Reviewer();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.Feedback#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.casenotes.model.Feedback#getCreatedAt()
	 * @see #getFeedback()
	 * @generated
	 */
	EAttribute getFeedback_CreatedAt();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.Feedback#getAssessment <em>Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Assessment</em>'.
	 * @see org.casenotes.model.Feedback#getAssessment()
	 * @see #getFeedback()
	 * @generated
	 */
	EAttribute getFeedback_Assessment();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.Feedback#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see org.casenotes.model.Feedback#getSummary()
	 * @see #getFeedback()
	 * @generated
	 */
	EAttribute getFeedback_Summary();

	/**
	 * Returns the meta object for the containment reference list '{@link org.casenotes.model.Feedback#getComments <em>Comments</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Comments</em>'.
	 * @see org.casenotes.model.Feedback#getComments()
	 * @see #getFeedback()
	 * @generated
	 */
	EReference getFeedback_Comments();

	/**
	 * Returns the meta object for class '{@link org.casenotes.model.ReviewComment <em>Review Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Review Comment</em>'.
	 * @see org.casenotes.model.ReviewComment
	 * @generated
	 */
	EClass getReviewComment();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.ReviewComment#getSharedId <em>Shared Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shared Id</em>'.
	 * @see org.casenotes.model.ReviewComment#getSharedId()
	 * @see #getReviewComment()
	 * @generated
	 */
	EAttribute getReviewComment_SharedId();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.ReviewComment#getSection <em>Section</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Section</em>'.
	 * @see org.casenotes.model.ReviewComment#getSection()
	 * @see #getReviewComment()
	 * @generated
	 */
	EAttribute getReviewComment_Section();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.ReviewComment#getStart <em>Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Start</em>'.
	 * @see org.casenotes.model.ReviewComment#getStart()
	 * @see #getReviewComment()
	 * @generated
	 */
	EAttribute getReviewComment_Start();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.ReviewComment#getEnd <em>End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>End</em>'.
	 * @see org.casenotes.model.ReviewComment#getEnd()
	 * @see #getReviewComment()
	 * @generated
	 */
	EAttribute getReviewComment_End();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.ReviewComment#getQuote <em>Quote</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Quote</em>'.
	 * @see org.casenotes.model.ReviewComment#getQuote()
	 * @see #getReviewComment()
	 * @generated
	 */
	EAttribute getReviewComment_Quote();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.ReviewComment#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see org.casenotes.model.ReviewComment#getText()
	 * @see #getReviewComment()
	 * @generated
	 */
	EAttribute getReviewComment_Text();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.ReviewComment#getAuthor <em>Author</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Author</em>'.
	 * @see org.casenotes.model.ReviewComment#getAuthor()
	 * @see #getReviewComment()
	 * @generated
	 */
	EAttribute getReviewComment_Author();

	/**
	 * Returns the meta object for the attribute '{@link org.casenotes.model.ReviewComment#getCreatedAt <em>Created At</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Created At</em>'.
	 * @see org.casenotes.model.ReviewComment#getCreatedAt()
	 * @see #getReviewComment()
	 * @generated
	 */
	EAttribute getReviewComment_CreatedAt();

	/**
	 * Returns the meta object for enum '{@link org.casenotes.model.PlaceKind <em>Place Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Place Kind</em>'.
	 * @see org.casenotes.model.PlaceKind
	 * @generated
	 */
	EEnum getPlaceKind();

	/**
	 * Returns the meta object for enum '{@link org.casenotes.model.ContactKind <em>Contact Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Contact Kind</em>'.
	 * @see org.casenotes.model.ContactKind
	 * @generated
	 */
	EEnum getContactKind();

	/**
	 * Returns the meta object for enum '{@link org.casenotes.model.NoteKind <em>Note Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Note Kind</em>'.
	 * @see org.casenotes.model.NoteKind
	 * @generated
	 */
	EEnum getNoteKind();

	/**
	 * Returns the meta object for enum '{@link org.casenotes.model.NoteStatus <em>Note Status</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Note Status</em>'.
	 * @see org.casenotes.model.NoteStatus
	 * @generated
	 */
	EEnum getNoteStatus();

	/**
	 * Returns the meta object for enum '{@link org.casenotes.model.BoundaryCategory <em>Boundary Category</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Boundary Category</em>'.
	 * @see org.casenotes.model.BoundaryCategory
	 * @generated
	 */
	EEnum getBoundaryCategory();

	/**
	 * Returns the meta object for enum '{@link org.casenotes.model.Initiator <em>Initiator</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Initiator</em>'.
	 * @see org.casenotes.model.Initiator
	 * @generated
	 */
	EEnum getInitiator();

	/**
	 * Returns the meta object for enum '{@link org.casenotes.model.Principle <em>Principle</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Principle</em>'.
	 * @see org.casenotes.model.Principle
	 * @generated
	 */
	EEnum getPrinciple();

	/**
	 * Returns the meta object for enum '{@link org.casenotes.model.ConsultantRole <em>Consultant Role</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Consultant Role</em>'.
	 * @see org.casenotes.model.ConsultantRole
	 * @generated
	 */
	EEnum getConsultantRole();

	/**
	 * Returns the meta object for enum '{@link org.casenotes.model.ConsultationMode <em>Consultation Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Consultation Mode</em>'.
	 * @see org.casenotes.model.ConsultationMode
	 * @generated
	 */
	EEnum getConsultationMode();

	/**
	 * Returns the meta object for enum '{@link org.casenotes.model.Imminence <em>Imminence</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Imminence</em>'.
	 * @see org.casenotes.model.Imminence
	 * @generated
	 */
	EEnum getImminence();

	/**
	 * Returns the meta object for enum '{@link org.casenotes.model.RecipientKind <em>Recipient Kind</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Recipient Kind</em>'.
	 * @see org.casenotes.model.RecipientKind
	 * @generated
	 */
	EEnum getRecipientKind();

	/**
	 * Returns the meta object for enum '{@link org.casenotes.model.Assessment <em>Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Assessment</em>'.
	 * @see org.casenotes.model.Assessment
	 * @generated
	 */
	EEnum getAssessment();

	/**
	 * Returns the meta object for data type '{@link java.time.LocalDate <em>Local Date</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
     * <!-- begin-model-doc -->
     * A calendar date without a time zone (a session date is a day, not an instant).
     * <!-- end-model-doc -->
	 * @return the meta object for data type '<em>Local Date</em>'.
	 * @see java.time.LocalDate
	 * @model instanceClass="java.time.LocalDate"
	 * @generated
	 */
	EDataType getLocalDate();

	/**
	 * Returns the meta object for data type '{@link java.time.Instant <em>Instant</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for data type '<em>Instant</em>'.
	 * @see java.time.Instant
	 * @model instanceClass="java.time.Instant"
	 * @generated
	 */
	EDataType getInstant();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	CasenotesFactory getCasenotesFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link org.casenotes.model.impl.PracticeImpl <em>Practice</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.impl.PracticeImpl
		 * @see org.casenotes.model.impl.CasenotesPackageImpl#getPractice()
		 * @generated
		 */
		EClass PRACTICE = eINSTANCE.getPractice();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRACTICE__NAME = eINSTANCE.getPractice_Name();

		/**
		 * The meta object literal for the '<em><b>Practitioner Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRACTICE__PRACTITIONER_ID = eINSTANCE.getPractice_PractitionerId();

		/**
		 * The meta object literal for the '<em><b>Clients</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRACTICE__CLIENTS = eINSTANCE.getPractice_Clients();

		/**
		 * The meta object literal for the '<em><b>Consultation Log</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRACTICE__CONSULTATION_LOG = eINSTANCE.getPractice_ConsultationLog();

		/**
		 * The meta object literal for the '<em><b>Standard</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRACTICE__STANDARD = eINSTANCE.getPractice_Standard();

		/**
		 * The meta object literal for the '<em><b>Shares</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRACTICE__SHARES = eINSTANCE.getPractice_Shares();

		/**
		 * The meta object literal for the '<em><b>Received</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRACTICE__RECEIVED = eINSTANCE.getPractice_Received();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.impl.ClientImpl <em>Client</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.impl.ClientImpl
		 * @see org.casenotes.model.impl.CasenotesPackageImpl#getClient()
		 * @generated
		 */
		EClass CLIENT = eINSTANCE.getClient();

		/**
		 * The meta object literal for the '<em><b>Code</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT__CODE = eINSTANCE.getClient_Code();

		/**
		 * The meta object literal for the '<em><b>Identity Sheet</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLIENT__IDENTITY_SHEET = eINSTANCE.getClient_IdentitySheet();

		/**
		 * The meta object literal for the '<em><b>Case Files</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CLIENT__CASE_FILES = eINSTANCE.getClient_CaseFiles();

		/**
		 * The meta object literal for the '<em><b>Archived</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CLIENT__ARCHIVED = eINSTANCE.getClient_Archived();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.impl.IdentitySheetImpl <em>Identity Sheet</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.impl.IdentitySheetImpl
		 * @see org.casenotes.model.impl.CasenotesPackageImpl#getIdentitySheet()
		 * @generated
		 */
		EClass IDENTITY_SHEET = eINSTANCE.getIdentitySheet();

		/**
		 * The meta object literal for the '<em><b>Legal Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTITY_SHEET__LEGAL_NAME = eINSTANCE.getIdentitySheet_LegalName();

		/**
		 * The meta object literal for the '<em><b>Preferred Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTITY_SHEET__PREFERRED_NAME = eINSTANCE.getIdentitySheet_PreferredName();

		/**
		 * The meta object literal for the '<em><b>Date Of Birth</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTITY_SHEET__DATE_OF_BIRTH = eINSTANCE.getIdentitySheet_DateOfBirth();

		/**
		 * The meta object literal for the '<em><b>Employer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTITY_SHEET__EMPLOYER = eINSTANCE.getIdentitySheet_Employer();

		/**
		 * The meta object literal for the '<em><b>School</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTITY_SHEET__SCHOOL = eINSTANCE.getIdentitySheet_School();

		/**
		 * The meta object literal for the '<em><b>People</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IDENTITY_SHEET__PEOPLE = eINSTANCE.getIdentitySheet_People();

		/**
		 * The meta object literal for the '<em><b>Places</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IDENTITY_SHEET__PLACES = eINSTANCE.getIdentitySheet_Places();

		/**
		 * The meta object literal for the '<em><b>Contacts</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference IDENTITY_SHEET__CONTACTS = eINSTANCE.getIdentitySheet_Contacts();

		/**
		 * The meta object literal for the '<em><b>Extra Identifiers</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute IDENTITY_SHEET__EXTRA_IDENTIFIERS = eINSTANCE.getIdentitySheet_ExtraIdentifiers();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.impl.KnownPersonImpl <em>Known Person</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.impl.KnownPersonImpl
		 * @see org.casenotes.model.impl.CasenotesPackageImpl#getKnownPerson()
		 * @generated
		 */
		EClass KNOWN_PERSON = eINSTANCE.getKnownPerson();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWN_PERSON__NAME = eINSTANCE.getKnownPerson_Name();

		/**
		 * The meta object literal for the '<em><b>Relation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWN_PERSON__RELATION = eINSTANCE.getKnownPerson_Relation();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.impl.KnownPlaceImpl <em>Known Place</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.impl.KnownPlaceImpl
		 * @see org.casenotes.model.impl.CasenotesPackageImpl#getKnownPlace()
		 * @generated
		 */
		EClass KNOWN_PLACE = eINSTANCE.getKnownPlace();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWN_PLACE__NAME = eINSTANCE.getKnownPlace_Name();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KNOWN_PLACE__KIND = eINSTANCE.getKnownPlace_Kind();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.impl.ContactDetailImpl <em>Contact Detail</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.impl.ContactDetailImpl
		 * @see org.casenotes.model.impl.CasenotesPackageImpl#getContactDetail()
		 * @generated
		 */
		EClass CONTACT_DETAIL = eINSTANCE.getContactDetail();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_DETAIL__KIND = eINSTANCE.getContactDetail_Kind();

		/**
		 * The meta object literal for the '<em><b>Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONTACT_DETAIL__VALUE = eINSTANCE.getContactDetail_Value();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.impl.CaseFileImpl <em>Case File</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.impl.CaseFileImpl
		 * @see org.casenotes.model.impl.CasenotesPackageImpl#getCaseFile()
		 * @generated
		 */
		EClass CASE_FILE = eINSTANCE.getCaseFile();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_FILE__TITLE = eINSTANCE.getCaseFile_Title();

		/**
		 * The meta object literal for the '<em><b>Opened On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_FILE__OPENED_ON = eINSTANCE.getCaseFile_OpenedOn();

		/**
		 * The meta object literal for the '<em><b>Closed On</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_FILE__CLOSED_ON = eINSTANCE.getCaseFile_ClosedOn();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CASE_FILE__NOTES = eINSTANCE.getCaseFile_Notes();

		/**
		 * The meta object literal for the '<em><b>Dismissed Findings</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_FILE__DISMISSED_FINDINGS = eINSTANCE.getCaseFile_DismissedFindings();

		/**
		 * The meta object literal for the '<em><b>Confirmed Findings</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CASE_FILE__CONFIRMED_FINDINGS = eINSTANCE.getCaseFile_ConfirmedFindings();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.impl.NoteImpl <em>Note</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.impl.NoteImpl
		 * @see org.casenotes.model.impl.CasenotesPackageImpl#getNote()
		 * @generated
		 */
		EClass NOTE = eINSTANCE.getNote();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__KIND = eINSTANCE.getNote_Kind();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__TITLE = eINSTANCE.getNote_Title();

		/**
		 * The meta object literal for the '<em><b>Session Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__SESSION_DATE = eINSTANCE.getNote_SessionDate();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__STATUS = eINSTANCE.getNote_Status();

		/**
		 * The meta object literal for the '<em><b>Signed By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__SIGNED_BY = eINSTANCE.getNote_SignedBy();

		/**
		 * The meta object literal for the '<em><b>Signed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NOTE__SIGNED_AT = eINSTANCE.getNote_SignedAt();

		/**
		 * The meta object literal for the '<em><b>Sections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NOTE__SECTIONS = eINSTANCE.getNote_Sections();

		/**
		 * The meta object literal for the '<em><b>Addenda</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NOTE__ADDENDA = eINSTANCE.getNote_Addenda();

		/**
		 * The meta object literal for the '<em><b>Decisions</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NOTE__DECISIONS = eINSTANCE.getNote_Decisions();

		/**
		 * The meta object literal for the '<em><b>Feedback</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NOTE__FEEDBACK = eINSTANCE.getNote_Feedback();

		/**
		 * The meta object literal for the '<em><b>Signature Complete</b></em>' operation.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EOperation NOTE___SIGNATURE_COMPLETE__DIAGNOSTICCHAIN_MAP = eINSTANCE.getNote__SignatureComplete__DiagnosticChain_Map();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.impl.SectionImpl <em>Section</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.impl.SectionImpl
		 * @see org.casenotes.model.impl.CasenotesPackageImpl#getSection()
		 * @generated
		 */
		EClass SECTION = eINSTANCE.getSection();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__TITLE = eINSTANCE.getSection_Title();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SECTION__TEXT = eINSTANCE.getSection_Text();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.impl.AddendumImpl <em>Addendum</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.impl.AddendumImpl
		 * @see org.casenotes.model.impl.CasenotesPackageImpl#getAddendum()
		 * @generated
		 */
		EClass ADDENDUM = eINSTANCE.getAddendum();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDENDUM__AUTHOR = eINSTANCE.getAddendum_Author();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDENDUM__CREATED_AT = eINSTANCE.getAddendum_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Reason</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDENDUM__REASON = eINSTANCE.getAddendum_Reason();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute ADDENDUM__TEXT = eINSTANCE.getAddendum_Text();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.impl.ConsultationLogImpl <em>Consultation Log</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.impl.ConsultationLogImpl
		 * @see org.casenotes.model.impl.CasenotesPackageImpl#getConsultationLog()
		 * @generated
		 */
		EClass CONSULTATION_LOG = eINSTANCE.getConsultationLog();

		/**
		 * The meta object literal for the '<em><b>Decisions</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference CONSULTATION_LOG__DECISIONS = eINSTANCE.getConsultationLog_Decisions();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.impl.BoundaryDecisionImpl <em>Boundary Decision</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.impl.BoundaryDecisionImpl
		 * @see org.casenotes.model.impl.CasenotesPackageImpl#getBoundaryDecision()
		 * @generated
		 */
		EClass BOUNDARY_DECISION = eINSTANCE.getBoundaryDecision();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDARY_DECISION__CATEGORY = eINSTANCE.getBoundaryDecision_Category();

		/**
		 * The meta object literal for the '<em><b>Subcategory</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDARY_DECISION__SUBCATEGORY = eINSTANCE.getBoundaryDecision_Subcategory();

		/**
		 * The meta object literal for the '<em><b>Initiated By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDARY_DECISION__INITIATED_BY = eINSTANCE.getBoundaryDecision_InitiatedBy();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDARY_DECISION__DATE = eINSTANCE.getBoundaryDecision_Date();

		/**
		 * The meta object literal for the '<em><b>Client</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BOUNDARY_DECISION__CLIENT = eINSTANCE.getBoundaryDecision_Client();

		/**
		 * The meta object literal for the '<em><b>Facts</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDARY_DECISION__FACTS = eINSTANCE.getBoundaryDecision_Facts();

		/**
		 * The meta object literal for the '<em><b>Interpretation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDARY_DECISION__INTERPRETATION = eINSTANCE.getBoundaryDecision_Interpretation();

		/**
		 * The meta object literal for the '<em><b>Standards Cited</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDARY_DECISION__STANDARDS_CITED = eINSTANCE.getBoundaryDecision_StandardsCited();

		/**
		 * The meta object literal for the '<em><b>Principles</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDARY_DECISION__PRINCIPLES = eINSTANCE.getBoundaryDecision_Principles();

		/**
		 * The meta object literal for the '<em><b>Risks</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDARY_DECISION__RISKS = eINSTANCE.getBoundaryDecision_Risks();

		/**
		 * The meta object literal for the '<em><b>Benefits</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDARY_DECISION__BENEFITS = eINSTANCE.getBoundaryDecision_Benefits();

		/**
		 * The meta object literal for the '<em><b>Options</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BOUNDARY_DECISION__OPTIONS = eINSTANCE.getBoundaryDecision_Options();

		/**
		 * The meta object literal for the '<em><b>Consultations</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BOUNDARY_DECISION__CONSULTATIONS = eINSTANCE.getBoundaryDecision_Consultations();

		/**
		 * The meta object literal for the '<em><b>Decision</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDARY_DECISION__DECISION = eINSTANCE.getBoundaryDecision_Decision();

		/**
		 * The meta object literal for the '<em><b>Rationale</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDARY_DECISION__RATIONALE = eINSTANCE.getBoundaryDecision_Rationale();

		/**
		 * The meta object literal for the '<em><b>Documented Before Acting</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDARY_DECISION__DOCUMENTED_BEFORE_ACTING = eINSTANCE.getBoundaryDecision_DocumentedBeforeActing();

		/**
		 * The meta object literal for the '<em><b>Client Discussion</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDARY_DECISION__CLIENT_DISCUSSION = eINSTANCE.getBoundaryDecision_ClientDiscussion();

		/**
		 * The meta object literal for the '<em><b>Consent Obtained</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDARY_DECISION__CONSENT_OBTAINED = eINSTANCE.getBoundaryDecision_ConsentObtained();

		/**
		 * The meta object literal for the '<em><b>Precautions</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDARY_DECISION__PRECAUTIONS = eINSTANCE.getBoundaryDecision_Precautions();

		/**
		 * The meta object literal for the '<em><b>Follow Up Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDARY_DECISION__FOLLOW_UP_DATE = eINSTANCE.getBoundaryDecision_FollowUpDate();

		/**
		 * The meta object literal for the '<em><b>Follow Up Outcome</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDARY_DECISION__FOLLOW_UP_OUTCOME = eINSTANCE.getBoundaryDecision_FollowUpOutcome();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BOUNDARY_DECISION__NOTES = eINSTANCE.getBoundaryDecision_Notes();

		/**
		 * The meta object literal for the '<em><b>Confidentiality Exception</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BOUNDARY_DECISION__CONFIDENTIALITY_EXCEPTION = eINSTANCE.getBoundaryDecision_ConfidentialityException();

		/**
		 * The meta object literal for the '<em><b>Status</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDARY_DECISION__STATUS = eINSTANCE.getBoundaryDecision_Status();

		/**
		 * The meta object literal for the '<em><b>Signed By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDARY_DECISION__SIGNED_BY = eINSTANCE.getBoundaryDecision_SignedBy();

		/**
		 * The meta object literal for the '<em><b>Signed At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute BOUNDARY_DECISION__SIGNED_AT = eINSTANCE.getBoundaryDecision_SignedAt();

		/**
		 * The meta object literal for the '<em><b>Addenda</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference BOUNDARY_DECISION__ADDENDA = eINSTANCE.getBoundaryDecision_Addenda();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.impl.DecisionOptionImpl <em>Decision Option</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.impl.DecisionOptionImpl
		 * @see org.casenotes.model.impl.CasenotesPackageImpl#getDecisionOption()
		 * @generated
		 */
		EClass DECISION_OPTION = eINSTANCE.getDecisionOption();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION_OPTION__DESCRIPTION = eINSTANCE.getDecisionOption_Description();

		/**
		 * The meta object literal for the '<em><b>Consequences</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION_OPTION__CONSEQUENCES = eINSTANCE.getDecisionOption_Consequences();

		/**
		 * The meta object literal for the '<em><b>Chosen</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DECISION_OPTION__CHOSEN = eINSTANCE.getDecisionOption_Chosen();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.impl.ConsultationImpl <em>Consultation</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.impl.ConsultationImpl
		 * @see org.casenotes.model.impl.CasenotesPackageImpl#getConsultation()
		 * @generated
		 */
		EClass CONSULTATION = eINSTANCE.getConsultation();

		/**
		 * The meta object literal for the '<em><b>Consultant Role</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSULTATION__CONSULTANT_ROLE = eINSTANCE.getConsultation_ConsultantRole();

		/**
		 * The meta object literal for the '<em><b>Consultant Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSULTATION__CONSULTANT_NAME = eINSTANCE.getConsultation_ConsultantName();

		/**
		 * The meta object literal for the '<em><b>Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSULTATION__DATE = eINSTANCE.getConsultation_Date();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSULTATION__MODE = eINSTANCE.getConsultation_Mode();

		/**
		 * The meta object literal for the '<em><b>Disclosed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSULTATION__DISCLOSED = eINSTANCE.getConsultation_Disclosed();

		/**
		 * The meta object literal for the '<em><b>Deidentified</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSULTATION__DEIDENTIFIED = eINSTANCE.getConsultation_Deidentified();

		/**
		 * The meta object literal for the '<em><b>Advice</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSULTATION__ADVICE = eINSTANCE.getConsultation_Advice();

		/**
		 * The meta object literal for the '<em><b>Advice Followed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONSULTATION__ADVICE_FOLLOWED = eINSTANCE.getConsultation_AdviceFollowed();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.impl.ConfidentialityExceptionImpl <em>Confidentiality Exception</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.impl.ConfidentialityExceptionImpl
		 * @see org.casenotes.model.impl.CasenotesPackageImpl#getConfidentialityException()
		 * @generated
		 */
		EClass CONFIDENTIALITY_EXCEPTION = eINSTANCE.getConfidentialityException();

		/**
		 * The meta object literal for the '<em><b>Threat</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFIDENTIALITY_EXCEPTION__THREAT = eINSTANCE.getConfidentialityException_Threat();

		/**
		 * The meta object literal for the '<em><b>Person At Risk</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFIDENTIALITY_EXCEPTION__PERSON_AT_RISK = eINSTANCE.getConfidentialityException_PersonAtRisk();

		/**
		 * The meta object literal for the '<em><b>Imminence</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFIDENTIALITY_EXCEPTION__IMMINENCE = eINSTANCE.getConfidentialityException_Imminence();

		/**
		 * The meta object literal for the '<em><b>Legal Basis</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFIDENTIALITY_EXCEPTION__LEGAL_BASIS = eINSTANCE.getConfidentialityException_LegalBasis();

		/**
		 * The meta object literal for the '<em><b>Who Was Told</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFIDENTIALITY_EXCEPTION__WHO_WAS_TOLD = eINSTANCE.getConfidentialityException_WhoWasTold();

		/**
		 * The meta object literal for the '<em><b>Told At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute CONFIDENTIALITY_EXCEPTION__TOLD_AT = eINSTANCE.getConfidentialityException_ToldAt();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.impl.PracticeStandardImpl <em>Practice Standard</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.impl.PracticeStandardImpl
		 * @see org.casenotes.model.impl.CasenotesPackageImpl#getPracticeStandard()
		 * @generated
		 */
		EClass PRACTICE_STANDARD = eINSTANCE.getPracticeStandard();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRACTICE_STANDARD__NAME = eINSTANCE.getPracticeStandard_Name();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRACTICE_STANDARD__VERSION = eINSTANCE.getPracticeStandard_Version();

		/**
		 * The meta object literal for the '<em><b>Issued By</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRACTICE_STANDARD__ISSUED_BY = eINSTANCE.getPracticeStandard_IssuedBy();

		/**
		 * The meta object literal for the '<em><b>Required Categories</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PRACTICE_STANDARD__REQUIRED_CATEGORIES = eINSTANCE.getPracticeStandard_RequiredCategories();

		/**
		 * The meta object literal for the '<em><b>Requirements</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference PRACTICE_STANDARD__REQUIREMENTS = eINSTANCE.getPracticeStandard_Requirements();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.impl.StandardRequirementImpl <em>Standard Requirement</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.impl.StandardRequirementImpl
		 * @see org.casenotes.model.impl.CasenotesPackageImpl#getStandardRequirement()
		 * @generated
		 */
		EClass STANDARD_REQUIREMENT = eINSTANCE.getStandardRequirement();

		/**
		 * The meta object literal for the '<em><b>Category</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARD_REQUIREMENT__CATEGORY = eINSTANCE.getStandardRequirement_Category();

		/**
		 * The meta object literal for the '<em><b>Fields</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute STANDARD_REQUIREMENT__FIELDS = eINSTANCE.getStandardRequirement_Fields();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.impl.SharePacketImpl <em>Share Packet</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.impl.SharePacketImpl
		 * @see org.casenotes.model.impl.CasenotesPackageImpl#getSharePacket()
		 * @generated
		 */
		EClass SHARE_PACKET = eINSTANCE.getSharePacket();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARE_PACKET__FORMAT_VERSION = eINSTANCE.getSharePacket_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Packet Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARE_PACKET__PACKET_ID = eINSTANCE.getSharePacket_PacketId();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARE_PACKET__CREATED_AT = eINSTANCE.getSharePacket_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Sender</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARE_PACKET__SENDER = eINSTANCE.getSharePacket_Sender();

		/**
		 * The meta object literal for the '<em><b>Recipient</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARE_PACKET__RECIPIENT = eINSTANCE.getSharePacket_Recipient();

		/**
		 * The meta object literal for the '<em><b>Recipient Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARE_PACKET__RECIPIENT_KIND = eINSTANCE.getSharePacket_RecipientKind();

		/**
		 * The meta object literal for the '<em><b>Purpose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARE_PACKET__PURPOSE = eINSTANCE.getSharePacket_Purpose();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SHARE_PACKET__NOTES = eINSTANCE.getSharePacket_Notes();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.impl.SharedNoteImpl <em>Shared Note</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.impl.SharedNoteImpl
		 * @see org.casenotes.model.impl.CasenotesPackageImpl#getSharedNote()
		 * @generated
		 */
		EClass SHARED_NOTE = eINSTANCE.getSharedNote();

		/**
		 * The meta object literal for the '<em><b>Shared Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARED_NOTE__SHARED_ID = eINSTANCE.getSharedNote_SharedId();

		/**
		 * The meta object literal for the '<em><b>Client Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARED_NOTE__CLIENT_LABEL = eINSTANCE.getSharedNote_ClientLabel();

		/**
		 * The meta object literal for the '<em><b>Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARED_NOTE__KIND = eINSTANCE.getSharedNote_Kind();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARED_NOTE__TITLE = eINSTANCE.getSharedNote_Title();

		/**
		 * The meta object literal for the '<em><b>Session Date</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARED_NOTE__SESSION_DATE = eINSTANCE.getSharedNote_SessionDate();

		/**
		 * The meta object literal for the '<em><b>Sections</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SHARED_NOTE__SECTIONS = eINSTANCE.getSharedNote_Sections();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.impl.ShareRecordImpl <em>Share Record</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.impl.ShareRecordImpl
		 * @see org.casenotes.model.impl.CasenotesPackageImpl#getShareRecord()
		 * @generated
		 */
		EClass SHARE_RECORD = eINSTANCE.getShareRecord();

		/**
		 * The meta object literal for the '<em><b>Packet Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARE_RECORD__PACKET_ID = eINSTANCE.getShareRecord_PacketId();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARE_RECORD__CREATED_AT = eINSTANCE.getShareRecord_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Recipient</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARE_RECORD__RECIPIENT = eINSTANCE.getShareRecord_Recipient();

		/**
		 * The meta object literal for the '<em><b>Recipient Kind</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARE_RECORD__RECIPIENT_KIND = eINSTANCE.getShareRecord_RecipientKind();

		/**
		 * The meta object literal for the '<em><b>Purpose</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARE_RECORD__PURPOSE = eINSTANCE.getShareRecord_Purpose();

		/**
		 * The meta object literal for the '<em><b>Content Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARE_RECORD__CONTENT_HASH = eINSTANCE.getShareRecord_ContentHash();

		/**
		 * The meta object literal for the '<em><b>Pseudonyms</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARE_RECORD__PSEUDONYMS = eINSTANCE.getShareRecord_Pseudonyms();

		/**
		 * The meta object literal for the '<em><b>Notes</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SHARE_RECORD__NOTES = eINSTANCE.getShareRecord_Notes();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.impl.SharedNoteLinkImpl <em>Shared Note Link</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.impl.SharedNoteLinkImpl
		 * @see org.casenotes.model.impl.CasenotesPackageImpl#getSharedNoteLink()
		 * @generated
		 */
		EClass SHARED_NOTE_LINK = eINSTANCE.getSharedNoteLink();

		/**
		 * The meta object literal for the '<em><b>Shared Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARED_NOTE_LINK__SHARED_ID = eINSTANCE.getSharedNoteLink_SharedId();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference SHARED_NOTE_LINK__NOTE = eINSTANCE.getSharedNoteLink_Note();

		/**
		 * The meta object literal for the '<em><b>Alignments</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARED_NOTE_LINK__ALIGNMENTS = eINSTANCE.getSharedNoteLink_Alignments();

		/**
		 * The meta object literal for the '<em><b>Sections</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SHARED_NOTE_LINK__SECTIONS = eINSTANCE.getSharedNoteLink_Sections();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.impl.ReceivedPacketImpl <em>Received Packet</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.impl.ReceivedPacketImpl
		 * @see org.casenotes.model.impl.CasenotesPackageImpl#getReceivedPacket()
		 * @generated
		 */
		EClass RECEIVED_PACKET = eINSTANCE.getReceivedPacket();

		/**
		 * The meta object literal for the '<em><b>Imported At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECEIVED_PACKET__IMPORTED_AT = eINSTANCE.getReceivedPacket_ImportedAt();

		/**
		 * The meta object literal for the '<em><b>Content Hash</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECEIVED_PACKET__CONTENT_HASH = eINSTANCE.getReceivedPacket_ContentHash();

		/**
		 * The meta object literal for the '<em><b>Packet</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECEIVED_PACKET__PACKET = eINSTANCE.getReceivedPacket_Packet();

		/**
		 * The meta object literal for the '<em><b>Feedback</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference RECEIVED_PACKET__FEEDBACK = eINSTANCE.getReceivedPacket_Feedback();

		/**
		 * The meta object literal for the '<em><b>Exported At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute RECEIVED_PACKET__EXPORTED_AT = eINSTANCE.getReceivedPacket_ExportedAt();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.impl.FeedbackImpl <em>Feedback</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.impl.FeedbackImpl
		 * @see org.casenotes.model.impl.CasenotesPackageImpl#getFeedback()
		 * @generated
		 */
		EClass FEEDBACK = eINSTANCE.getFeedback();

		/**
		 * The meta object literal for the '<em><b>Format Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEEDBACK__FORMAT_VERSION = eINSTANCE.getFeedback_FormatVersion();

		/**
		 * The meta object literal for the '<em><b>Packet Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEEDBACK__PACKET_ID = eINSTANCE.getFeedback_PacketId();

		/**
		 * The meta object literal for the '<em><b>Reviewer</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEEDBACK__REVIEWER = eINSTANCE.getFeedback_Reviewer();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEEDBACK__CREATED_AT = eINSTANCE.getFeedback_CreatedAt();

		/**
		 * The meta object literal for the '<em><b>Assessment</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEEDBACK__ASSESSMENT = eINSTANCE.getFeedback_Assessment();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FEEDBACK__SUMMARY = eINSTANCE.getFeedback_Summary();

		/**
		 * The meta object literal for the '<em><b>Comments</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference FEEDBACK__COMMENTS = eINSTANCE.getFeedback_Comments();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.impl.ReviewCommentImpl <em>Review Comment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.impl.ReviewCommentImpl
		 * @see org.casenotes.model.impl.CasenotesPackageImpl#getReviewComment()
		 * @generated
		 */
		EClass REVIEW_COMMENT = eINSTANCE.getReviewComment();

		/**
		 * The meta object literal for the '<em><b>Shared Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_COMMENT__SHARED_ID = eINSTANCE.getReviewComment_SharedId();

		/**
		 * The meta object literal for the '<em><b>Section</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_COMMENT__SECTION = eINSTANCE.getReviewComment_Section();

		/**
		 * The meta object literal for the '<em><b>Start</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_COMMENT__START = eINSTANCE.getReviewComment_Start();

		/**
		 * The meta object literal for the '<em><b>End</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_COMMENT__END = eINSTANCE.getReviewComment_End();

		/**
		 * The meta object literal for the '<em><b>Quote</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_COMMENT__QUOTE = eINSTANCE.getReviewComment_Quote();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_COMMENT__TEXT = eINSTANCE.getReviewComment_Text();

		/**
		 * The meta object literal for the '<em><b>Author</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_COMMENT__AUTHOR = eINSTANCE.getReviewComment_Author();

		/**
		 * The meta object literal for the '<em><b>Created At</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute REVIEW_COMMENT__CREATED_AT = eINSTANCE.getReviewComment_CreatedAt();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.PlaceKind <em>Place Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.PlaceKind
		 * @see org.casenotes.model.impl.CasenotesPackageImpl#getPlaceKind()
		 * @generated
		 */
		EEnum PLACE_KIND = eINSTANCE.getPlaceKind();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.ContactKind <em>Contact Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.ContactKind
		 * @see org.casenotes.model.impl.CasenotesPackageImpl#getContactKind()
		 * @generated
		 */
		EEnum CONTACT_KIND = eINSTANCE.getContactKind();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.NoteKind <em>Note Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.NoteKind
		 * @see org.casenotes.model.impl.CasenotesPackageImpl#getNoteKind()
		 * @generated
		 */
		EEnum NOTE_KIND = eINSTANCE.getNoteKind();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.NoteStatus <em>Note Status</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.NoteStatus
		 * @see org.casenotes.model.impl.CasenotesPackageImpl#getNoteStatus()
		 * @generated
		 */
		EEnum NOTE_STATUS = eINSTANCE.getNoteStatus();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.BoundaryCategory <em>Boundary Category</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.BoundaryCategory
		 * @see org.casenotes.model.impl.CasenotesPackageImpl#getBoundaryCategory()
		 * @generated
		 */
		EEnum BOUNDARY_CATEGORY = eINSTANCE.getBoundaryCategory();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.Initiator <em>Initiator</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.Initiator
		 * @see org.casenotes.model.impl.CasenotesPackageImpl#getInitiator()
		 * @generated
		 */
		EEnum INITIATOR = eINSTANCE.getInitiator();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.Principle <em>Principle</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.Principle
		 * @see org.casenotes.model.impl.CasenotesPackageImpl#getPrinciple()
		 * @generated
		 */
		EEnum PRINCIPLE = eINSTANCE.getPrinciple();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.ConsultantRole <em>Consultant Role</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.ConsultantRole
		 * @see org.casenotes.model.impl.CasenotesPackageImpl#getConsultantRole()
		 * @generated
		 */
		EEnum CONSULTANT_ROLE = eINSTANCE.getConsultantRole();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.ConsultationMode <em>Consultation Mode</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.ConsultationMode
		 * @see org.casenotes.model.impl.CasenotesPackageImpl#getConsultationMode()
		 * @generated
		 */
		EEnum CONSULTATION_MODE = eINSTANCE.getConsultationMode();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.Imminence <em>Imminence</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.Imminence
		 * @see org.casenotes.model.impl.CasenotesPackageImpl#getImminence()
		 * @generated
		 */
		EEnum IMMINENCE = eINSTANCE.getImminence();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.RecipientKind <em>Recipient Kind</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.RecipientKind
		 * @see org.casenotes.model.impl.CasenotesPackageImpl#getRecipientKind()
		 * @generated
		 */
		EEnum RECIPIENT_KIND = eINSTANCE.getRecipientKind();

		/**
		 * The meta object literal for the '{@link org.casenotes.model.Assessment <em>Assessment</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see org.casenotes.model.Assessment
		 * @see org.casenotes.model.impl.CasenotesPackageImpl#getAssessment()
		 * @generated
		 */
		EEnum ASSESSMENT = eINSTANCE.getAssessment();

		/**
		 * The meta object literal for the '<em>Local Date</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.LocalDate
		 * @see org.casenotes.model.impl.CasenotesPackageImpl#getLocalDate()
		 * @generated
		 */
		EDataType LOCAL_DATE = eINSTANCE.getLocalDate();

		/**
		 * The meta object literal for the '<em>Instant</em>' data type.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see java.time.Instant
		 * @see org.casenotes.model.impl.CasenotesPackageImpl#getInstant()
		 * @generated
		 */
		EDataType INSTANT = eINSTANCE.getInstant();

	}

} //CasenotesPackage
