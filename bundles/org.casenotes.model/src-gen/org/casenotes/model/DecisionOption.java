/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Decision Option</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.casenotes.model.DecisionOption#getDescription <em>Description</em>}</li>
 *   <li>{@link org.casenotes.model.DecisionOption#getConsequences <em>Consequences</em>}</li>
 *   <li>{@link org.casenotes.model.DecisionOption#isChosen <em>Chosen</em>}</li>
 * </ul>
 *
 * @see org.casenotes.model.CasenotesPackage#getDecisionOption()
 * @model
 * @generated
 */
public interface DecisionOption extends EObject {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.casenotes.model.CasenotesPackage#getDecisionOption_Description()
	 * @model required="true"
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.casenotes.model.DecisionOption#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Consequences</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consequences</em>' attribute.
	 * @see #setConsequences(String)
	 * @see org.casenotes.model.CasenotesPackage#getDecisionOption_Consequences()
	 * @model
	 * @generated
	 */
	String getConsequences();

	/**
	 * Sets the value of the '{@link org.casenotes.model.DecisionOption#getConsequences <em>Consequences</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Consequences</em>' attribute.
	 * @see #getConsequences()
	 * @generated
	 */
	void setConsequences(String value);

	/**
	 * Returns the value of the '<em><b>Chosen</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Chosen</em>' attribute.
	 * @see #setChosen(boolean)
	 * @see org.casenotes.model.CasenotesPackage#getDecisionOption_Chosen()
	 * @model
	 * @generated
	 */
	boolean isChosen();

	/**
	 * Sets the value of the '{@link org.casenotes.model.DecisionOption#isChosen <em>Chosen</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Chosen</em>' attribute.
	 * @see #isChosen()
	 * @generated
	 */
	void setChosen(boolean value);

} // DecisionOption
