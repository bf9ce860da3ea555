/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Consultation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One consultation on a decision: with whom, how, what was disclosed (and whether de-identified), the advice and whether it was followed.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.Consultation#getConsultantRole <em>Consultant Role</em>}</li>
 *   <li>{@link org.casenotes.model.Consultation#getConsultantName <em>Consultant Name</em>}</li>
 *   <li>{@link org.casenotes.model.Consultation#getDate <em>Date</em>}</li>
 *   <li>{@link org.casenotes.model.Consultation#getMode <em>Mode</em>}</li>
 *   <li>{@link org.casenotes.model.Consultation#getDisclosed <em>Disclosed</em>}</li>
 *   <li>{@link org.casenotes.model.Consultation#isDeidentified <em>Deidentified</em>}</li>
 *   <li>{@link org.casenotes.model.Consultation#getAdvice <em>Advice</em>}</li>
 *   <li>{@link org.casenotes.model.Consultation#isAdviceFollowed <em>Advice Followed</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.CasenotesPackage#getConsultation()
 * @model
 * @generated
 */
public interface Consultation extends EObject {
	/**
	 * Returns the value of the '<em><b>Consultant Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.casenotes.model.ConsultantRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consultant Role</em>' attribute.
	 * @see org.casenotes.model.ConsultantRole
	 * @see #setConsultantRole(ConsultantRole)
	 * @see org.casenotes.model.CasenotesPackage#getConsultation_ConsultantRole()
	 * @model required="true"
	 * @generated
	 */
	ConsultantRole getConsultantRole();

	/**
	 * Sets the value of the '{@link org.casenotes.model.Consultation#getConsultantRole <em>Consultant Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Consultant Role</em>' attribute.
	 * @see org.casenotes.model.ConsultantRole
	 * @see #getConsultantRole()
	 * @generated
	 */
	void setConsultantRole(ConsultantRole value);

	/**
	 * Returns the value of the '<em><b>Consultant Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Optional: the consultant's name (a colleague, not a client).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Consultant Name</em>' attribute.
	 * @see #setConsultantName(String)
	 * @see org.casenotes.model.CasenotesPackage#getConsultation_ConsultantName()
	 * @model
	 * @generated
	 */
	String getConsultantName();

	/**
	 * Sets the value of the '{@link org.casenotes.model.Consultation#getConsultantName <em>Consultant Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Consultant Name</em>' attribute.
	 * @see #getConsultantName()
	 * @generated
	 */
	void setConsultantName(String value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.casenotes.model.CasenotesPackage#getConsultation_Date()
	 * @model dataType="org.casenotes.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.casenotes.model.Consultation#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * The literals are from the enumeration {@link org.casenotes.model.ConsultationMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see org.casenotes.model.ConsultationMode
	 * @see #isSetMode()
	 * @see #unsetMode()
	 * @see #setMode(ConsultationMode)
	 * @see org.casenotes.model.CasenotesPackage#getConsultation_Mode()
	 * @model unsettable="true"
	 * @generated
	 */
	ConsultationMode getMode();

	/**
	 * Sets the value of the '{@link org.casenotes.model.Consultation#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see org.casenotes.model.ConsultationMode
	 * @see #isSetMode()
	 * @see #unsetMode()
	 * @see #getMode()
	 * @generated
	 */
	void setMode(ConsultationMode value);

	/**
	 * Unsets the value of the '{@link org.casenotes.model.Consultation#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMode()
	 * @see #getMode()
	 * @see #setMode(ConsultationMode)
	 * @generated
	 */
	void unsetMode();

	/**
	 * Returns whether the value of the '{@link org.casenotes.model.Consultation#getMode <em>Mode</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Mode</em>' attribute is set.
	 * @see #unsetMode()
	 * @see #getMode()
	 * @see #setMode(ConsultationMode)
	 * @generated
	 */
	boolean isSetMode();

	/**
	 * Returns the value of the '<em><b>Disclosed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Disclosed</em>' attribute.
	 * @see #setDisclosed(String)
	 * @see org.casenotes.model.CasenotesPackage#getConsultation_Disclosed()
	 * @model
	 * @generated
	 */
	String getDisclosed();

	/**
	 * Sets the value of the '{@link org.casenotes.model.Consultation#getDisclosed <em>Disclosed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disclosed</em>' attribute.
	 * @see #getDisclosed()
	 * @generated
	 */
	void setDisclosed(String value);

	/**
	 * Returns the value of the '<em><b>Deidentified</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deidentified</em>' attribute.
	 * @see #setDeidentified(boolean)
	 * @see org.casenotes.model.CasenotesPackage#getConsultation_Deidentified()
	 * @model
	 * @generated
	 */
	boolean isDeidentified();

	/**
	 * Sets the value of the '{@link org.casenotes.model.Consultation#isDeidentified <em>Deidentified</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deidentified</em>' attribute.
	 * @see #isDeidentified()
	 * @generated
	 */
	void setDeidentified(boolean value);

	/**
	 * Returns the value of the '<em><b>Advice</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Advice</em>' attribute.
	 * @see #setAdvice(String)
	 * @see org.casenotes.model.CasenotesPackage#getConsultation_Advice()
	 * @model
	 * @generated
	 */
	String getAdvice();

	/**
	 * Sets the value of the '{@link org.casenotes.model.Consultation#getAdvice <em>Advice</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Advice</em>' attribute.
	 * @see #getAdvice()
	 * @generated
	 */
	void setAdvice(String value);

	/**
	 * Returns the value of the '<em><b>Advice Followed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Advice Followed</em>' attribute.
	 * @see #setAdviceFollowed(boolean)
	 * @see org.casenotes.model.CasenotesPackage#getConsultation_AdviceFollowed()
	 * @model
	 * @generated
	 */
	boolean isAdviceFollowed();

	/**
	 * Sets the value of the '{@link org.casenotes.model.Consultation#isAdviceFollowed <em>Advice Followed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Advice Followed</em>' attribute.
	 * @see #isAdviceFollowed()
	 * @generated
	 */
	void setAdviceFollowed(boolean value);

} // Consultation
