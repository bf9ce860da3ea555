/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal;

import java.util.EnumMap;
import java.util.Map;

import org.casenotes.deid.Finding;
import org.casenotes.deid.IdentifierType;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/**
 * How an identifier looks in the editor. Never by colour alone: each type has its own underline (double for
 * names, wavy for places, single for dates and ages, dotted-like error line for contacts and numbers) and the
 * hover names it. The colours are mid-tones that read on light and dark backgrounds.
 */
public final class FindingStyles {

	private static final Map<IdentifierType, RGB> COLOURS = new EnumMap<>(Map.of(IdentifierType.NAME, new RGB(0xD0, 0x3A, 0x2F),
			IdentifierType.DATE, new RGB(0x2E, 0x7D, 0xD1), IdentifierType.AGE, new RGB(0x8E, 0x5C, 0xC2), IdentifierType.LOCATION,
			new RGB(0x21, 0x96, 0x5A), IdentifierType.CONTACT, new RGB(0xD3, 0x7A, 0x10), IdentifierType.ID, new RGB(0x12, 0x99, 0x8E),
			IdentifierType.PROFESSION, new RGB(0xA8, 0x6B, 0x2C)));

	private static final Map<IdentifierType, String> NAMES = new EnumMap<>(Map.of(IdentifierType.NAME, "Name", IdentifierType.DATE,
			"Date", IdentifierType.AGE, "Age", IdentifierType.LOCATION, "Place or organisation", IdentifierType.CONTACT, "Contact detail",
			IdentifierType.ID, "Identifying number", IdentifierType.PROFESSION, "Occupation"));

	private FindingStyles() {
	}

	/** The style of a finding, for a text widget on {@code display}. */
	public static StyleRange style(Display display, Finding finding) {
		StyleRange style = new StyleRange();
		style.start = finding.start();
		style.length = finding.length();
		Color colour = new Color(display, COLOURS.get(finding.type()));
		style.foreground = colour;
		style.underline = true;
		style.underlineColor = colour;
		style.underlineStyle = switch (finding.type()) {
		case NAME -> SWT.UNDERLINE_DOUBLE;
		case LOCATION -> SWT.UNDERLINE_SQUIGGLE;
		case CONTACT, ID -> SWT.UNDERLINE_ERROR;
		default -> SWT.UNDERLINE_SINGLE;
		};
		if (finding.type() == IdentifierType.NAME) {
			style.fontStyle = SWT.BOLD;
		}
		return style;
	}

	/** "Name", "Place or organisation": what a finding is, in words. */
	public static String describe(IdentifierType type) {
		return NAMES.get(type);
	}
}
