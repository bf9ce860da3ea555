/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the engine knows before it reads a note: the client's known identifiers (found in every variant, with
 * certainty), the texts the therapist dismissed as false positives for this case, and the confidence below
 * which a finding is not reported. Immutable; build one per case with {@link #builder()}.
 */
public final class DetectionContext {

	/** No prior knowledge: the engine's own recognizers only. */
	public static final DetectionContext EMPTY = builder().build();

	/** Findings below this confidence are left out unless a context asks otherwise. */
	public static final double DEFAULT_MINIMUM_CONFIDENCE = 0.5;

	private final List<KnownIdentifier> known;
	private final List<LocalDate> datesOfBirth;
	private final Set<String> dismissed;
	private final double minimumConfidence;

	private DetectionContext(Builder builder) {
		known = List.copyOf(builder.known);
		datesOfBirth = List.copyOf(builder.datesOfBirth);
		dismissed = Collections.unmodifiableSet(new LinkedHashSet<>(builder.dismissed));
		minimumConfidence = builder.minimumConfidence;
	}

	public static Builder builder() {
		return new Builder();
	}

	public List<KnownIdentifier> known() {
		return known;
	}

	public List<LocalDate> datesOfBirth() {
		return datesOfBirth;
	}

	/** Dismissed texts, lower-cased: a finding whose text is one of them is not reported. */
	public Set<String> dismissed() {
		return dismissed;
	}

	public double minimumConfidence() {
		return minimumConfidence;
	}

	public boolean isEmpty() {
		return known.isEmpty() && datesOfBirth.isEmpty();
	}

	public static final class Builder {

		private final List<KnownIdentifier> known = new ArrayList<>();
		private final List<LocalDate> datesOfBirth = new ArrayList<>();
		private final Set<String> dismissed = new LinkedHashSet<>();
		private double minimumConfidence = DEFAULT_MINIMUM_CONFIDENCE;

		private Builder() {
		}

		public Builder add(KnownIdentifier identifier) {
			if (!identifier.text().isBlank()) {
				known.add(identifier);
			}
			return this;
		}

		/** A person's name; {@code role} is "client" for the client's own names, else the relation ("sister"). */
		public Builder name(String name, String role) {
			return name == null ? this : add(new KnownIdentifier(name, IdentifierType.NAME, role));
		}

		/** A place, employer, school or other organisation tied to the client. */
		public Builder place(String place, String role) {
			return place == null ? this : add(new KnownIdentifier(place, IdentifierType.LOCATION, role));
		}

		/** A phone number, e-mail address, handle, website or postal address. */
		public Builder contact(String contact, String role) {
			return contact == null ? this : add(new KnownIdentifier(contact, IdentifierType.CONTACT, role));
		}

		/** Any other identifying text: a record number, a pet's name, a car's plate. */
		public Builder identifier(String text, String role) {
			return text == null ? this : add(new KnownIdentifier(text, IdentifierType.ID, role));
		}

		public Builder dateOfBirth(LocalDate date) {
			if (date != null) {
				datesOfBirth.add(date);
			}
			return this;
		}

		/** A text the therapist has marked as not identifying, for this case. */
		public Builder dismiss(String text) {
			if (text != null && !text.isBlank()) {
				dismissed.add(text.strip().toLowerCase(Locale.ROOT));
			}
			return this;
		}

		public Builder minimumConfidence(double confidence) {
			if (confidence < 0 || confidence > 1) {
				throw new IllegalArgumentException("a confidence is between 0 and 1: " + confidence);
			}
			minimumConfidence = confidence;
			return this;
		}

		public DetectionContext build() {
			return new DetectionContext(this);
		}
	}
}
