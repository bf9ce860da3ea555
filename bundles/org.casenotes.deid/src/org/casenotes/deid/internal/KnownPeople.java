/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.casenotes.deid.DetectionContext;
import org.casenotes.deid.IdentifierType;
import org.casenotes.deid.KnownIdentifier;

/**
 * The people on a case's identity sheet, for replacement: which of them a mention stands for, whatever form it
 * takes ("Liz", "Ms Moore", "Liz Moore", "E.M."), and every word of their names, which a surrogate or a
 * placeholder must never repeat.
 */
public final class KnownPeople {

	private final KnownIdentifiers identifiers;
	/** Each known person's name words with the other forms of each given name. */
	private final Map<KnownIdentifier, Set<String>> words = new LinkedHashMap<>();
	private final Map<KnownIdentifier, List<String>> initials = new LinkedHashMap<>();
	private final Set<String> allWords = new HashSet<>();

	private KnownPeople(DetectionContext context, Lexicons lexicons) {
		identifiers = KnownIdentifiers.compile(context, lexicons);
		for (KnownIdentifier known : context.known()) {
			if (known.type() != IdentifierType.NAME) {
				continue;
			}
			List<String> name = NameWords.of(known.text());
			Set<String> forms = NameWords.expanded(name);
			for (String word : List.copyOf(forms)) {
				forms.addAll(lexicons.nicknames(word));
			}
			words.put(known, forms);
			allWords.addAll(forms);
			if (name.size() >= 2) {
				StringBuilder all = new StringBuilder();
				name.forEach(w -> all.append(w.charAt(0)));
				initials.put(known, List.of(all.toString(), "" + name.get(0).charAt(0) + name.get(name.size() - 1).charAt(0)));
			}
		}
	}

	public static KnownPeople of(DetectionContext context) {
		return new KnownPeople(context == null ? DetectionContext.EMPTY : context, Lexicons.get());
	}

	/** The compiled forms of every known identifier of the context (places and numbers too). */
	public KnownIdentifiers identifiers() {
		return identifiers;
	}

	/**
	 * The known person {@code mention} names, or null. Every word of the mention must belong to one person's
	 * name, so "Rose Whitlock" is not the sister "Rose Moore". A surname two known people share goes to the
	 * client, or else to the first listed, as detection does.
	 */
	public KnownIdentifier find(String mention) {
		KnownIdentifier exact = identifiers.identify(mention);
		if (exact != null && exact.type() == IdentifierType.NAME) {
			return exact;
		}
		List<String> mentioned = NameWords.of(mention);
		List<KnownIdentifier> matches = new ArrayList<>();
		if (mentioned.isEmpty()) {
			String letters = NameWords.letters(mention);
			initials.forEach((known, forms) -> {
				if (letters.length() >= 2 && forms.contains(letters)) {
					matches.add(known);
				}
			});
		} else {
			words.forEach((known, forms) -> {
				if (covers(forms, mentioned)) {
					matches.add(known);
				}
			});
		}
		for (KnownIdentifier known : matches) {
			if (isClient(known)) {
				return known;
			}
		}
		return matches.isEmpty() ? null : matches.get(0);
	}

	/** Whether each word, or each part of a hyphenated word, is one of {@code forms}. */
	private static boolean covers(Set<String> forms, List<String> mentioned) {
		for (String word : mentioned) {
			if (!forms.contains(word) && !(word.indexOf('-') > 0 && forms.containsAll(List.of(word.split("-"))))) {
				return false;
			}
		}
		return true;
	}

	/** Whether {@code word} (folded) is part of a known person's name, in any of its forms. */
	public boolean isName(String word) {
		return allWords.contains(word);
	}

	public static boolean isClient(KnownIdentifier known) {
		return known.role().equalsIgnoreCase("client");
	}
}
