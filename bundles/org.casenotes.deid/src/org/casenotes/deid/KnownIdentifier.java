/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid;

import java.util.Objects;

/**
 * Something the therapist has recorded as identifying a client: a name on the identity sheet, a relative, an
 * employer, a phone number. {@code role} says whose or what it is ("client", "sister", "employer") and names
 * the placeholder that replaces it.
 */
public record KnownIdentifier(String text, IdentifierType type, String role) {

	public KnownIdentifier {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(type, "type");
		role = role == null || role.isBlank() ? "" : role.strip();
	}
}
