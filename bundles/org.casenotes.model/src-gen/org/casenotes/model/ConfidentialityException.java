/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model;

import java.time.Instant;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Confidentiality Exception</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * For a confidentiality exception (duty to warn or protect, mandated reporting, court order): the threat, who is at risk, how imminent, the legal basis, who was told and when. Stays on this computer like the identity sheet.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.ConfidentialityException#getThreat <em>Threat</em>}</li>
 *   <li>{@link org.casenotes.model.ConfidentialityException#getPersonAtRisk <em>Person At Risk</em>}</li>
 *   <li>{@link org.casenotes.model.ConfidentialityException#getImminence <em>Imminence</em>}</li>
 *   <li>{@link org.casenotes.model.ConfidentialityException#getLegalBasis <em>Legal Basis</em>}</li>
 *   <li>{@link org.casenotes.model.ConfidentialityException#getWhoWasTold <em>Who Was Told</em>}</li>
 *   <li>{@link org.casenotes.model.ConfidentialityException#getToldAt <em>Told At</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.CasenotesPackage#getConfidentialityException()
 * @model
 * @generated
 */
public interface ConfidentialityException extends EObject {
	/**
	 * Returns the value of the '<em><b>Threat</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Threat</em>' attribute.
	 * @see #setThreat(String)
	 * @see org.casenotes.model.CasenotesPackage#getConfidentialityException_Threat()
	 * @model
	 * @generated
	 */
	String getThreat();

	/**
	 * Sets the value of the '{@link org.casenotes.model.ConfidentialityException#getThreat <em>Threat</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threat</em>' attribute.
	 * @see #getThreat()
	 * @generated
	 */
	void setThreat(String value);

	/**
	 * Returns the value of the '<em><b>Person At Risk</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Person At Risk</em>' attribute.
	 * @see #setPersonAtRisk(String)
	 * @see org.casenotes.model.CasenotesPackage#getConfidentialityException_PersonAtRisk()
	 * @model
	 * @generated
	 */
	String getPersonAtRisk();

	/**
	 * Sets the value of the '{@link org.casenotes.model.ConfidentialityException#getPersonAtRisk <em>Person At Risk</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Person At Risk</em>' attribute.
	 * @see #getPersonAtRisk()
	 * @generated
	 */
	void setPersonAtRisk(String value);

	/**
	 * Returns the value of the '<em><b>Imminence</b></em>' attribute.
	 * The literals are from the enumeration {@link org.casenotes.model.Imminence}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Imminence</em>' attribute.
	 * @see org.casenotes.model.Imminence
	 * @see #isSetImminence()
	 * @see #unsetImminence()
	 * @see #setImminence(Imminence)
	 * @see org.casenotes.model.CasenotesPackage#getConfidentialityException_Imminence()
	 * @model unsettable="true"
	 * @generated
	 */
	Imminence getImminence();

	/**
	 * Sets the value of the '{@link org.casenotes.model.ConfidentialityException#getImminence <em>Imminence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Imminence</em>' attribute.
	 * @see org.casenotes.model.Imminence
	 * @see #isSetImminence()
	 * @see #unsetImminence()
	 * @see #getImminence()
	 * @generated
	 */
	void setImminence(Imminence value);

	/**
	 * Unsets the value of the '{@link org.casenotes.model.ConfidentialityException#getImminence <em>Imminence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetImminence()
	 * @see #getImminence()
	 * @see #setImminence(Imminence)
	 * @generated
	 */
	void unsetImminence();

	/**
	 * Returns whether the value of the '{@link org.casenotes.model.ConfidentialityException#getImminence <em>Imminence</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Imminence</em>' attribute is set.
	 * @see #unsetImminence()
	 * @see #getImminence()
	 * @see #setImminence(Imminence)
	 * @generated
	 */
	boolean isSetImminence();

	/**
	 * Returns the value of the '<em><b>Legal Basis</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Legal Basis</em>' attribute.
	 * @see #setLegalBasis(String)
	 * @see org.casenotes.model.CasenotesPackage#getConfidentialityException_LegalBasis()
	 * @model
	 * @generated
	 */
	String getLegalBasis();

	/**
	 * Sets the value of the '{@link org.casenotes.model.ConfidentialityException#getLegalBasis <em>Legal Basis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Legal Basis</em>' attribute.
	 * @see #getLegalBasis()
	 * @generated
	 */
	void setLegalBasis(String value);

	/**
	 * Returns the value of the '<em><b>Who Was Told</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Who Was Told</em>' attribute.
	 * @see #setWhoWasTold(String)
	 * @see org.casenotes.model.CasenotesPackage#getConfidentialityException_WhoWasTold()
	 * @model
	 * @generated
	 */
	String getWhoWasTold();

	/**
	 * Sets the value of the '{@link org.casenotes.model.ConfidentialityException#getWhoWasTold <em>Who Was Told</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Who Was Told</em>' attribute.
	 * @see #getWhoWasTold()
	 * @generated
	 */
	void setWhoWasTold(String value);

	/**
	 * Returns the value of the '<em><b>Told At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Told At</em>' attribute.
	 * @see #setToldAt(Instant)
	 * @see org.casenotes.model.CasenotesPackage#getConfidentialityException_ToldAt()
	 * @model dataType="org.casenotes.model.Instant"
	 * @generated
	 */
	Instant getToldAt();

	/**
	 * Sets the value of the '{@link org.casenotes.model.ConfidentialityException#getToldAt <em>Told At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Told At</em>' attribute.
	 * @see #getToldAt()
	 * @generated
	 */
	void setToldAt(Instant value);

} // ConfidentialityException
