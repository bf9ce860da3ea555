/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.casenotes.deid.IdentifierType;

/**
 * A name of several capitalised words found once ("from Valley Freight Logistics") is the same identifier
 * wherever else it is written ("provided by Valley Freight Logistics HR"), even without a cue there.
 * <p>
 * It runs on every note, so it keeps phrases as offsets into the text rather than substrings in hash maps: a
 * note has a handful of such phrases, and allocating and hashing them cost more than the rest of the pass.
 */
final class RepeatedPhrases {

	/** A phrase found as an identifier: where it was first written, its surest candidate, every start proposed. */
	private static final class Phrase {

		final int start;
		final int length;
		/** Only a phrase that opens with a word is looked for: the pass below reads words. */
		final boolean opensWithWord;
		Candidates.Candidate best;
		private int[] starts = new int[4];
		private int count;

		Phrase(Candidates.Candidate first, boolean opensWithWord) {
			start = first.start();
			length = first.end() - first.start();
			best = first;
			this.opensWithWord = opensWithWord;
		}

		void foundAt(int at) {
			if (count == starts.length) {
				starts = Arrays.copyOf(starts, count * 2);
			}
			starts[count++] = at;
		}

		/** Sorts the starts once they are all in, so each question is a binary search however often it was found. */
		void seal() {
			Arrays.sort(starts, 0, count);
		}

		boolean foundAtAlready(int at) {
			return Arrays.binarySearch(starts, 0, count, at) >= 0;
		}
	}

	private RepeatedPhrases() {
	}

	static void propose(Doc doc, Candidates out) {
		// the phrases to look for, by their first word: one pass over the tokens finds every repetition
		Lexicon firstWords = null;
		List<List<Phrase>> groups = new ArrayList<>();
		String text = null;
		for (Candidates.Candidate candidate : out.all()) {
			if (candidate.type() != IdentifierType.LOCATION && candidate.type() != IdentifierType.NAME || candidate.confidence() < 0.6) {
				continue;
			}
			int first = candidate.firstToken();
			int words = 0;
			for (int t = first; t < doc.size() && doc.start(t) < candidate.end() && words < 2; t++) {
				if (doc.isWord(t)) {
					words++;
				}
			}
			if (words < 2 || doc.start(first) != candidate.start()) {
				continue;
			}
			if (text == null) {
				text = doc.text.toString();
				firstWords = new Lexicon(16);
			}
			int group = firstWords.get(doc.fingerprint(first));
			if (group == 0) {
				groups.add(new ArrayList<>());
				group = groups.size();
				firstWords.addEntry(doc.fingerprint(first), group);
			}
			// the same text starts with the same first word, so it can only be in this group
			List<Phrase> phrases = groups.get(group - 1);
			Phrase phrase = find(phrases, text, candidate.start(), candidate.end() - candidate.start());
			if (phrase == null) {
				phrase = new Phrase(candidate, doc.isWord(first));
				phrases.add(phrase);
			}
			phrase.foundAt(candidate.start());
			if (candidate.confidence() > phrase.best.confidence()) {
				phrase.best = candidate;
			}
		}
		if (text == null) {
			return;
		}
		// a phrase is only found at a word like its first (one opening with a number never is): when all open
		// with a capital, only capitalised words are read
		boolean capitals = true;
		for (List<Phrase> phrases : groups) {
			for (Phrase phrase : phrases) {
				phrase.seal();
				capitals &= !phrase.opensWithWord || Character.isUpperCase(text.charAt(phrase.start));
			}
		}
		int tokens = capitals ? doc.capitalizedWords() : doc.size();
		for (int n = 0; n < tokens; n++) {
			int i = capitals ? doc.capitalizedWord(n) : n;
			// the table first: it turns nearly every token away, so the branch is predictable
			int group = firstWords.get(doc.fingerprint(i));
			if (group == 0 || !doc.isWord(i)) {
				continue;
			}
			int at = doc.start(i);
			if (at > 0 && Character.isLetterOrDigit(text.charAt(at - 1))) {
				continue;
			}
			for (Phrase phrase : groups.get(group - 1)) {
				int end = at + phrase.length;
				if (!text.regionMatches(at, text, phrase.start, phrase.length) || end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
					continue;
				}
				if (!phrase.foundAtAlready(at)) {
					out.addChars(at, end, phrase.best.type(), Math.max(0.8, phrase.best.confidence()), "propagation");
				}
			}
		}
	}

	/** The phrase of {@code phrases} whose text is {@code text[start, start + length)}, or null. */
	private static Phrase find(List<Phrase> phrases, String text, int start, int length) {
		for (Phrase phrase : phrases) {
			if (phrase.length == length && text.regionMatches(phrase.start, text, start, length)) {
				return phrase;
			}
		}
		return null;
	}
}
