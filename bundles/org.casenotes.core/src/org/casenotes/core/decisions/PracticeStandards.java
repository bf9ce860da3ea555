/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.decisions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.casenotes.core.PracticeStore;
import org.casenotes.core.StoreException;
import org.casenotes.model.BoundaryCategory;
import org.casenotes.model.BoundaryDecision;
import org.casenotes.model.CasenotesFactory;
import org.casenotes.model.CasenotesPackage;
import org.casenotes.model.PracticeStandard;
import org.casenotes.model.StandardRequirement;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * What a practice requires of a boundary decision record. A standard file is plain text: {@code name=},
 * {@code version=}, {@code issuedBy=} and one line per category, {@code SOCIAL_MEDIA=facts,decision,...}.
 */
public final class PracticeStandards {

	private static final List<String> MINIMUM = List.of("facts", "standardsCited", "options", "consultations", "decision", "rationale",
			"followUpDate");

	private final PracticeStore store;

	public PracticeStandards(PracticeStore store) {
		this.store = store;
	}

	public PracticeStandard importStandard(Path file) throws StandardException, StoreException {
		List<String> lines;
		try {
			lines = Files.readAllLines(file);
		} catch (IOException | RuntimeException e) {
			throw new StandardException("Cannot read " + file.getFileName() + ".");
		}
		PracticeStandard standard = CasenotesFactory.eINSTANCE.createPracticeStandard();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			int eq = line.indexOf('=');
			if (eq <= 0) {
				throw new StandardException("Line " + (i + 1) + " of " + file.getFileName() + " is not \u201Ckey=value\u201D.");
			}
			String key = line.substring(0, eq).strip();
			String value = line.substring(eq + 1).strip();
			switch (key) {
			case "name" -> standard.setName(value);
			case "version" -> standard.setVersion(value);
			case "issuedBy" -> standard.setIssuedBy(value);
			default -> {
				BoundaryCategory category = BoundaryCategory.getByName(key.toUpperCase(Locale.ROOT));
				if (category == null) {
					throw new StandardException("Line " + (i + 1) + ": \u201C" + key + "\u201D is not a boundary category.");
				}
				StandardRequirement requirement = CasenotesFactory.eINSTANCE.createStandardRequirement();
				requirement.setCategory(category);
				for (String field : value.split(",")) {
					String name = field.strip();
					if (CasenotesPackage.Literals.BOUNDARY_DECISION.getEStructuralFeature(name) == null) {
						throw new StandardException("Line " + (i + 1) + ": \u201C" + name + "\u201D is not a field of a boundary decision.");
					}
					requirement.getFields().add(name);
				}
				standard.getRequiredCategories().add(category);
				standard.getRequirements().add(requirement);
			}
			}
		}
		if (standard.getName() == null || standard.getName().isBlank()) {
			throw new StandardException(file.getFileName() + " does not name the standard (a \u201Cname=\u201D line).");
		}
		store.practice().setStandard(standard);
		store.save();
		return standard;
	}

	public static PracticeStandard minimum() {
		PracticeStandard standard = CasenotesFactory.eINSTANCE.createPracticeStandard();
		standard.setName("Casenotes minimum");
		return standard;
	}

	public static Completeness completeness(BoundaryDecision d, PracticeStandard standard) {
		List<String> fields = new ArrayList<>(MINIMUM);
		if (standard != null) {
			for (StandardRequirement r : standard.getRequirements()) {
				if (r.getCategory() == d.getCategory()) {
					fields = new ArrayList<>(r.getFields());
				}
			}
		}
		if (d.getCategory() == BoundaryCategory.CONFIDENTIALITY_EXCEPTION && !fields.contains("confidentialityException")) {
			fields.add("confidentialityException");
		}
		List<String> missing = new ArrayList<>();
		for (String field : fields) {
			EStructuralFeature feature = CasenotesPackage.Literals.BOUNDARY_DECISION.getEStructuralFeature(field);
			Object value = feature == null ? null : d.eGet(feature);
			boolean filled = value instanceof Collection<?> c ? !c.isEmpty() : value instanceof String s ? !s.isBlank() : value != null;
			if (!filled) {
				missing.add(label(field));
			}
		}
		return new Completeness(fields.size() - missing.size(), fields.size(), List.copyOf(missing));
	}

	public record Completeness(int filled, int required, List<String> missing) {
		public boolean complete() {
			return missing.isEmpty();
		}
	}

	/** "standardsCited" becomes "Standards cited". */
	public static String label(String featureName) {
		String words = featureName.replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT).strip();
		return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}
}
