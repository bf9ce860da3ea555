/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal.parts;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.casenotes.core.EditingDomains;
import org.casenotes.core.PracticeStore;
import org.casenotes.core.StoreException;
import org.casenotes.core.decisions.FollowUps;
import org.casenotes.core.decisions.PracticeStandards;
import org.casenotes.model.Addendum;
import org.casenotes.model.BoundaryCategory;
import org.casenotes.model.BoundaryDecision;
import org.casenotes.model.Client;
import org.casenotes.model.Note;
import org.casenotes.model.NoteStatus;
import org.casenotes.model.Practice;
import org.casenotes.ui.CasenotesUi;
import org.casenotes.ui.internal.Images;
import org.casenotes.ui.internal.Labels;
import org.casenotes.ui.internal.NoteEditors;
import org.casenotes.ui.internal.RefreshOnChange;
import org.casenotes.ui.internal.Undoable;
import org.casenotes.ui.internal.decisions.DecisionActions;
import org.casenotes.ui.internal.decisions.DecisionEdits;
import org.casenotes.ui.internal.decisions.DecisionForm;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;

/**
 * The consultation log: every boundary decision of the practice in a sortable, filterable table, and the chosen
 * decision beside it, step by step. A draft is edited in place, each change a command on the log's own stack
 * (Edit > Undo) saved at once; a signed decision is read-only and changes only by addenda.
 */
public class ConsultationLogPart implements Undoable {

	public static final String ALL = "All";
	public static final String OVERDUE = "Overdue";

	@Inject
	private PracticeStore store;
	@Inject
	@Optional
	private IEventBroker events;
	@Inject
	@Optional
	private EPartService partService;
	@Inject
	@Optional
	private EModelService modelService;
	@Inject
	@Optional
	private MApplication application;

	private Practice practice;
	private TableViewer viewer;
	private Text search;
	private Combo category;
	private Combo status;
	private Button overdueOnly;
	private ScrolledComposite detailScroller;
	private Composite detail;
	private DecisionForm form;
	private BoundaryDecision shown;
	private NoteStatus shownStatus;
	private BoundaryCategory shownCategory;
	private int shownAddenda;
	private int sortColumn = 0;
	private int sortDirection = SWT.DOWN;
	private final BasicCommandStack commands = new BasicCommandStack();
	private AdapterFactoryEditingDomain domain;
	private Color warning;
	private Image warningIcon;
	private final java.util.Map<String, Button> buttons = new java.util.LinkedHashMap<>();

	@PostConstruct
	public void createControls(Composite parent) {
		parent.setLayout(GridLayoutFactory.fillDefaults().create());
		try {
			practice = store.practice();
		} catch (StoreException e) {
			Label message = new Label(parent, SWT.WRAP);
			message.setText(e.getMessage());
			return;
		}
		domain = EditingDomains.of(commands, practice);
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		warning = resources.create(org.eclipse.jface.resource.ColorDescriptor.createFrom(new RGB(176, 72, 0)));
		warningIcon = FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_WARNING).getImage();

		createToolbar(parent);
		createFilters(parent);
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL | SWT.SMOOTH);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
		createTable(sash, resources.create(Images.DECISION));
		detailScroller = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		detailScroller.setExpandHorizontal(true);
		detailScroller.setExpandVertical(true);
		// the form is longer than the pane: Tab through it must bring each field into view
		detailScroller.setShowFocusedControl(true);
		detailScroller.addListener(SWT.Resize, e -> relayoutDetail());
		sash.setWeights(55, 45);

		commands.addCommandStackListener(event -> saveAndShow());
		showDecisions();
		showDetail(null);
		RefreshOnChange.install(practice, viewer.getTable(), this::modelChanged);
	}

	private void createToolbar(Composite parent) {
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayout(GridLayoutFactory.fillDefaults().numColumns(6).margins(4, 2).create());
		button(bar, "&New Decision...", "new", () -> select(DecisionActions.newDecision(shell(), store, domain, null, null)));
		button(bar, "Si&gn...", "sign", () -> selected().ifPresent(d -> {
			if (DecisionActions.sign(shell(), store, d)) {
				recorded(d);
			}
		}));
		button(bar, "Add Adden&dum...", "addendum", () -> selected().ifPresent(d -> {
			if (DecisionActions.addAddendum(shell(), store, d)) {
				recorded(d);
			}
		}));
		button(bar, "De&lete Draft", "delete", () -> selected().ifPresent(d -> {
			if (DecisionActions.deleteDraft(shell(), store, d)) {
				recorded(null);
			}
		}));
		button(bar, "E&xport Report...", "export", () -> DecisionActions.exportReport(shell(), store));
		button(bar, "I&mport Practice Standard...", "importStandard", () -> {
			if (DecisionActions.importStandard(shell(), store) != null) {
				recorded(shown);
			}
		});
	}

	private void button(Composite bar, String text, String id, Runnable action) {
		Button button = new Button(bar, SWT.PUSH);
		button.setText(text);
		button.setData(CasenotesUi.WIDGET_ID, "consultationLog." + id);
		button.addListener(SWT.Selection, e -> action.run());
		buttons.put(id, button);
	}

	private void createFilters(Composite parent) {
		Composite row = new Composite(parent, SWT.NONE);
		row.setLayout(GridLayoutFactory.fillDefaults().numColumns(6).margins(4, 0).create());
		GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
		search = new Text(row, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
		search.setMessage("Search facts, decisions, rationales, subcategories, client codes");
		search.setData(CasenotesUi.WIDGET_ID, "consultationLog.search");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
		search.addListener(SWT.Modify, e -> viewer.refresh());
		new Label(row, SWT.NONE).setText("Category:");
		category = new Combo(row, SWT.READ_ONLY);
		category.setData(CasenotesUi.WIDGET_ID, "consultationLog.category");
		category.add(ALL);
		BoundaryCategory.VALUES.forEach(c -> category.add(c.getLiteral()));
		category.select(0);
		category.setVisibleItemCount(18);
		category.addListener(SWT.Selection, e -> viewer.refresh());
		new Label(row, SWT.NONE).setText("Status:");
		status = new Combo(row, SWT.READ_ONLY);
		status.setData(CasenotesUi.WIDGET_ID, "consultationLog.status");
		status.setItems(ALL, NoteStatus.DRAFT.getLiteral(), NoteStatus.SIGNED.getLiteral());
		status.select(0);
		status.addListener(SWT.Selection, e -> viewer.refresh());
		overdueOnly = new Button(row, SWT.CHECK);
		overdueOnly.setText("&Overdue only");
		overdueOnly.setData(CasenotesUi.WIDGET_ID, "consultationLog.overdueOnly");
		overdueOnly.addListener(SWT.Selection, e -> viewer.refresh());
	}

	private void createTable(Composite parent, Image icon) {
		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		Table table = viewer.getTable();
		table.setData(CasenotesUi.WIDGET_ID, "consultationLog.table");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		column(0, "Date", 100, d -> Labels.date(d.getDate()), d -> icon, Comparator.comparing(BoundaryDecision::getDate,
				Comparator.nullsFirst(Comparator.naturalOrder())));
		column(1, "Category", 170, d -> d.getCategory().getLiteral(), d -> null, Comparator.comparing(d -> d.getCategory().getLiteral()));
		column(2, "Client", 70, ConsultationLogPart::clientCode, d -> null, Comparator.comparing(ConsultationLogPart::clientCode));
		column(3, "Status", 70, d -> d.getStatus().getLiteral(), d -> null, Comparator.comparing(BoundaryDecision::getStatus));
		column(4, "Follow-up due", 150, this::followUpText, d -> overdue(d) ? warningIcon : null, Comparator.comparing(
				BoundaryDecision::getFollowUpDate, Comparator.nullsLast(Comparator.naturalOrder())));
		column(5, "Completeness", 100, d -> {
			var c = completeness(d);
			return c.filled() + "/" + c.required();
		}, d -> null, Comparator.comparingDouble(d -> {
			var c = completeness(d);
			return c.required() == 0 ? 1 : (double) c.filled() / c.required();
		}));
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				int result = comparator(sortColumn).compare((BoundaryDecision) a, (BoundaryDecision) b);
				return sortDirection == SWT.UP ? result : -result;
			}
		});
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parentElement, Object element) {
				return matches((BoundaryDecision) element);
			}
		});
		table.setSortColumn(table.getColumn(sortColumn));
		table.setSortDirection(sortDirection);
		viewer.addSelectionChangedListener(e -> {
			BoundaryDecision chosen = selected().orElse(null);
			if (chosen != shown) {
				showDetail(chosen);
			}
		});
	}

	private final java.util.Map<Integer, Comparator<BoundaryDecision>> comparators = new java.util.HashMap<>();

	private Comparator<BoundaryDecision> comparator(int column) {
		return comparators.get(column).thenComparing(BoundaryDecision::getDate, Comparator.nullsFirst(Comparator.naturalOrder()));
	}

	private void column(int index, String title, int width, Function<BoundaryDecision, String> text, Function<BoundaryDecision, Image> image,
			Comparator<BoundaryDecision> order) {
		comparators.put(index, order);
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		TableColumn c = column.getColumn();
		c.setText(title);
		c.setWidth(width);
		c.setMoveable(true);
		c.addListener(SWT.Selection, e -> sortBy(index));
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((BoundaryDecision) element);
			}

			@Override
			public Image getImage(Object element) {
				return image.apply((BoundaryDecision) element);
			}

			@Override
			public Color getForeground(Object element) {
				return index == 4 && overdue((BoundaryDecision) element) ? warning : null;
			}

			@Override
			public String getToolTipText(Object element) {
				BoundaryDecision d = (BoundaryDecision) element;
				if (index == 5) {
					List<String> missing = completeness(d).missing();
					return missing.isEmpty() ? "Complete" : "Missing: " + String.join(", ", missing);
				}
				return d.getRationale() == null ? null : "Rationale: " + Labels.firstLine(d.getRationale(), 200);
			}
		});
	}

	/** Clicking a header sorts by it; clicking it again reverses the order. */
	public void sortBy(int column) {
		sortDirection = column == sortColumn ? (sortDirection == SWT.UP ? SWT.DOWN : SWT.UP) : SWT.UP;
		sortColumn = column;
		Table table = viewer.getTable();
		table.setSortColumn(table.getColumn(column));
		table.setSortDirection(sortDirection);
		viewer.refresh();
	}

	private boolean matches(BoundaryDecision d) {
		if (category.getSelectionIndex() > 0 && d.getCategory() != BoundaryCategory.VALUES.get(category.getSelectionIndex() - 1)) {
			return false;
		}
		if (status.getSelectionIndex() > 0 && d.getStatus() != NoteStatus.VALUES.get(status.getSelectionIndex() - 1)) {
			return false;
		}
		if (overdueOnly.getSelection() && !overdue(d)) {
			return false;
		}
		String words = search.getText().strip().toLowerCase(Locale.ROOT);
		if (words.isEmpty()) {
			return true;
		}
		String haystack = String.join("\n", Stream.of(d.getFacts(), d.getDecision(), d.getRationale(), d.getSubcategory(), clientCode(d))
				.map(s -> s == null ? "" : s).toList()).toLowerCase(Locale.ROOT);
		return Stream.of(words.split("\\s+")).allMatch(haystack::contains);
	}

	private String followUpText(BoundaryDecision d) {
		if (d.getFollowUpDate() == null) {
			return "";
		}
		return Labels.date(d.getFollowUpDate()) + (overdue(d) ? " \u2013 " + OVERDUE : "");
	}

	private static boolean overdue(BoundaryDecision d) {
		return FollowUps.isOverdue(d, LocalDate.now());
	}

	private PracticeStandards.Completeness completeness(BoundaryDecision d) {
		return PracticeStandards.completeness(d, practice.getStandard());
	}

	private static String clientCode(BoundaryDecision d) {
		return d.getClient() == null ? "" : d.getClient().getCode();
	}

	/** The table shows the log's own list, so a refresh keeps the selection. */
	private void showDecisions() {
		Object input = practice.getConsultationLog() == null ? List.of() : practice.getConsultationLog().getDecisions();
		if (viewer.getInput() != input) {
			viewer.setInput(input);
		} else {
			viewer.refresh();
		}
	}

	/** Something in the practice changed (here, in the wizard, in a note): the table follows, the form too. */
	private void modelChanged() {
		BoundaryDecision current = shown;
		showDecisions();
		if (current != null && current.eContainer() == null) {
			showDetail(null);
		} else if (current != null && (current.getStatus() != shownStatus || current.getCategory() != shownCategory
				|| current.getAddenda().size() != shownAddenda)) {
			showDetail(current);
		} else if (form != null) {
			form.refresh();
		}
		updateButtons();
	}

	// ---- the detail

	private void showDetail(BoundaryDecision decision) {
		if (detail != null) {
			detail.dispose();
		}
		shown = decision;
		form = null;
		detail = new Composite(detailScroller, SWT.NONE);
		detail.setLayout(GridLayoutFactory.swtDefaults().margins(8, 6).create());
		detailScroller.setContent(detail);
		if (decision == null) {
			label(detail, "Choose a decision to see it step by step, or record a new one with New Decision... (also Note > Record Boundary "
					+ "Decision... from an open note).", SWT.WRAP);
		} else {
			shownStatus = decision.getStatus();
			shownCategory = decision.getCategory();
			shownAddenda = decision.getAddenda().size();
			boolean editable = decision.getStatus() != NoteStatus.SIGNED;
			Label heading = label(detail, decision.getCategory().getLiteral() + ", " + clientCode(decision) + ", " + Labels.date(decision.getDate()),
					SWT.NONE);
			heading.setFont(JFaceResources.getBannerFont());
			Label state = label(detail, editable ? draftState(decision)
					: "Signed by " + decision.getSignedBy() + ", " + Labels.instant(decision.getSignedAt()) + ". Read-only: amend it with an addendum.",
					SWT.WRAP);
			state.setData(CasenotesUi.WIDGET_ID, "consultationLog.state");
			List<Client> clients = practice.getClients().stream().filter(c -> !c.isArchived() || c == decision.getClient()).toList();
			form = new DecisionForm(decision, editable, new CommandEdits(), clients);
			form.onChange(() -> state.setText(decision.getStatus() == NoteStatus.SIGNED ? state.getText() : draftState(decision)));
			form.createSituation(group("The situation"));
			if (decision.getCategory() == BoundaryCategory.CONFIDENTIALITY_EXCEPTION) {
				form.createConfidentialityException(group("Confidentiality exception"));
			}
			form.createStandards(group("Standards and principles"));
			form.createOptions(group("Options"));
			form.createConsultations(group("Consultations"));
			form.createDecision(group("Decision"));
			form.createFollowUp(group("Follow-up"));
			createLinkedNotes(decision);
			createAddenda(decision);
			form.refresh();
		}
		updateButtons();
		relayoutDetail();
	}

	private String draftState(BoundaryDecision d) {
		List<String> missing = completeness(d).missing();
		return "Draft. " + (missing.isEmpty() ? "Complete: it can be signed." : "Before signing, fill in: " + String.join(", ", missing) + ".");
	}

	private Composite group(String title) {
		Group group = new Group(detail, SWT.NONE);
		group.setText(title);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		return group;
	}

	private void createLinkedNotes(BoundaryDecision decision) {
		Composite group = group("Linked notes");
		group.setLayout(GridLayoutFactory.swtDefaults().create());
		if (decision.getNotes().isEmpty()) {
			label(group, "No note is linked. Record a decision from an open note (Note > Record Boundary Decision...) to link it.", SWT.WRAP);
		}
		for (Note note : decision.getNotes()) {
			Link link = new Link(group, SWT.NONE);
			link.setText("<a>" + Labels.location(note) + " \u203a " + Labels.title(note) + "</a>, " + Labels.date(note.getSessionDate()));
			link.setData(CasenotesUi.WIDGET_ID, "consultationLog.linkedNote");
			link.addListener(SWT.Selection, e -> {
				if (partService != null) {
					NoteEditors.open(note, partService, modelService, application);
				}
			});
		}
	}

	private void createAddenda(BoundaryDecision decision) {
		if (decision.getStatus() != NoteStatus.SIGNED && decision.getAddenda().isEmpty()) {
			return;
		}
		Composite group = group("Addenda");
		group.setLayout(GridLayoutFactory.swtDefaults().create());
		group.setData(CasenotesUi.WIDGET_ID, "consultationLog.addenda");
		if (decision.getAddenda().isEmpty()) {
			label(group, "None yet. Add Addendum... records a later change with its author, time and reason.", SWT.WRAP);
		}
		for (Addendum addendum : decision.getAddenda()) {
			label(group, Labels.instant(addendum.getCreatedAt()) + ", " + addendum.getAuthor() + ": " + addendum.getReason(), SWT.WRAP)
					.setFont(JFaceResources.getBannerFont());
			label(group, addendum.getText(), SWT.WRAP);
		}
	}

	private void relayoutDetail() {
		if (detail == null || detail.isDisposed()) {
			return;
		}
		int width = Math.max(detailScroller.getClientArea().width, 420);
		detailScroller.setMinSize(detail.computeSize(width, SWT.DEFAULT));
		detail.layout(true, true);
	}

	private static Label label(Composite parent, String text, int style) {
		Label label = new Label(parent, style);
		label.setText(text == null ? "" : text);
		GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(label);
		return label;
	}

	private void updateButtons() {
		BoundaryDecision d = shown;
		boolean draft = d != null && d.getStatus() != NoteStatus.SIGNED;
		buttons.get("sign").setEnabled(draft);
		buttons.get("delete").setEnabled(draft);
		buttons.get("addendum").setEnabled(d != null && !draft);
	}

	/** After a sign, an addendum or a delete: the record changed outside the stack, whose commands must not undo it. */
	public void recorded(BoundaryDecision decision) {
		commands.flush();
		if (events != null) {
			events.post(CasenotesUi.TOPIC_AUDIT, Boolean.TRUE);
		}
		showDecisions();
		if (decision != null) {
			select(decision);
		} else {
			showDetail(selected().orElse(null));
		}
		showDecisionsInOpenNotes();
	}

	/** An open note lists its decisions with their status: after a sign or a delete it must not show the old one. */
	private void showDecisionsInOpenNotes() {
		if (modelService == null || application == null) {
			return;
		}
		for (MPart part : modelService.findElements(application, null, MPart.class, null)) {
			if (part.getObject() instanceof NoteEditorPart editor) {
				editor.showDecisions();
			}
		}
	}

	// ---- editing

	/** Every edit of the form is a command on the log's stack. */
	private final class CommandEdits implements DecisionEdits {
		@Override
		public void set(EObject owner, EStructuralFeature feature, Object value) {
			execute(SetCommand.create(domain, owner, feature, value));
		}

		@Override
		public void setAll(EObject owner, java.util.Map<EStructuralFeature, Object> values) {
			CompoundCommand change = new CompoundCommand("Change " + owner.eClass().getName());
			values.forEach((feature, value) -> change.append(SetCommand.create(domain, owner, feature, value)));
			execute(change);
		}

		@Override
		public void add(EObject owner, EStructuralFeature feature, Object value) {
			execute(AddCommand.create(domain, owner, feature, value));
		}

		@Override
		public void remove(EObject owner, EStructuralFeature feature, Object value) {
			execute(RemoveCommand.create(domain, owner, feature, value));
		}

		@Override
		public boolean commitWhileTyping() {
			return false;
		}
	}

	private void execute(Command command) {
		if (command.canExecute()) {
			commands.execute(command);
		}
	}

	/** Decisions are records: every change is written at once. */
	private void saveAndShow() {
		try {
			store.save();
		} catch (StoreException e) {
			MessageDialog.openError(shell(), "Cannot save the decision", e.getMessage() + "\n\nYour change is kept on screen.");
		}
		viewer.getTable().getDisplay().asyncExec(() -> {
			if (!viewer.getTable().isDisposed()) {
				modelChanged();
			}
		});
	}

	@Override
	public boolean canUndo() {
		return commands.canUndo();
	}

	@Override
	public boolean canRedo() {
		return commands.canRedo();
	}

	@Override
	public void undo() {
		commands.undo();
	}

	@Override
	public void redo() {
		commands.redo();
	}

	// ---- for handlers and tests

	/** Shows {@code decision} in the table, clearing filters that would hide it. */
	public void select(BoundaryDecision decision) {
		if (decision == null) {
			return;
		}
		showDecisions();
		if (!matches(decision)) {
			search.setText("");
			category.select(0);
			status.select(0);
			overdueOnly.setSelection(false);
			viewer.refresh();
		}
		viewer.setSelection(new StructuredSelection(decision), true);
		showDetail(decision);
	}

	public java.util.Optional<BoundaryDecision> selected() {
		IStructuredSelection selection = viewer.getStructuredSelection();
		return selection.getFirstElement() instanceof BoundaryDecision d ? java.util.Optional.of(d) : java.util.Optional.empty();
	}

	public EditingDomain getEditingDomain() {
		return domain;
	}

	public TableViewer getViewer() {
		return viewer;
	}

	/** The form of the decision shown, or null. */
	public DecisionForm getForm() {
		return form;
	}

	public Control getDetail() {
		return detail;
	}

	private org.eclipse.swt.widgets.Shell shell() {
		return viewer.getControl().getShell();
	}

	@Focus
	public void setFocus() {
		if (viewer != null) {
			viewer.getControl().setFocus();
		}
	}
}
