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
 * A representation of the literals of the enumeration '<em><b>Recipient Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.casenotes.model.CasenotesPackage#getRecipientKind()
 * @model
 * @generated
 */
public enum RecipientKind implements Enumerator {
	/**
	 * The '<em><b>SUPERVISOR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERVISOR_VALUE
	 * @generated
	 * @ordered
	 */
	SUPERVISOR(0, "SUPERVISOR", "Supervisor"),

	/**
	 * The '<em><b>PEER GROUP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PEER_GROUP_VALUE
	 * @generated
	 * @ordered
	 */
	PEER_GROUP(1, "PEER_GROUP", "Peer consultation group"),

	/**
	 * The '<em><b>ETHICS CONSULTATION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ETHICS_CONSULTATION_VALUE
	 * @generated
	 * @ordered
	 */
	ETHICS_CONSULTATION(2, "ETHICS_CONSULTATION", "Ethics consultation");

	/**
	 * The '<em><b>SUPERVISOR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SUPERVISOR
	 * @model literal="Supervisor"
	 * @generated
	 * @ordered
	 */
	public static final int SUPERVISOR_VALUE = 0;

	/**
	 * The '<em><b>PEER GROUP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PEER_GROUP
	 * @model literal="Peer consultation group"
	 * @generated
	 * @ordered
	 */
	public static final int PEER_GROUP_VALUE = 1;

	/**
	 * The '<em><b>ETHICS CONSULTATION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ETHICS_CONSULTATION
	 * @model literal="Ethics consultation"
	 * @generated
	 * @ordered
	 */
	public static final int ETHICS_CONSULTATION_VALUE = 2;

	/**
	 * An array of all the '<em><b>Recipient Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final RecipientKind[] VALUES_ARRAY =
		new RecipientKind[] {
			SUPERVISOR,
			PEER_GROUP,
			ETHICS_CONSULTATION,
		};

	/**
	 * A public read-only list of all the '<em><b>Recipient Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<RecipientKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Recipient Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RecipientKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RecipientKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Recipient Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RecipientKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			RecipientKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Recipient Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static RecipientKind get(int value) {
		switch (value) {
			case SUPERVISOR_VALUE: return SUPERVISOR;
			case PEER_GROUP_VALUE: return PEER_GROUP;
			case ETHICS_CONSULTATION_VALUE: return ETHICS_CONSULTATION;
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
	private RecipientKind(int value, String name, String literal) {
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
	
} //RecipientKind
