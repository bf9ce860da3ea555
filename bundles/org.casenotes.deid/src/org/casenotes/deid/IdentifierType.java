/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid;

/**
 * What a finding identifies: the top-level categories of the i2b2/UTHealth 2014 de-identification guidelines,
 * so figures compare with published tables.
 */
public enum IdentifierType {
	/** A person's name or part of one, nickname, initials standing for a person. */
	NAME,
	/** A date element more specific than a year. */
	DATE,
	/** A person's age in years. */
	AGE,
	/** Addresses, towns, regions, postcodes, and organisations and named places tied to a person. */
	LOCATION,
	/** Phone numbers, e-mail addresses, URLs, IP addresses and social-media handles. */
	CONTACT,
	/** Record, insurance, licence and account numbers, licence plates, serials. */
	ID,
	/** An occupation that narrows who someone is. */
	PROFESSION
}
