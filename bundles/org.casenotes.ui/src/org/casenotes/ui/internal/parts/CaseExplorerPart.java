/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal.parts;

import java.lang.reflect.InvocationTargetException;
import java.util.Comparator;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.casenotes.core.PracticeStore;
import org.casenotes.core.Practices;
import org.casenotes.core.StoreException;
import org.casenotes.model.CaseFile;
import org.casenotes.model.Client;
import org.casenotes.model.Note;
import org.casenotes.model.Practice;
import org.casenotes.ui.CasenotesUi;
import org.casenotes.ui.internal.Images;
import org.casenotes.ui.internal.Labels;
import org.casenotes.ui.internal.NoteEditors;
import org.casenotes.ui.internal.RefreshOnChange;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;

/** The practice as a tree: clients (by code), their case files, and the notes of each case file. */
public class CaseExplorerPart {

	@Inject
	private PracticeStore store;
	private boolean everyCaseFileRead;
	@Inject
	private EPartService partService;
	@Inject
	private EModelService modelService;
	@Inject
	private MApplication application;
	@Inject
	private ESelectionService selectionService;

	private Composite parent;
	private StackLayout stack;
	private Composite main;
	private Text search;
	private boolean showArchived;
	private TreeViewer viewer;
	private Composite emptyState;
	private Practice practice;

	@PostConstruct
	public void createControls(Composite parent) {
		this.parent = parent;
		stack = new StackLayout();
		parent.setLayout(stack);
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), parent);

		main = new Composite(parent, SWT.NONE);
		main.setLayout(GridLayoutFactory.fillDefaults().spacing(0, 2).create());
		search = new Text(main, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		search.setMessage("Filter codes, case files and note text");
		search.setData(CasenotesUi.WIDGET_ID, "caseExplorer.search");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
		viewer = new TreeViewer(main, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
		viewer.getTree().setData(CasenotesUi.WIDGET_ID, "caseExplorer.tree");
		GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
		viewer.addFilter(new SearchFilter());
		search.addModifyListener(e -> {
			if (!search.getText().isBlank()) {
				readEveryCaseFileOnce();
			}
			viewer.refresh();
			if (!search.getText().isBlank()) {
				viewer.expandAll();
			}
		});
		viewer.setContentProvider(new PracticeContentProvider());
		viewer.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return Labels.of(element);
			}

			@Override
			public Image getImage(Object element) {
				ImageDescriptor descriptor = Images.of(element);
				return descriptor == null ? null : resources.create(descriptor);
			}

			@Override
			public String getToolTipText(Object element) {
				if (element instanceof CaseFile caseFile && caseFile.eIsProxy()) {
					// why it could not be read, as the store worded it when it tried
					String file = ((InternalEObject) caseFile).eProxyURI().lastSegment();
					return store.notices().stream().filter(n -> n.contains(file)).reduce((first, last) -> last).orElse(null);
				}
				return element instanceof Note note ? Labels.summary(note) : null;
			}
		});
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.setComparator(new ExplorerOrder());
		viewer.addOpenListener(event -> open(((IStructuredSelection) event.getSelection()).getFirstElement()));
		viewer.addSelectionChangedListener(event -> selectionService
				.setSelection(((IStructuredSelection) event.getSelection()).getFirstElement()));

		ExplorerActions actions = new ExplorerActions(new Practices(store), parent.getShell(),
				note -> NoteEditors.open(note, partService, modelService, application));
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(m -> actions.fill(m, viewer.getStructuredSelection().getFirstElement(), showArchived, () -> {
			showArchived = !showArchived;
			viewer.refresh();
		}));
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		try {
			practice = store.practice();
			viewer.setInput(practice);
			RefreshOnChange.install(practice, viewer.getControl(), this::refresh);
			emptyState = createEmptyState(parent);
			refresh();
		} catch (StoreException e) {
			stack.topControl = createMessage(parent, e.getMessage());
		}
	}

	private Composite createEmptyState(Composite parent) {
		Composite empty = new Composite(parent, SWT.NONE);
		empty.setLayout(new GridLayout(1, false));
		Label title = new Label(empty, SWT.WRAP);
		title.setText("Your practice has no clients yet.");
		title.setFont(JFaceResources.getBannerFont());
		title.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		Link demo = new Link(empty, SWT.WRAP);
		demo.setData(CasenotesUi.WIDGET_ID, "caseExplorer.createDemo");
		demo.setText("<a>Create a demo practice</a> with three synthetic clients to explore Casenotes.");
		demo.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		demo.addListener(SWT.Selection, e -> createDemoPractice());
		return empty;
	}

	private static Composite createMessage(Composite parent, String message) {
		Composite box = new Composite(parent, SWT.NONE);
		box.setLayout(new GridLayout(1, false));
		Label label = new Label(box, SWT.WRAP);
		label.setData(CasenotesUi.WIDGET_ID, "caseExplorer.error");
		label.setText(message);
		label.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		return box;
	}

	private void createDemoPractice() {
		try {
			store.createDemoPractice();
		} catch (StoreException e) {
			MessageDialog.openError(parent.getShell(), "Demo practice", e.getMessage());
		}
	}

	private void refresh() {
		viewer.refresh();
		stack.topControl = practice.getClients().isEmpty() ? emptyState : main;
		parent.layout();
	}

	private void open(Object element) {
		if (element instanceof Note note) {
			NoteEditors.open(note, partService, modelService, application);
		} else if (element != null) {
			viewer.setExpandedState(element, !viewer.getExpandedState(element));
		}
	}

	@Focus
	public void setFocus() {
		if (stack.topControl != null) {
			stack.topControl.setFocus();
		}
	}

	/** The tree, for tests of the running application. */
	/**
	 * A search of note text needs every case file, and case files are read when first opened: the first search
	 * reads the rest, with progress and Cancel (with years of notes it takes a moment). Cancelled, the search
	 * covers what was read, and the next one goes on.
	 */
	private void readEveryCaseFileOnce() {
		if (everyCaseFileRead || practice == null) {
			return;
		}
		int unread = Practices.unreadCaseFiles(practice);
		if (unread == 0) {
			everyCaseFileRead = true;
			return;
		}
		Display display = main.getDisplay();
		try {
			// in the UI thread, as the model is only ever touched there; the modal dialog keeps the window still
			new ProgressMonitorDialog(main.getShell()).run(false, true, monitor -> {
				monitor.beginTask("Reading " + unread + (unread == 1 ? " case file" : " case files") + " to search their notes", unread);
				everyCaseFileRead = Practices.readCaseFiles(practice, () -> {
					monitor.worked(1);
					while (display.readAndDispatch()) {
						// paint the progress and hear Cancel
					}
					return !monitor.isCanceled();
				});
				monitor.done();
			});
		} catch (InvocationTargetException | InterruptedException e) {
			// the search covers the case files read so far
		}
	}

	public TreeViewer getViewer() {
		return viewer;
	}

	private static final class PracticeContentProvider implements ITreeContentProvider {

		@Override
		public Object[] getElements(Object input) {
			return input instanceof Practice p ? p.getClients().toArray() : new Object[0];
		}

		@Override
		public Object[] getChildren(Object parent) {
			if (parent instanceof Client client) {
				return client.getCaseFiles().toArray();
			}
			if (parent instanceof CaseFile caseFile) {
				return caseFile.getNotes().toArray();
			}
			return new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof Client || element instanceof CaseFile || element instanceof Note
					? ((org.eclipse.emf.ecore.EObject) element).eContainer()
					: null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof Client client ? !client.getCaseFiles().isEmpty()
					: element instanceof CaseFile caseFile && !caseFile.getNotes().isEmpty();
		}
	}

	/**
	 * What the search box and the archive switch let through: an element that matches, or holds one that does.
	 * Notes match on their title and on their text, so a therapist finds "the session where we talked about the
	 * gift".
	 */
	private final class SearchFilter extends ViewerFilter {

		@Override
		public boolean select(Viewer v, Object parentElement, Object element) {
			if (element instanceof Client client && client.isArchived() && !showArchived) {
				return false;
			}
			String query = search.getText().strip().toLowerCase(Locale.ROOT);
			return query.isEmpty() || matches(element, query);
		}

		private boolean matches(Object element, String query) {
			if (element instanceof Client client) {
				return contains(client.getCode(), query) || client.getCaseFiles().stream().anyMatch(c -> matches(c, query));
			}
			if (element instanceof CaseFile caseFile) {
				return contains(caseFile.getTitle(), query) || caseFile.getNotes().stream().anyMatch(n -> matches(n, query));
			}
			if (element instanceof Note note) {
				return contains(note.getTitle(), query) || note.getSections().stream().anyMatch(s -> contains(s.getText(), query));
			}
			return false;
		}

		private static boolean contains(String text, String query) {
			return text != null && text.toLowerCase(Locale.ROOT).contains(query);
		}
	}

	/** Clients and case files by name; notes newest first, as a therapist looks for the last session. */
	private static final class ExplorerOrder extends ViewerComparator {

		private static final Comparator<Note> NEWEST_FIRST = Comparator
				.comparing(Note::getSessionDate, Comparator.nullsLast(Comparator.reverseOrder()));

		@Override
		public int compare(Viewer viewer, Object a, Object b) {
			if (a instanceof Note noteA && b instanceof Note noteB) {
				return NEWEST_FIRST.compare(noteA, noteB);
			}
			return String.CASE_INSENSITIVE_ORDER.compare(Labels.of(a), Labels.of(b));
		}
	}
}
