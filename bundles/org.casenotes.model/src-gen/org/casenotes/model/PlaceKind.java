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
 * A representation of the literals of the enumeration '<em><b>Place Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.casenotes.model.CasenotesPackage#getPlaceKind()
 * @model
 * @generated
 */
public enum PlaceKind implements Enumerator {
	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(0, "OTHER", "Other"),

	/**
	 * The '<em><b>HOME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOME_VALUE
	 * @generated
	 * @ordered
	 */
	HOME(1, "HOME", "Home"),

	/**
	 * The '<em><b>TOWN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOWN_VALUE
	 * @generated
	 * @ordered
	 */
	TOWN(2, "TOWN", "Town"),

	/**
	 * The '<em><b>SCHOOL</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCHOOL_VALUE
	 * @generated
	 * @ordered
	 */
	SCHOOL(3, "SCHOOL", "School"),

	/**
	 * The '<em><b>WORKPLACE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKPLACE_VALUE
	 * @generated
	 * @ordered
	 */
	WORKPLACE(4, "WORKPLACE", "Workplace"),

	/**
	 * The '<em><b>HEALTH CARE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEALTH_CARE_VALUE
	 * @generated
	 * @ordered
	 */
	HEALTH_CARE(5, "HEALTH_CARE", "Health care"),

	/**
	 * The '<em><b>PLACE OF WORSHIP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLACE_OF_WORSHIP_VALUE
	 * @generated
	 * @ordered
	 */
	PLACE_OF_WORSHIP(6, "PLACE_OF_WORSHIP", "Place of worship"),

	/**
	 * The '<em><b>CLUB</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLUB_VALUE
	 * @generated
	 * @ordered
	 */
	CLUB(7, "CLUB", "Club or gym");

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model literal="Other"
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 0;

	/**
	 * The '<em><b>HOME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HOME
	 * @model literal="Home"
	 * @generated
	 * @ordered
	 */
	public static final int HOME_VALUE = 1;

	/**
	 * The '<em><b>TOWN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOWN
	 * @model literal="Town"
	 * @generated
	 * @ordered
	 */
	public static final int TOWN_VALUE = 2;

	/**
	 * The '<em><b>SCHOOL</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SCHOOL
	 * @model literal="School"
	 * @generated
	 * @ordered
	 */
	public static final int SCHOOL_VALUE = 3;

	/**
	 * The '<em><b>WORKPLACE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #WORKPLACE
	 * @model literal="Workplace"
	 * @generated
	 * @ordered
	 */
	public static final int WORKPLACE_VALUE = 4;

	/**
	 * The '<em><b>HEALTH CARE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HEALTH_CARE
	 * @model literal="Health care"
	 * @generated
	 * @ordered
	 */
	public static final int HEALTH_CARE_VALUE = 5;

	/**
	 * The '<em><b>PLACE OF WORSHIP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PLACE_OF_WORSHIP
	 * @model literal="Place of worship"
	 * @generated
	 * @ordered
	 */
	public static final int PLACE_OF_WORSHIP_VALUE = 6;

	/**
	 * The '<em><b>CLUB</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CLUB
	 * @model literal="Club or gym"
	 * @generated
	 * @ordered
	 */
	public static final int CLUB_VALUE = 7;

	/**
	 * An array of all the '<em><b>Place Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final PlaceKind[] VALUES_ARRAY =
		new PlaceKind[] {
			OTHER,
			HOME,
			TOWN,
			SCHOOL,
			WORKPLACE,
			HEALTH_CARE,
			PLACE_OF_WORSHIP,
			CLUB,
		};

	/**
	 * A public read-only list of all the '<em><b>Place Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<PlaceKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Place Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PlaceKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PlaceKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Place Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PlaceKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			PlaceKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Place Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static PlaceKind get(int value) {
		switch (value) {
			case OTHER_VALUE: return OTHER;
			case HOME_VALUE: return HOME;
			case TOWN_VALUE: return TOWN;
			case SCHOOL_VALUE: return SCHOOL;
			case WORKPLACE_VALUE: return WORKPLACE;
			case HEALTH_CARE_VALUE: return HEALTH_CARE;
			case PLACE_OF_WORSHIP_VALUE: return PLACE_OF_WORSHIP;
			case CLUB_VALUE: return CLUB;
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
	private PlaceKind(int value, String name, String literal) {
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
	
} //PlaceKind
