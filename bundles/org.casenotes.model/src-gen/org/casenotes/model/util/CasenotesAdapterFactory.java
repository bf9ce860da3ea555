/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model.util;

import org.casenotes.model.*;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see org.casenotes.model.CasenotesPackage
 * @generated
 */
public class CasenotesAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static CasenotesPackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CasenotesAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = CasenotesPackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CasenotesSwitch<Adapter> modelSwitch =
		new CasenotesSwitch<Adapter>() {
			@Override
			public Adapter casePractice(Practice object) {
				return createPracticeAdapter();
			}
			@Override
			public Adapter caseClient(Client object) {
				return createClientAdapter();
			}
			@Override
			public Adapter caseIdentitySheet(IdentitySheet object) {
				return createIdentitySheetAdapter();
			}
			@Override
			public Adapter caseKnownPerson(KnownPerson object) {
				return createKnownPersonAdapter();
			}
			@Override
			public Adapter caseKnownPlace(KnownPlace object) {
				return createKnownPlaceAdapter();
			}
			@Override
			public Adapter caseContactDetail(ContactDetail object) {
				return createContactDetailAdapter();
			}
			@Override
			public Adapter caseCaseFile(CaseFile object) {
				return createCaseFileAdapter();
			}
			@Override
			public Adapter caseNote(Note object) {
				return createNoteAdapter();
			}
			@Override
			public Adapter caseSection(Section object) {
				return createSectionAdapter();
			}
			@Override
			public Adapter caseAddendum(Addendum object) {
				return createAddendumAdapter();
			}
			@Override
			public Adapter caseConsultationLog(ConsultationLog object) {
				return createConsultationLogAdapter();
			}
			@Override
			public Adapter caseBoundaryDecision(BoundaryDecision object) {
				return createBoundaryDecisionAdapter();
			}
			@Override
			public Adapter caseDecisionOption(DecisionOption object) {
				return createDecisionOptionAdapter();
			}
			@Override
			public Adapter caseConsultation(Consultation object) {
				return createConsultationAdapter();
			}
			@Override
			public Adapter caseConfidentialityException(ConfidentialityException object) {
				return createConfidentialityExceptionAdapter();
			}
			@Override
			public Adapter casePracticeStandard(PracticeStandard object) {
				return createPracticeStandardAdapter();
			}
			@Override
			public Adapter caseStandardRequirement(StandardRequirement object) {
				return createStandardRequirementAdapter();
			}
			@Override
			public Adapter caseSharePacket(SharePacket object) {
				return createSharePacketAdapter();
			}
			@Override
			public Adapter caseSharedNote(SharedNote object) {
				return createSharedNoteAdapter();
			}
			@Override
			public Adapter caseShareRecord(ShareRecord object) {
				return createShareRecordAdapter();
			}
			@Override
			public Adapter caseSharedNoteLink(SharedNoteLink object) {
				return createSharedNoteLinkAdapter();
			}
			@Override
			public Adapter caseReceivedPacket(ReceivedPacket object) {
				return createReceivedPacketAdapter();
			}
			@Override
			public Adapter caseFeedback(Feedback object) {
				return createFeedbackAdapter();
			}
			@Override
			public Adapter caseReviewComment(ReviewComment object) {
				return createReviewCommentAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link org.casenotes.model.Practice <em>Practice</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.casenotes.model.Practice
	 * @generated
	 */
	public Adapter createPracticeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.casenotes.model.Client <em>Client</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.casenotes.model.Client
	 * @generated
	 */
	public Adapter createClientAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.casenotes.model.IdentitySheet <em>Identity Sheet</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.casenotes.model.IdentitySheet
	 * @generated
	 */
	public Adapter createIdentitySheetAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.casenotes.model.KnownPerson <em>Known Person</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.casenotes.model.KnownPerson
	 * @generated
	 */
	public Adapter createKnownPersonAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.casenotes.model.KnownPlace <em>Known Place</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.casenotes.model.KnownPlace
	 * @generated
	 */
	public Adapter createKnownPlaceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.casenotes.model.ContactDetail <em>Contact Detail</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.casenotes.model.ContactDetail
	 * @generated
	 */
	public Adapter createContactDetailAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.casenotes.model.CaseFile <em>Case File</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.casenotes.model.CaseFile
	 * @generated
	 */
	public Adapter createCaseFileAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.casenotes.model.Note <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.casenotes.model.Note
	 * @generated
	 */
	public Adapter createNoteAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.casenotes.model.Section <em>Section</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.casenotes.model.Section
	 * @generated
	 */
	public Adapter createSectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.casenotes.model.Addendum <em>Addendum</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.casenotes.model.Addendum
	 * @generated
	 */
	public Adapter createAddendumAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.casenotes.model.ConsultationLog <em>Consultation Log</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.casenotes.model.ConsultationLog
	 * @generated
	 */
	public Adapter createConsultationLogAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.casenotes.model.BoundaryDecision <em>Boundary Decision</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.casenotes.model.BoundaryDecision
	 * @generated
	 */
	public Adapter createBoundaryDecisionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.casenotes.model.DecisionOption <em>Decision Option</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.casenotes.model.DecisionOption
	 * @generated
	 */
	public Adapter createDecisionOptionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.casenotes.model.Consultation <em>Consultation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.casenotes.model.Consultation
	 * @generated
	 */
	public Adapter createConsultationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.casenotes.model.ConfidentialityException <em>Confidentiality Exception</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.casenotes.model.ConfidentialityException
	 * @generated
	 */
	public Adapter createConfidentialityExceptionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.casenotes.model.PracticeStandard <em>Practice Standard</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.casenotes.model.PracticeStandard
	 * @generated
	 */
	public Adapter createPracticeStandardAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.casenotes.model.StandardRequirement <em>Standard Requirement</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.casenotes.model.StandardRequirement
	 * @generated
	 */
	public Adapter createStandardRequirementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.casenotes.model.SharePacket <em>Share Packet</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.casenotes.model.SharePacket
	 * @generated
	 */
	public Adapter createSharePacketAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.casenotes.model.SharedNote <em>Shared Note</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.casenotes.model.SharedNote
	 * @generated
	 */
	public Adapter createSharedNoteAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.casenotes.model.ShareRecord <em>Share Record</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.casenotes.model.ShareRecord
	 * @generated
	 */
	public Adapter createShareRecordAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.casenotes.model.SharedNoteLink <em>Shared Note Link</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.casenotes.model.SharedNoteLink
	 * @generated
	 */
	public Adapter createSharedNoteLinkAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.casenotes.model.ReceivedPacket <em>Received Packet</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.casenotes.model.ReceivedPacket
	 * @generated
	 */
	public Adapter createReceivedPacketAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.casenotes.model.Feedback <em>Feedback</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.casenotes.model.Feedback
	 * @generated
	 */
	public Adapter createFeedbackAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link org.casenotes.model.ReviewComment <em>Review Comment</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see org.casenotes.model.ReviewComment
	 * @generated
	 */
	public Adapter createReviewCommentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //CasenotesAdapterFactory
