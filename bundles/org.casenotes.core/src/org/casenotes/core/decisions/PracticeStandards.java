/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.decisions;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.casenotes.core.PracticeStore;
import org.casenotes.core.StoreException;
import org.casenotes.core.internal.AtomicFiles;
import org.casenotes.core.internal.CasenotesXmi;
import org.casenotes.model.BoundaryCategory;
import org.casenotes.model.BoundaryDecision;
import org.casenotes.model.CasenotesFactory;
import org.casenotes.model.CasenotesPackage;
import org.casenotes.model.Practice;
import org.casenotes.model.PracticeStandard;
import org.casenotes.model.StandardRequirement;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * A group practice's standard for consultation records ({@code *.cnstandard}, the XMI of one
 * {@link PracticeStandard}), and how complete a record is against it.
 * <p>
 * A requirement names fields of {@link BoundaryDecision} by their feature name ({@code "followUpDate"}); the
 * fields of a confidentiality exception are named through it ({@code "confidentialityException.legalBasis"}).
 * A field is filled when its text is not blank, its list not empty, its date or part set, and a yes/no field is
 * yes. {@code "decision"} is also filled by a chosen option, as when signing. The signature and the addenda are
 * not fields a standard can ask for: signing is measured apart.
 * <p>
 * A standard file comes from someone else, so it is read like a share packet: size-limited, no DOCTYPE or
 * entities, exactly one standard, every field name known. A refused file changes nothing.
 */
public final class PracticeStandards {

	/** The audit action of an import. */
	public static final String AUDIT_IMPORT = "import-standard";
	/** A standard is a few lists of names; anything near this size is not one. */
	static final long MAX_FILE_BYTES = 1024 * 1024;

	private static final String EXCEPTION = "confidentialityException";
	private static final Set<String> NOT_FIELDS = Set.of("status", "signedBy", "signedAt", "addenda");
	private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("category", "Category"),
			Map.entry("subcategory", "Subcategory"), Map.entry("initiatedBy", "Initiated by"), Map.entry("date", "Date of the event"),
			Map.entry("client", "Client"), Map.entry("facts", "Facts"), Map.entry("interpretation", "Interpretation"),
			Map.entry("standardsCited", "Standards cited"), Map.entry("principles", "Principles in tension"), Map.entry("risks", "Risks"),
			Map.entry("benefits", "Benefits"), Map.entry("options", "Options considered"), Map.entry("consultations", "Consultation"),
			Map.entry("decision", "Decision"), Map.entry("rationale", "Rationale"), Map.entry("documentedBeforeActing", "Documented before acting"),
			Map.entry("clientDiscussion", "Discussion with the client"), Map.entry("consentObtained", "Consent obtained"),
			Map.entry("precautions", "Precautions"), Map.entry("followUpDate", "Follow-up date"), Map.entry("followUpOutcome", "Follow-up outcome"),
			Map.entry("notes", "Linked notes"), Map.entry(EXCEPTION, "Confidentiality exception"), Map.entry("threat", "Threat"),
			Map.entry("personAtRisk", "Person at risk"), Map.entry("imminence", "Imminence"), Map.entry("legalBasis", "Legal basis"),
			Map.entry("whoWasTold", "Who was told"), Map.entry("toldAt", "When they were told"));

	/** How complete a record is: fields filled of those required, and the labels of those missing. */
	public record Completeness(int filled, int required, List<String> missing) {
		public boolean complete() {
			return missing.isEmpty();
		}
	}

	private final PracticeStore store;
	private final AuditedSteps steps;

	public PracticeStandards(PracticeStore store) {
		this.store = Objects.requireNonNull(store, "store");
		this.steps = new AuditedSteps(store);
	}

	/**
	 * Reads, checks and adopts a standard file: it replaces the practice's standard, is saved and recorded.
	 *
	 * @throws StandardException when the file is not a valid standard (one sentence; nothing changed)
	 */
	public PracticeStandard importStandard(Path file) throws StandardException, StoreException {
		PracticeStandard standard = read(file);
		Practice practice = store.practice();
		steps.checkTrail("import the standard");
		PracticeStandard previous = practice.getStandard();
		practice.setStandard(standard);
		Runnable undo = () -> practice.setStandard(previous);
		steps.save(undo);
		String name = printable(standard.getName()) + (blankOr(standard.getVersion()) ? "" : " " + printable(standard.getVersion()));
		steps.record(new DecisionRecords(store).signer(), AUDIT_IMPORT, "standard " + name, "from " + file.getFileName(), undo);
		return standard;
	}

	/** Reads and checks a standard file without adopting it. */
	public static PracticeStandard read(Path file) throws StandardException {
		String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
		byte[] bytes = readLimited(file, name);
		String text = new String(bytes, StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
		if (text.contains("<!DOCTYPE") || text.contains("<!ENTITY")) {
			throw new StandardException(name + " declares a DOCTYPE or entities, which a practice standard never has; it was not imported.");
		}
		Resource resource = CasenotesXmi.newResourceSet().createResource(URI.createURI("standard:/" + "standard.cnstandard"));
		try {
			resource.load(new ByteArrayInputStream(bytes), CasenotesXmi.loadOptions());
		} catch (IOException | RuntimeException e) {
			throw new StandardException(name + " is not a readable Casenotes practice standard (not well-formed Casenotes XML); it was not imported.", e);
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof PracticeStandard standard)) {
			throw new StandardException(name + " does not hold a practice standard; it was not imported.");
		}
		if (blankOr(standard.getName())) {
			throw new StandardException(name + ": the standard has no name; it was not imported.");
		}
		for (StandardRequirement requirement : standard.getRequirements()) {
			for (String field : requirement.getFields()) {
				if (!isField(field)) {
					throw new StandardException(name + " asks for a field Casenotes does not know, \"" + printable(field) + "\"; it was not imported.");
				}
			}
		}
		resource.getContents().clear();
		return standard;
	}

	private static byte[] readLimited(Path file, String name) throws StandardException {
		try {
			if (!Files.isRegularFile(file)) {
				throw new StandardException("There is no file " + file + ".");
			}
			if (Files.size(file) > MAX_FILE_BYTES) {
				throw new StandardException(name + " is larger than a practice standard may be (" + MAX_FILE_BYTES / 1024 + " KB); it was not imported.");
			}
			// the size is counted while reading too: the file may grow between the check and the read
			try (InputStream in = Files.newInputStream(file)) {
				byte[] bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
				if (bytes.length > MAX_FILE_BYTES) {
					throw new StandardException(name + " is larger than a practice standard may be; it was not imported.");
				}
				return bytes;
			}
		} catch (NoSuchFileException e) {
			throw new StandardException("There is no file " + file + ".", e);
		} catch (IOException e) {
			throw new StandardException("Casenotes cannot read " + file + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ".", e);
		}
	}

	/** Writes a standard to a file, replacing it atomically; the standard stays where it is. */
	public static void write(PracticeStandard standard, Path file) throws StoreException {
		Resource resource = CasenotesXmi.newResourceSet().createResource(URI.createFileURI(file.toAbsolutePath().toString()));
		resource.getContents().add(EcoreUtil.copy(standard));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			resource.save(bytes, CasenotesXmi.saveOptions());
			AtomicFiles.write(file, bytes.toByteArray());
		} catch (IOException e) {
			throw new StoreException("Casenotes could not write the standard to " + file + ": "
					+ (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ".", e);
		}
	}

	/**
	 * The standard used when the practice has imported none: what the ethics codes ask of every record (the facts,
	 * a consultation, the decision, its rationale and when it will be reviewed) and, for a confidentiality
	 * exception, the threat, its legal basis and who was told.
	 */
	public static PracticeStandard minimum() {
		CasenotesFactory f = CasenotesFactory.eINSTANCE;
		PracticeStandard standard = f.createPracticeStandard();
		standard.setName("Casenotes minimum");
		standard.setVersion("1");
		standard.setIssuedBy("Casenotes");
		StandardRequirement every = f.createStandardRequirement();
		every.getFields().addAll(List.of("facts", "consultations", "decision", "rationale", "followUpDate"));
		StandardRequirement exception = f.createStandardRequirement();
		exception.setCategory(BoundaryCategory.CONFIDENTIALITY_EXCEPTION);
		exception.getFields().addAll(List.of(EXCEPTION + ".threat", EXCEPTION + ".legalBasis", EXCEPTION + ".whoWasTold"));
		standard.getRequirements().add(every);
		standard.getRequirements().add(exception);
		return standard;
	}

	/** The fields the standard asks of this decision, in the standard's order. */
	public static List<String> requiredFields(BoundaryDecision d, PracticeStandard standard) {
		PracticeStandard applied = standard != null ? standard : minimum();
		Set<String> fields = new LinkedHashSet<>();
		for (StandardRequirement requirement : applied.getRequirements()) {
			// the first literal is the default, so a requirement for "Other" reads as one for every category
			if (!requirement.eIsSet(CasenotesPackage.Literals.STANDARD_REQUIREMENT__CATEGORY) || requirement.getCategory() == d.getCategory()) {
				fields.addAll(requirement.getFields());
			}
		}
		return new ArrayList<>(fields);
	}

	/** How complete the decision is against the standard ({@link #minimum()} when null). */
	public static Completeness completeness(BoundaryDecision d, PracticeStandard standard) {
		List<String> required = requiredFields(d, standard);
		List<String> missing = new ArrayList<>();
		for (String field : required) {
			if (!filled(d, field)) {
				missing.add(label(field));
			}
		}
		return new Completeness(required.size() - missing.size(), required.size(), List.copyOf(missing));
	}

	/** Whether the named field of the decision is filled, in the sense of the class comment. */
	public static boolean filled(BoundaryDecision d, String field) {
		if (field.equals("decision") && DecisionRecords.chosenOption(d) != null) {
			return true;
		}
		EObject owner = d;
		EStructuralFeature feature;
		int dot = field.indexOf('.');
		if (dot >= 0) {
			owner = d.getConfidentialityException();
			if (owner == null) {
				return false;
			}
			feature = owner.eClass().getEStructuralFeature(field.substring(dot + 1));
		} else {
			feature = owner.eClass().getEStructuralFeature(field);
		}
		if (feature == null) {
			return false;
		}
		Object value = owner.eGet(feature);
		if (value instanceof String text) {
			return !text.isBlank();
		}
		if (value instanceof List<?> list) {
			return !list.isEmpty();
		}
		if (value instanceof Boolean yes) {
			return yes;
		}
		return value != null;
	}

	/** Whether a requirement may name this field: a feature of a decision, or of its confidentiality exception. */
	static boolean isField(String field) {
		if (field == null) {
			return false;
		}
		EClass decision = CasenotesPackage.Literals.BOUNDARY_DECISION;
		int dot = field.indexOf('.');
		if (dot < 0) {
			return decision.getEStructuralFeature(field) != null && !NOT_FIELDS.contains(field);
		}
		if (!field.substring(0, dot).equals(EXCEPTION)) {
			return false;
		}
		EReference exception = (EReference) decision.getEStructuralFeature(EXCEPTION);
		return exception.getEReferenceType().getEStructuralFeature(field.substring(dot + 1)) != null;
	}

	/** The label a user reads for a field name: {@code "followUpDate"} is "Follow-up date". */
	public static String label(String featureName) {
		if (featureName == null || featureName.isEmpty()) {
			return "";
		}
		String last = featureName.substring(featureName.lastIndexOf('.') + 1);
		String known = LABELS.get(last);
		if (known != null) {
			return known;
		}
		String words = last.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	private static boolean blankOr(String s) {
		return s == null || s.isBlank();
	}

	/** Text from someone else's file, fit for one line of a message or an audit entry. */
	static String printable(String text) {
		String clean = text == null ? "" : text.replaceAll("\\p{Cntrl}", "?");
		return clean.length() > 60 ? clean.substring(0, 60) + "\u2026" : clean;
	}
}
