/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.internal;

/**
 * What kind of contact detail a text is, read from its shape alone, for its placeholder: a supervisor needs to
 * know the client wrote from an e-mail address, never which one.
 */
public final class ContactKinds {

	private ContactKinds() {
	}

	/** "Email", "Handle", "IP address", "URL", "Phone", or "Contact" when the shape says nothing. */
	public static String kind(String text) {
		String t = text.strip();
		int at = t.indexOf('@');
		if (at > 0 && t.indexOf('.', at) > at + 1 && t.indexOf(' ') < 0) {
			return "Email";
		}
		if (t.matches("\\d{1,3}(\\.\\d{1,3}){3}(:\\d+)?") || t.matches("(?i)[0-9a-f]{0,4}(:[0-9a-f]{0,4}){2,7}") && t.contains(":")) {
			return "IP address";
		}
		if (t.matches("(?i)(https?://|www\\.).*") || t.matches("(?i)[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)*\\.[a-z]{2,}(/\\S*)?")) {
			return "URL";
		}
		if (at == 0 || t.matches("(?i)u/\\S+") || t.matches("[\\p{L}\\p{N}._-]+") && !t.matches("[\\d._-]+")) {
			return "Handle";
		}
		long digits = t.chars().filter(Character::isDigit).count();
		if (digits >= 5 && t.matches("[\\d\\s+().\\-/ext]+")) {
			return "Phone";
		}
		return "Contact";
	}
}
