/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.internal;

/** Text put into the HTML that Casenotes writes (share packets, feedback, reports): escaped, whatever it holds. */
public final class Html {

	private Html() {
	}

	/** {@code text} safe in element content and in quoted attribute values; null is empty. */
	public static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int k = 0; k < text.length(); k++) {
			char c = text.charAt(k);
			switch (c) {
			case '&' -> out.append("&amp;");
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '"' -> out.append("&quot;");
			case '\'' -> out.append("&#39;");
			default -> out.append(c);
			}
		}
		return out.toString();
	}
}
