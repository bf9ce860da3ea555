/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.casenotes.core.decisions.DecisionRecords;
import org.casenotes.model.BoundaryCategory;
import org.casenotes.model.BoundaryDecision;
import org.casenotes.model.CasenotesFactory;
import org.casenotes.model.CasenotesPackage.Literals;
import org.casenotes.model.Client;
import org.casenotes.model.ConfidentialityException;
import org.casenotes.model.ConsultantRole;
import org.casenotes.model.Consultation;
import org.casenotes.model.ConsultationMode;
import org.casenotes.model.DecisionOption;
import org.casenotes.model.Imminence;
import org.casenotes.model.Initiator;
import org.casenotes.model.Principle;
import org.casenotes.ui.CasenotesUi;
import org.casenotes.ui.internal.Labels;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;

/**
 * The fields of a boundary decision, in the steps of the ethical decision-making model. The New Decision wizard
 * shows one step per page; the consultation log shows them all, editable for a draft and read-only once signed.
 * An option or a consultation chosen in its table is shown in full in the fields below it, where a draft's is
 * corrected (Update) or a new one entered (Add). Every change goes through {@link DecisionEdits};
 * {@link #refresh()} shows the model again after an undo.
 */
public final class DecisionForm {

	private final BoundaryDecision decision;
	private final boolean editable;
	private final DecisionEdits edits;
	private final List<Client> clients;
	private final List<Runnable> showers = new ArrayList<>();
	private final List<Control> inputs = new ArrayList<>();
	private Runnable changed = () -> {
	};
	private boolean updating;
	private final java.util.Set<EStructuralFeature> chosen = new java.util.HashSet<>();

	public DecisionForm(BoundaryDecision decision, boolean editable, DecisionEdits edits, List<Client> clients) {
		this.decision = decision;
		this.editable = editable;
		this.edits = edits;
		this.clients = clients;
	}

	/** Called after every change the form makes (the wizard re-checks its pages). */
	public void onChange(Runnable changed) {
		this.changed = changed;
	}

	public BoundaryDecision decision() {
		return decision;
	}

	/** Whether the user picked a value for this feature in a combo (an enum's default is a choice too). */
	public boolean chosen(EStructuralFeature feature) {
		return chosen.contains(feature) || decision.eIsSet(feature);
	}

	/** Shows the model again in every field, except the one being typed in. */
	public void refresh() {
		updating = true;
		try {
			for (Runnable shower : showers) {
				shower.run();
			}
		} finally {
			updating = false;
		}
	}

	/** The input widgets, for tests: all disabled or read-only when the decision is signed. */
	public List<Control> inputs() {
		return inputs.stream().filter(c -> !c.isDisposed()).toList();
	}

	// ---- the steps

	public void createSituation(Composite parent) {
		grid(parent);
		combo(parent, "Client:", "decision.client", clients, Client::getCode, () -> decision, Literals.BOUNDARY_DECISION__CLIENT);
		combo(parent, "Category:", "decision.category", BoundaryCategory.VALUES, BoundaryCategory::getLiteral, () -> decision,
				Literals.BOUNDARY_DECISION__CATEGORY);
		text(parent, "Subcategory:", "decision.subcategory", false, () -> decision, Literals.BOUNDARY_DECISION__SUBCATEGORY);
		combo(parent, "Initiated by:", "decision.initiatedBy", Initiator.VALUES, Initiator::getLiteral, () -> decision,
				Literals.BOUNDARY_DECISION__INITIATED_BY);
		date(parent, "Date of the event:", "decision.date", () -> decision, Literals.BOUNDARY_DECISION__DATE, false);
		text(parent, "Facts (what happened):", "decision.facts", true, () -> decision, Literals.BOUNDARY_DECISION__FACTS);
		text(parent, "Interpretation:", "decision.interpretation", true, () -> decision, Literals.BOUNDARY_DECISION__INTERPRETATION);
	}

	public void createStandards(Composite parent) {
		grid(parent);
		Text standards = text(parent, "Standards cited (one per line):", "decision.standards", true, null, null);
		showers.add(() -> show(standards, String.join("\n", decision.getStandardsCited())));
		commitOn(standards, () -> {
			List<String> lines = Arrays.stream(standards.getText().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
			if (!lines.equals(decision.getStandardsCited())) {
				edits.set(decision, Literals.BOUNDARY_DECISION__STANDARDS_CITED, lines);
			}
		});
		label(parent, "Principles at stake:");
		Composite principles = new Composite(parent, SWT.NONE);
		principles.setLayout(GridLayoutFactory.fillDefaults().numColumns(Principle.VALUES.size()).create());
		for (Principle principle : Principle.VALUES) {
			Button check = new Button(principles, SWT.CHECK);
			check.setText(principle.getLiteral());
			check.setData(CasenotesUi.WIDGET_ID, "decision.principle." + principle.getName());
			input(check);
			showers.add(() -> check.setSelection(decision.getPrinciples().contains(principle)));
			check.addListener(SWT.Selection, e -> {
				if (!updating && check.getSelection() != decision.getPrinciples().contains(principle)) {
					if (check.getSelection()) {
						edits.add(decision, Literals.BOUNDARY_DECISION__PRINCIPLES, principle);
					} else {
						edits.remove(decision, Literals.BOUNDARY_DECISION__PRINCIPLES, principle);
					}
					changed.run();
				}
			});
		}
		text(parent, "Risks:", "decision.risks", true, () -> decision, Literals.BOUNDARY_DECISION__RISKS);
		text(parent, "Benefits:", "decision.benefits", true, () -> decision, Literals.BOUNDARY_DECISION__BENEFITS);
	}

	public void createOptions(Composite parent) {
		grid(parent);
		Table table = table(parent, "decision.options", "Chosen", "Option", "Consequences");
		RowFields fields = new RowFields(Literals.DECISION_OPTION);
		fields.text(text(parent, "Option:", "decision.option.description", false, null, null), Literals.DECISION_OPTION__DESCRIPTION);
		fields.text(text(parent, "Its consequences:", "decision.option.consequences", true, null, null), Literals.DECISION_OPTION__CONSEQUENCES);
		RowTable<DecisionOption> options = rows(table, decision.getOptions(), o -> new String[] { o.isChosen() ? "\u2714 Chosen" : "",
				Labels.firstLine(o.getDescription(), 80), Labels.firstLine(o.getConsequences(), 100) }, fields);
		if (!editable) {
			return;
		}
		Composite buttons = buttons(parent, 4);
		Label problem = problem(parent, "decision.option.problem");
		Supplier<Optional<String>> rule = () -> DecisionRecords.optionProblem((String) fields.value(Literals.DECISION_OPTION__DESCRIPTION));
		button(buttons, "Add &Option", "decision.option.add", checked(problem, rule, () -> {
			edits.add(decision, Literals.BOUNDARY_DECISION__OPTIONS, fields.create());
			options.clear();
		}));
		Button update = button(buttons, "&Update Option", "decision.option.update",
				checked(problem, rule, () -> options.chosen().ifPresent(o -> edits.setAll(o, fields.changes()))));
		Button chosen = button(buttons, "Mark as &Chosen", "decision.option.chosen", checked(problem, Optional::empty,
				() -> options.chosen().ifPresent(o -> edits.set(o, Literals.DECISION_OPTION__CHOSEN, !o.isChosen()))));
		Button remove = button(buttons, "Remove Option", "decision.option.remove", checked(problem, Optional::empty,
				() -> options.chosen().ifPresent(o -> edits.remove(decision, Literals.BOUNDARY_DECISION__OPTIONS, o))));
		options.onChoose(() -> enable(options.chosen().isPresent(), update, chosen, remove));
	}

	public void createConsultations(Composite parent) {
		grid(parent);
		Table table = table(parent, "decision.consultations", "Consulted", "Name", "Date", "Mode", "De-identified", "Advice", "Followed");
		RowFields fields = new RowFields(Literals.CONSULTATION);
		fields.choice(choice(parent, "Consulted:", "decision.consultation.role", ConsultantRole.VALUES, ConsultantRole::getLiteral),
				ConsultantRole.VALUES, Literals.CONSULTATION__CONSULTANT_ROLE, null);
		fields.text(text(parent, "Name (optional):", "decision.consultation.name", false, null, null), Literals.CONSULTATION__CONSULTANT_NAME);
		label(parent, "Date:");
		DateTime date = new DateTime(parent, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		date.setData(CasenotesUi.WIDGET_ID, "decision.consultation.date");
		input(date);
		fields.date(date, Literals.CONSULTATION__DATE);
		fields.choice(choice(parent, "Mode:", "decision.consultation.mode", ConsultationMode.VALUES, ConsultationMode::getLiteral),
				ConsultationMode.VALUES, Literals.CONSULTATION__MODE, ConsultationMode.IN_PERSON);
		fields.text(text(parent, "What was disclosed:", "decision.consultation.disclosed", true, null, null), Literals.CONSULTATION__DISCLOSED);
		label(parent, "");
		// de-identified unless said otherwise: consulting about a client without naming them is the rule
		fields.check(check(parent, "The client was not identified (de-identified)", "decision.consultation.deidentified"),
				Literals.CONSULTATION__DEIDENTIFIED, true);
		fields.text(text(parent, "Advice:", "decision.consultation.advice", true, null, null), Literals.CONSULTATION__ADVICE);
		label(parent, "");
		fields.check(check(parent, "The advice was followed", "decision.consultation.followed"), Literals.CONSULTATION__ADVICE_FOLLOWED, false);
		RowTable<Consultation> consultations = rows(table, decision.getConsultations(),
				c -> new String[] { literal(c.getConsultantRole()), nullToEmpty(c.getConsultantName()), Labels.date(c.getDate()), literal(c.getMode()),
						c.isDeidentified() ? "Yes" : "No", Labels.firstLine(c.getAdvice(), 80), c.isAdviceFollowed() ? "Yes" : "No" },
				fields);
		if (!editable) {
			return;
		}
		Composite buttons = buttons(parent, 3);
		Label problem = problem(parent, "decision.consultation.problem");
		Supplier<Optional<String>> rule = () -> DecisionRecords
				.consultationProblem((ConsultantRole) fields.value(Literals.CONSULTATION__CONSULTANT_ROLE));
		button(buttons, "Add &Consultation", "decision.consultation.add", checked(problem, rule, () -> {
			edits.add(decision, Literals.BOUNDARY_DECISION__CONSULTATIONS, fields.create());
			consultations.clear();
		}));
		Button update = button(buttons, "Update Consul&tation", "decision.consultation.update",
				checked(problem, rule, () -> consultations.chosen().ifPresent(c -> edits.setAll(c, fields.changes()))));
		Button remove = button(buttons, "Remove Consultation", "decision.consultation.remove", checked(problem, Optional::empty,
				() -> consultations.chosen().ifPresent(c -> edits.remove(decision, Literals.BOUNDARY_DECISION__CONSULTATIONS, c))));
		consultations.onChoose(() -> enable(consultations.chosen().isPresent(), update, remove));
	}

	/** A table of one of the decision's lists; the fields below it show its chosen row, also in a signed decision. */
	private <T extends EObject> RowTable<T> rows(Table table, List<T> rows, Function<T, String[]> cells, RowFields fields) {
		RowTable<T> rowTable = new RowTable<>(table, rows, cells, fields, !editable);
		showers.add(rowTable::show);
		return rowTable;
	}

	/**
	 * Runs {@code action} when the core's {@code rule} finds no problem with what the fields say, else shows the
	 * problem under the buttons (the rules are the core's: the form only says them).
	 */
	private static Runnable checked(Label problem, Supplier<Optional<String>> rule, Runnable action) {
		return () -> {
			Optional<String> found = rule.get();
			problem.setText(found.orElse(""));
			problem.requestLayout();
			if (found.isEmpty()) {
				action.run();
			}
		};
	}

	private static void enable(boolean enabled, Button... buttons) {
		for (Button button : buttons) {
			if (!button.isDisposed()) {
				button.setEnabled(enabled);
			}
		}
	}

	public void createDecision(Composite parent) {
		grid(parent);
		text(parent, "Decision:", "decision.decision", true, () -> decision, Literals.BOUNDARY_DECISION__DECISION);
		text(parent, "Rationale:", "decision.rationale", true, () -> decision, Literals.BOUNDARY_DECISION__RATIONALE);
		flag(parent, "Documented before acting", "decision.documentedBeforeActing", Literals.BOUNDARY_DECISION__DOCUMENTED_BEFORE_ACTING);
		text(parent, "Discussion with the client:", "decision.clientDiscussion", true, () -> decision,
				Literals.BOUNDARY_DECISION__CLIENT_DISCUSSION);
		flag(parent, "The client's informed consent was obtained", "decision.consentObtained", Literals.BOUNDARY_DECISION__CONSENT_OBTAINED);
		text(parent, "Precautions:", "decision.precautions", true, () -> decision, Literals.BOUNDARY_DECISION__PRECAUTIONS);
	}

	public void createFollowUp(Composite parent) {
		grid(parent);
		date(parent, "Review on:", "decision.followUp", () -> decision, Literals.BOUNDARY_DECISION__FOLLOW_UP_DATE, true);
		text(parent, "Outcome of the review:", "decision.followUpOutcome", true, () -> decision, Literals.BOUNDARY_DECISION__FOLLOW_UP_OUTCOME);
	}

	public void createConfidentialityException(Composite parent) {
		grid(parent);
		Supplier<EObject> exception = this::exception;
		text(parent, "Threat:", "decision.exception.threat", true, exception, Literals.CONFIDENTIALITY_EXCEPTION__THREAT);
		text(parent, "Person at risk:", "decision.exception.personAtRisk", false, exception, Literals.CONFIDENTIALITY_EXCEPTION__PERSON_AT_RISK);
		combo(parent, "Imminence:", "decision.exception.imminence", Imminence.VALUES, Imminence::getLiteral, exception,
				Literals.CONFIDENTIALITY_EXCEPTION__IMMINENCE);
		text(parent, "Legal basis:", "decision.exception.legalBasis", false, exception, Literals.CONFIDENTIALITY_EXCEPTION__LEGAL_BASIS);
		text(parent, "Who was told:", "decision.exception.whoWasTold", false, exception, Literals.CONFIDENTIALITY_EXCEPTION__WHO_WAS_TOLD);
		date(parent, "Told on:", "decision.exception.toldAt", exception, Literals.CONFIDENTIALITY_EXCEPTION__TOLD_AT, true);
	}

	/** The exception's record, created with its first field (read-only views show an empty one). */
	private EObject exception() {
		ConfidentialityException existing = decision.getConfidentialityException();
		if (existing == null && editable && !updating) {
			edits.set(decision, Literals.BOUNDARY_DECISION__CONFIDENTIALITY_EXCEPTION, CasenotesFactory.eINSTANCE.createConfidentialityException());
			existing = decision.getConfidentialityException();
		}
		return existing;
	}

	// ---- widgets bound to features

	private Text text(Composite parent, String label, String id, boolean multi, Supplier<EObject> owner, EStructuralFeature feature) {
		Label l = label(parent, label);
		Text text = new Text(parent, multi ? SWT.MULTI | SWT.WRAP | SWT.BORDER | SWT.V_SCROLL : SWT.SINGLE | SWT.BORDER);
		text.setData(CasenotesUi.WIDGET_ID, id);
		text.setEditable(editable);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, multi ? 52 : SWT.DEFAULT).applyTo(text);
		if (multi) {
			GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(l);
			// Tab moves on, as in any form; a new line is Enter
			text.addTraverseListener(e -> {
				if (e.detail == SWT.TRAVERSE_TAB_NEXT || e.detail == SWT.TRAVERSE_TAB_PREVIOUS) {
					e.doit = true;
				}
			});
		}
		inputs.add(text);
		if (feature != null) {
			showers.add(() -> {
				EObject o = updating ? current(owner) : owner.get();
				show(text, o == null ? "" : nullToEmpty((String) o.eGet(feature)));
			});
			commitOn(text, () -> {
				String value = text.getText().strip();
				EObject o = current(owner);
				String model = o == null ? "" : nullToEmpty((String) o.eGet(feature));
				if (!value.equals(model)) {
					edits.set(owner.get(), feature, value.isEmpty() ? null : value);
				}
			});
		}
		return text;
	}

	/** The owner if it exists already, without creating it (showing never changes the model). */
	private EObject current(Supplier<EObject> owner) {
		boolean was = updating;
		updating = true;
		try {
			return owner.get();
		} finally {
			updating = was;
		}
	}

	private void commitOn(Text text, Runnable commit) {
		Runnable guarded = () -> {
			if (!updating && editable && !text.isDisposed()) {
				commit.run();
				changed.run();
			}
		};
		if (edits.commitWhileTyping()) {
			text.addListener(SWT.Modify, e -> guarded.run());
		} else {
			text.addListener(SWT.FocusOut, e -> guarded.run());
			text.addListener(SWT.DefaultSelection, e -> guarded.run());
		}
	}

	private <T> void combo(Composite parent, String label, String id, List<T> values, Function<T, String> name, Supplier<EObject> owner,
			EStructuralFeature feature) {
		Combo combo = choice(parent, label, id, values, name);
		showers.add(() -> {
			EObject o = current(owner);
			// an unset enum shows blank (not recorded), except the category a recorded decision always has
			boolean shown = o != null && (o.eIsSet(feature) || feature == Literals.BOUNDARY_DECISION__CATEGORY && o.eContainer() != null);
			int index = shown ? values.indexOf(o.eGet(feature)) : -1;
			if (index < 0) {
				combo.deselectAll();
			} else if (combo.getSelectionIndex() != index) {
				combo.select(index);
			}
		});
		combo.addListener(SWT.Selection, e -> {
			if (!updating && combo.getSelectionIndex() >= 0) {
				T value = values.get(combo.getSelectionIndex());
				EObject o = owner.get();
				if (!Objects.equals(o.eGet(feature), value) || !o.eIsSet(feature)) {
					edits.set(o, feature, value);
				}
				chosen.add(feature);
				changed.run();
			}
		});
	}

	private <T> Combo choice(Composite parent, String label, String id, List<T> values, Function<T, String> name) {
		label(parent, label);
		Combo combo = new Combo(parent, SWT.READ_ONLY);
		combo.setData(CasenotesUi.WIDGET_ID, id);
		combo.setVisibleItemCount(Math.min(values.size(), 17));
		for (T value : values) {
			combo.add(name.apply(value));
		}
		combo.setEnabled(editable);
		GridDataFactory.swtDefaults().applyTo(combo);
		inputs.add(combo);
		return combo;
	}

	private void flag(Composite parent, String text, String id, EStructuralFeature feature) {
		label(parent, "");
		Button check = check(parent, text, id);
		showers.add(() -> check.setSelection(Boolean.TRUE.equals(decision.eGet(feature))));
		check.addListener(SWT.Selection, e -> {
			if (!updating) {
				edits.set(decision, feature, check.getSelection());
				changed.run();
			}
		});
	}

	private Button check(Composite parent, String text, String id) {
		Button check = new Button(parent, SWT.CHECK);
		check.setText(text);
		check.setData(CasenotesUi.WIDGET_ID, id);
		check.setEnabled(editable);
		inputs.add(check);
		return check;
	}

	/**
	 * A date; an optional one has a check box before it ("no review date" is a real answer). Instants are the
	 * start of the chosen day, here.
	 */
	private void date(Composite parent, String label, String id, Supplier<EObject> owner, EStructuralFeature feature, boolean optional) {
		label(parent, label);
		Composite row = new Composite(parent, SWT.NONE);
		row.setLayout(GridLayoutFactory.fillDefaults().numColumns(2).create());
		Button set = optional ? check(row, "", id + ".set") : null;
		DateTime date = new DateTime(row, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
		date.setData(CasenotesUi.WIDGET_ID, id);
		date.setEnabled(editable);
		inputs.add(date);
		boolean instant = feature.getEType().getInstanceClass() == Instant.class;
		showers.add(() -> {
			EObject o = current(owner);
			Object value = o == null ? null : o.eGet(feature);
			LocalDate day = value instanceof Instant i ? i.atZone(ZoneId.systemDefault()).toLocalDate() : (LocalDate) value;
			if (set != null) {
				set.setSelection(day != null);
				date.setEnabled(editable && day != null);
			}
			if (day != null) {
				date.setDate(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
			}
		});
		Runnable commit = () -> {
			if (updating) {
				return;
			}
			LocalDate day = set != null && !set.getSelection() ? null : LocalDate.of(date.getYear(), date.getMonth() + 1, date.getDay());
			Object value = day == null ? null : instant ? day.atStartOfDay(ZoneId.systemDefault()).toInstant() : day;
			EObject o = owner.get();
			if (!Objects.equals(o.eGet(feature), value)) {
				edits.set(o, feature, value);
			}
			if (set != null) {
				date.setEnabled(editable && day != null);
			}
			changed.run();
		};
		date.addListener(SWT.Selection, e -> commit.run());
		if (set != null) {
			set.addListener(SWT.Selection, e -> commit.run());
		}
	}

	// ---- layout

	private static void grid(Composite parent) {
		parent.setLayout(GridLayoutFactory.swtDefaults().numColumns(2).spacing(8, 5).create());
	}

	private static Label label(Composite parent, String text) {
		Label label = new Label(parent, SWT.NONE);
		label.setText(text);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(label);
		return label;
	}

	private Table table(Composite parent, String id, String... columns) {
		Table table = new Table(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.BORDER);
		table.setData(CasenotesUi.WIDGET_ID, id);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		for (String title : columns) {
			TableColumn column = new TableColumn(table, SWT.LEFT);
			column.setText(title);
			column.setWidth(title.length() > 8 ? 200 : 100);
		}
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, 90).applyTo(table);
		return table;
	}

	private static Composite buttons(Composite parent, int count) {
		label(parent, "");
		Composite row = new Composite(parent, SWT.NONE);
		row.setLayout(GridLayoutFactory.fillDefaults().numColumns(count).create());
		return row;
	}

	/** Where a button says why it did nothing; empty until then. */
	private static Label problem(Composite parent, String id) {
		label(parent, "");
		Label problem = new Label(parent, SWT.WRAP);
		problem.setData(CasenotesUi.WIDGET_ID, id);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(problem);
		return problem;
	}

	private Button button(Composite parent, String text, String id, Runnable action) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setData(CasenotesUi.WIDGET_ID, id);
		button.addListener(SWT.Selection, e -> {
			// a signed decision is a record: nothing here may change it, whoever presses
			if (!editable) {
				return;
			}
			action.run();
			refresh();
			changed.run();
		});
		return button;
	}

	private static void show(Text text, String value) {
		if (!text.isFocusControl() && !text.getText().equals(value)) {
			text.setText(value);
		}
	}

	private void input(Control control) {
		control.setEnabled(editable);
		inputs.add(control);
	}

	static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

	static String literal(Enumerator e) {
		return e == null ? "" : e.getLiteral();
	}
}
