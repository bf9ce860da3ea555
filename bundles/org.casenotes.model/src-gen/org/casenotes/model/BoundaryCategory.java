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
 * A representation of the literals of the enumeration '<em><b>Boundary Category</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.casenotes.model.CasenotesPackage#getBoundaryCategory()
 * @model
 * @generated
 */
public enum BoundaryCategory implements Enumerator {
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
	 * The '<em><b>DUAL RELATIONSHIP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DUAL_RELATIONSHIP_VALUE
	 * @generated
	 * @ordered
	 */
	DUAL_RELATIONSHIP(1, "DUAL_RELATIONSHIP", "Dual or multiple relationship"),

	/**
	 * The '<em><b>SOCIAL MEDIA</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_MEDIA_VALUE
	 * @generated
	 * @ordered
	 */
	SOCIAL_MEDIA(2, "SOCIAL_MEDIA", "Social media"),

	/**
	 * The '<em><b>INTERNET SEARCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERNET_SEARCH_VALUE
	 * @generated
	 * @ordered
	 */
	INTERNET_SEARCH(3, "INTERNET_SEARCH", "Internet searching"),

	/**
	 * The '<em><b>GIFT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GIFT_VALUE
	 * @generated
	 * @ordered
	 */
	GIFT(4, "GIFT", "Gifts"),

	/**
	 * The '<em><b>OUT OF SESSION CONTACT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OUT_OF_SESSION_CONTACT_VALUE
	 * @generated
	 * @ordered
	 */
	OUT_OF_SESSION_CONTACT(5, "OUT_OF_SESSION_CONTACT", "Out-of-session contact"),

	/**
	 * The '<em><b>SELF DISCLOSURE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELF_DISCLOSURE_VALUE
	 * @generated
	 * @ordered
	 */
	SELF_DISCLOSURE(6, "SELF_DISCLOSURE", "Self-disclosure"),

	/**
	 * The '<em><b>CONFIDENTIALITY EXCEPTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFIDENTIALITY_EXCEPTION_VALUE
	 * @generated
	 * @ordered
	 */
	CONFIDENTIALITY_EXCEPTION(7, "CONFIDENTIALITY_EXCEPTION", "Confidentiality exception"),

	/**
	 * The '<em><b>PRIOR RELATIONSHIP</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIOR_RELATIONSHIP_VALUE
	 * @generated
	 * @ordered
	 */
	PRIOR_RELATIONSHIP(8, "PRIOR_RELATIONSHIP", "Prior relationship"),

	/**
	 * The '<em><b>POST TERMINATION CONTACT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POST_TERMINATION_CONTACT_VALUE
	 * @generated
	 * @ordered
	 */
	POST_TERMINATION_CONTACT(9, "POST_TERMINATION_CONTACT", "Post-termination contact"),

	/**
	 * The '<em><b>TOUCH</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOUCH_VALUE
	 * @generated
	 * @ordered
	 */
	TOUCH(10, "TOUCH", "Touch"),

	/**
	 * The '<em><b>BARTERING AND FEES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BARTERING_AND_FEES_VALUE
	 * @generated
	 * @ordered
	 */
	BARTERING_AND_FEES(11, "BARTERING_AND_FEES", "Bartering and fees"),

	/**
	 * The '<em><b>CONFLICT OF INTEREST</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFLICT_OF_INTEREST_VALUE
	 * @generated
	 * @ordered
	 */
	CONFLICT_OF_INTEREST(12, "CONFLICT_OF_INTEREST", "Conflict of interest or third-party request"),

	/**
	 * The '<em><b>ROLE CHANGE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROLE_CHANGE_VALUE
	 * @generated
	 * @ordered
	 */
	ROLE_CHANGE(13, "ROLE_CHANGE", "Role change"),

	/**
	 * The '<em><b>ATTRACTION</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ATTRACTION_VALUE
	 * @generated
	 * @ordered
	 */
	ATTRACTION(14, "ATTRACTION", "Attraction or advances"),

	/**
	 * The '<em><b>CASE MATERIAL USE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CASE_MATERIAL_USE_VALUE
	 * @generated
	 * @ordered
	 */
	CASE_MATERIAL_USE(15, "CASE_MATERIAL_USE", "Use of case material in supervision or teaching"),

	/**
	 * The '<em><b>RECORDING AND TECHNOLOGY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECORDING_AND_TECHNOLOGY_VALUE
	 * @generated
	 * @ordered
	 */
	RECORDING_AND_TECHNOLOGY(16, "RECORDING_AND_TECHNOLOGY", "Recording and technology");

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
	 * The '<em><b>DUAL RELATIONSHIP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #DUAL_RELATIONSHIP
	 * @model literal="Dual or multiple relationship"
	 * @generated
	 * @ordered
	 */
	public static final int DUAL_RELATIONSHIP_VALUE = 1;

	/**
	 * The '<em><b>SOCIAL MEDIA</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SOCIAL_MEDIA
	 * @model literal="Social media"
	 * @generated
	 * @ordered
	 */
	public static final int SOCIAL_MEDIA_VALUE = 2;

	/**
	 * The '<em><b>INTERNET SEARCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INTERNET_SEARCH
	 * @model literal="Internet searching"
	 * @generated
	 * @ordered
	 */
	public static final int INTERNET_SEARCH_VALUE = 3;

	/**
	 * The '<em><b>GIFT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #GIFT
	 * @model literal="Gifts"
	 * @generated
	 * @ordered
	 */
	public static final int GIFT_VALUE = 4;

	/**
	 * The '<em><b>OUT OF SESSION CONTACT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OUT_OF_SESSION_CONTACT
	 * @model literal="Out-of-session contact"
	 * @generated
	 * @ordered
	 */
	public static final int OUT_OF_SESSION_CONTACT_VALUE = 5;

	/**
	 * The '<em><b>SELF DISCLOSURE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SELF_DISCLOSURE
	 * @model literal="Self-disclosure"
	 * @generated
	 * @ordered
	 */
	public static final int SELF_DISCLOSURE_VALUE = 6;

	/**
	 * The '<em><b>CONFIDENTIALITY EXCEPTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFIDENTIALITY_EXCEPTION
	 * @model literal="Confidentiality exception"
	 * @generated
	 * @ordered
	 */
	public static final int CONFIDENTIALITY_EXCEPTION_VALUE = 7;

	/**
	 * The '<em><b>PRIOR RELATIONSHIP</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRIOR_RELATIONSHIP
	 * @model literal="Prior relationship"
	 * @generated
	 * @ordered
	 */
	public static final int PRIOR_RELATIONSHIP_VALUE = 8;

	/**
	 * The '<em><b>POST TERMINATION CONTACT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #POST_TERMINATION_CONTACT
	 * @model literal="Post-termination contact"
	 * @generated
	 * @ordered
	 */
	public static final int POST_TERMINATION_CONTACT_VALUE = 9;

	/**
	 * The '<em><b>TOUCH</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TOUCH
	 * @model literal="Touch"
	 * @generated
	 * @ordered
	 */
	public static final int TOUCH_VALUE = 10;

	/**
	 * The '<em><b>BARTERING AND FEES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BARTERING_AND_FEES
	 * @model literal="Bartering and fees"
	 * @generated
	 * @ordered
	 */
	public static final int BARTERING_AND_FEES_VALUE = 11;

	/**
	 * The '<em><b>CONFLICT OF INTEREST</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CONFLICT_OF_INTEREST
	 * @model literal="Conflict of interest or third-party request"
	 * @generated
	 * @ordered
	 */
	public static final int CONFLICT_OF_INTEREST_VALUE = 12;

	/**
	 * The '<em><b>ROLE CHANGE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ROLE_CHANGE
	 * @model literal="Role change"
	 * @generated
	 * @ordered
	 */
	public static final int ROLE_CHANGE_VALUE = 13;

	/**
	 * The '<em><b>ATTRACTION</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ATTRACTION
	 * @model literal="Attraction or advances"
	 * @generated
	 * @ordered
	 */
	public static final int ATTRACTION_VALUE = 14;

	/**
	 * The '<em><b>CASE MATERIAL USE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CASE_MATERIAL_USE
	 * @model literal="Use of case material in supervision or teaching"
	 * @generated
	 * @ordered
	 */
	public static final int CASE_MATERIAL_USE_VALUE = 15;

	/**
	 * The '<em><b>RECORDING AND TECHNOLOGY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RECORDING_AND_TECHNOLOGY
	 * @model literal="Recording and technology"
	 * @generated
	 * @ordered
	 */
	public static final int RECORDING_AND_TECHNOLOGY_VALUE = 16;

	/**
	 * An array of all the '<em><b>Boundary Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final BoundaryCategory[] VALUES_ARRAY =
		new BoundaryCategory[] {
			OTHER,
			DUAL_RELATIONSHIP,
			SOCIAL_MEDIA,
			INTERNET_SEARCH,
			GIFT,
			OUT_OF_SESSION_CONTACT,
			SELF_DISCLOSURE,
			CONFIDENTIALITY_EXCEPTION,
			PRIOR_RELATIONSHIP,
			POST_TERMINATION_CONTACT,
			TOUCH,
			BARTERING_AND_FEES,
			CONFLICT_OF_INTEREST,
			ROLE_CHANGE,
			ATTRACTION,
			CASE_MATERIAL_USE,
			RECORDING_AND_TECHNOLOGY,
		};

	/**
	 * A public read-only list of all the '<em><b>Boundary Category</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<BoundaryCategory> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Boundary Category</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BoundaryCategory get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BoundaryCategory result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Boundary Category</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BoundaryCategory getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			BoundaryCategory result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Boundary Category</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static BoundaryCategory get(int value) {
		switch (value) {
			case OTHER_VALUE: return OTHER;
			case DUAL_RELATIONSHIP_VALUE: return DUAL_RELATIONSHIP;
			case SOCIAL_MEDIA_VALUE: return SOCIAL_MEDIA;
			case INTERNET_SEARCH_VALUE: return INTERNET_SEARCH;
			case GIFT_VALUE: return GIFT;
			case OUT_OF_SESSION_CONTACT_VALUE: return OUT_OF_SESSION_CONTACT;
			case SELF_DISCLOSURE_VALUE: return SELF_DISCLOSURE;
			case CONFIDENTIALITY_EXCEPTION_VALUE: return CONFIDENTIALITY_EXCEPTION;
			case PRIOR_RELATIONSHIP_VALUE: return PRIOR_RELATIONSHIP;
			case POST_TERMINATION_CONTACT_VALUE: return POST_TERMINATION_CONTACT;
			case TOUCH_VALUE: return TOUCH;
			case BARTERING_AND_FEES_VALUE: return BARTERING_AND_FEES;
			case CONFLICT_OF_INTEREST_VALUE: return CONFLICT_OF_INTEREST;
			case ROLE_CHANGE_VALUE: return ROLE_CHANGE;
			case ATTRACTION_VALUE: return ATTRACTION;
			case CASE_MATERIAL_USE_VALUE: return CASE_MATERIAL_USE;
			case RECORDING_AND_TECHNOLOGY_VALUE: return RECORDING_AND_TECHNOLOGY;
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
	private BoundaryCategory(int value, String name, String literal) {
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
	
} //BoundaryCategory
