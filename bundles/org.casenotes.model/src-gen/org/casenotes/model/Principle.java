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
 * A representation of the literals of the enumeration '<em><b>Principle</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.casenotes.model.CasenotesPackage#getPrinciple()
 * @model
 * @generated
 */
public enum Principle implements Enumerator {
	/**
	 * The '<em><b>AUTONOMY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUTONOMY_VALUE
	 * @generated
	 * @ordered
	 */
	AUTONOMY(0, "AUTONOMY", "Autonomy"),

	/**
	 * The '<em><b>NON MALEFICENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NON_MALEFICENCE_VALUE
	 * @generated
	 * @ordered
	 */
	NON_MALEFICENCE(1, "NON_MALEFICENCE", "Non-maleficence"),

	/**
	 * The '<em><b>BENEFICENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BENEFICENCE_VALUE
	 * @generated
	 * @ordered
	 */
	BENEFICENCE(2, "BENEFICENCE", "Beneficence"),

	/**
	 * The '<em><b>JUSTICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JUSTICE_VALUE
	 * @generated
	 * @ordered
	 */
	JUSTICE(3, "JUSTICE", "Justice"),

	/**
	 * The '<em><b>FIDELITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIDELITY_VALUE
	 * @generated
	 * @ordered
	 */
	FIDELITY(4, "FIDELITY", "Fidelity");

	/**
	 * The '<em><b>AUTONOMY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #AUTONOMY
	 * @model literal="Autonomy"
	 * @generated
	 * @ordered
	 */
	public static final int AUTONOMY_VALUE = 0;

	/**
	 * The '<em><b>NON MALEFICENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NON_MALEFICENCE
	 * @model literal="Non-maleficence"
	 * @generated
	 * @ordered
	 */
	public static final int NON_MALEFICENCE_VALUE = 1;

	/**
	 * The '<em><b>BENEFICENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BENEFICENCE
	 * @model literal="Beneficence"
	 * @generated
	 * @ordered
	 */
	public static final int BENEFICENCE_VALUE = 2;

	/**
	 * The '<em><b>JUSTICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #JUSTICE
	 * @model literal="Justice"
	 * @generated
	 * @ordered
	 */
	public static final int JUSTICE_VALUE = 3;

	/**
	 * The '<em><b>FIDELITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FIDELITY
	 * @model literal="Fidelity"
	 * @generated
	 * @ordered
	 */
	public static final int FIDELITY_VALUE = 4;

	/**
	 * An array of all the '<em><b>Principle</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Principle[] VALUES_ARRAY =
		new Principle[] {
			AUTONOMY,
			NON_MALEFICENCE,
			BENEFICENCE,
			JUSTICE,
			FIDELITY,
		};

	/**
	 * A public read-only list of all the '<em><b>Principle</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Principle> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Principle</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Principle get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Principle result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Principle</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Principle getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Principle result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Principle</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Principle get(int value) {
		switch (value) {
			case AUTONOMY_VALUE: return AUTONOMY;
			case NON_MALEFICENCE_VALUE: return NON_MALEFICENCE;
			case BENEFICENCE_VALUE: return BENEFICENCE;
			case JUSTICE_VALUE: return JUSTICE;
			case FIDELITY_VALUE: return FIDELITY;
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
	private Principle(int value, String name, String literal) {
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
	
} //Principle
