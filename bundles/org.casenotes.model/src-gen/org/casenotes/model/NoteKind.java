/**
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Note Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.casenotes.model.CasenotesPackage#getNoteKind()
 * @model
 * @generated
 */
public enum NoteKind implements Enumerator {
	/**
	 * The '<em><b>FREE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FREE_VALUE
	 * @generated
	 * @ordered
	 */
	FREE(0, "FREE", "Free"),

	/**
	 * The '<em><b>SOAP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOAP_VALUE
	 * @generated
	 * @ordered
	 */
	SOAP(1, "SOAP", "SOAP"),

	/**
	 * The '<em><b>DAP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DAP_VALUE
	 * @generated
	 * @ordered
	 */
	DAP(2, "DAP", "DAP"),

	/**
	 * The '<em><b>BIRP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BIRP_VALUE
	 * @generated
	 * @ordered
	 */
	BIRP(3, "BIRP", "BIRP"),

	/**
	 * The '<em><b>INTAKE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTAKE_VALUE
	 * @generated
	 * @ordered
	 */
	INTAKE(4, "INTAKE", "Intake"),

	/**
	 * The '<em><b>SUPERVISION PREPARATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERVISION_PREPARATION_VALUE
	 * @generated
	 * @ordered
	 */
	SUPERVISION_PREPARATION(5, "SUPERVISION_PREPARATION", "Supervision preparation"),

	/**
	 * The '<em><b>CONTACT LOG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTACT_LOG_VALUE
	 * @generated
	 * @ordered
	 */
	CONTACT_LOG(6, "CONTACT_LOG", "Contact log");

	/**
	 * The '<em><b>FREE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FREE
	 * @model literal="Free"
	 * @generated
	 * @ordered
	 */
	public static final int FREE_VALUE = 0;

	/**
	 * The '<em><b>SOAP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOAP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SOAP_VALUE = 1;

	/**
	 * The '<em><b>DAP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DAP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int DAP_VALUE = 2;

	/**
	 * The '<em><b>BIRP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BIRP
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BIRP_VALUE = 3;

	/**
	 * The '<em><b>INTAKE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTAKE
	 * @model literal="Intake"
	 * @generated
	 * @ordered
	 */
	public static final int INTAKE_VALUE = 4;

	/**
	 * The '<em><b>SUPERVISION PREPARATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERVISION_PREPARATION
	 * @model literal="Supervision preparation"
	 * @generated
	 * @ordered
	 */
	public static final int SUPERVISION_PREPARATION_VALUE = 5;

	/**
	 * The '<em><b>CONTACT LOG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONTACT_LOG
	 * @model literal="Contact log"
	 * @generated
	 * @ordered
	 */
	public static final int CONTACT_LOG_VALUE = 6;

	/**
	 * An array of all the '<em><b>Note Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final NoteKind[] VALUES_ARRAY =
		new NoteKind[] {
			FREE,
			SOAP,
			DAP,
			BIRP,
			INTAKE,
			SUPERVISION_PREPARATION,
			CONTACT_LOG,
		};

	/**
	 * A public read-only list of all the '<em><b>Note Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<NoteKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Note Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NoteKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			NoteKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Note Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NoteKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			NoteKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Note Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NoteKind get(int value) {
		switch (value) {
			case FREE_VALUE: return FREE;
			case SOAP_VALUE: return SOAP;
			case DAP_VALUE: return DAP;
			case BIRP_VALUE: return BIRP;
			case INTAKE_VALUE: return INTAKE;
			case SUPERVISION_PREPARATION_VALUE: return SUPERVISION_PREPARATION;
			case CONTACT_LOG_VALUE: return CONTACT_LOG;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private NoteKind(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //NoteKind
