/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The little JSON the evaluation files and the command line need: parse a line, quote a string. */
public final class Json {

	private final String s;
	private int i;

	private Json(String s) {
		this.s = s;
	}

	/** Objects become maps, arrays lists, numbers {@link Double} or {@link Long}; malformed input throws. */
	public static Object parse(String json) {
		Json parser = new Json(json);
		Object value = parser.value();
		parser.space();
		if (parser.i != json.length()) {
			throw parser.error("trailing characters");
		}
		return value;
	}

	/** {@code text} as a JSON string literal, every control character and line separator escaped. */
	public static String quote(CharSequence text) {
		StringBuilder out = new StringBuilder(text.length() + 2).append('"');
		for (int k = 0; k < text.length(); k++) {
			char c = text.charAt(k);
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c) && !validSurrogate(text, k)) {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.append('"').toString();
	}

	private static boolean validSurrogate(CharSequence text, int k) {
		char c = text.charAt(k);
		if (Character.isHighSurrogate(c)) {
			return k + 1 < text.length() && Character.isLowSurrogate(text.charAt(k + 1));
		}
		return k > 0 && Character.isHighSurrogate(text.charAt(k - 1));
	}

	private Object value() {
		space();
		if (i >= s.length()) {
			throw error("unexpected end");
		}
		char c = s.charAt(i);
		return switch (c) {
		case '{' -> object();
		case '[' -> array();
		case '"' -> string();
		case 't' -> literal("true", Boolean.TRUE);
		case 'f' -> literal("false", Boolean.FALSE);
		case 'n' -> literal("null", null);
		default -> number();
		};
	}

	private Map<String, Object> object() {
		Map<String, Object> map = new LinkedHashMap<>();
		i++;
		space();
		if (peek('}')) {
			i++;
			return map;
		}
		while (true) {
			space();
			String key = string();
			space();
			expect(':');
			map.put(key, value());
			space();
			if (peek(',')) {
				i++;
			} else {
				expect('}');
				return map;
			}
		}
	}

	private List<Object> array() {
		List<Object> list = new ArrayList<>();
		i++;
		space();
		if (peek(']')) {
			i++;
			return list;
		}
		while (true) {
			list.add(value());
			space();
			if (peek(',')) {
				i++;
			} else {
				expect(']');
				return list;
			}
		}
	}

	private String string() {
		expect('"');
		StringBuilder out = new StringBuilder();
		while (i < s.length()) {
			char c = s.charAt(i++);
			if (c == '"') {
				return out.toString();
			}
			if (c == '\\') {
				if (i >= s.length()) {
					break;
				}
				char e = s.charAt(i++);
				switch (e) {
				case 'n' -> out.append('\n');
				case 'r' -> out.append('\r');
				case 't' -> out.append('\t');
				case 'b' -> out.append('\b');
				case 'f' -> out.append('\f');
				case 'u' -> {
					if (i + 4 > s.length()) {
						throw error("bad \\u escape");
					}
					out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
					i += 4;
				}
				default -> out.append(e);
				}
			} else {
				out.append(c);
			}
		}
		throw error("unterminated string");
	}

	private Object number() {
		int start = i;
		while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
			i++;
		}
		String number = s.substring(start, i);
		if (number.isEmpty()) {
			throw error("unexpected character '" + s.charAt(i) + "'");
		}
		try {
			return number.matches("-?[0-9]+") ? (Object) Long.parseLong(number) : (Object) Double.parseDouble(number);
		} catch (NumberFormatException e) {
			throw error("bad number " + number);
		}
	}

	private Object literal(String word, Object value) {
		if (!s.startsWith(word, i)) {
			throw error("unexpected character '" + s.charAt(i) + "'");
		}
		i += word.length();
		return value;
	}

	private boolean peek(char c) {
		return i < s.length() && s.charAt(i) == c;
	}

	private void expect(char c) {
		if (!peek(c)) {
			throw error("expected '" + c + "'");
		}
		i++;
	}

	private void space() {
		while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
			i++;
		}
	}

	private IllegalArgumentException error(String message) {
		return new IllegalArgumentException("malformed JSON at character " + i + ": " + message);
	}
}
