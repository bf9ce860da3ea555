/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal.parts;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.casenotes.core.AuditTrail;
import org.casenotes.core.PracticeStore;
import org.casenotes.core.StoreException;
import org.casenotes.ui.CasenotesUi;
import org.casenotes.ui.internal.Labels;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;

/**
 * The practice's audit trail: every sign, addendum, share, import and export, newest first, under a line that
 * says whether the hash chain is intact. It reads the trail when created, on Refresh, and whenever the UI posts
 * {@link CasenotesUi#TOPIC_AUDIT}; the checking itself is {@link AuditTrail}'s.
 */
public class AuditTrailPart {

	@Inject
	private PracticeStore store;

	private CLabel status;
	private TableViewer viewer;
	private AuditTrail.Snapshot snapshot;

	@PostConstruct
	public void createControls(Composite parent) {
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).applyTo(parent);
		status = new CLabel(parent, SWT.NONE);
		status.setData(CasenotesUi.WIDGET_ID, "auditTrail.status");
		status.setFont(JFaceResources.getBannerFont());
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(status);
		Button refresh = new Button(parent, SWT.PUSH);
		refresh.setText("&Refresh");
		refresh.setToolTipText("Read the audit trail again and check its chain");
		refresh.setData(CasenotesUi.WIDGET_ID, "auditTrail.refresh");
		refresh.addListener(SWT.Selection, e -> refresh());

		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		Table table = viewer.getTable();
		table.setData(CasenotesUi.WIDGET_ID, "auditTrail.table");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(table);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		column("Time", 170, e -> Labels.instant(e.at()));
		column("Actor", 160, AuditTrail.Entry::actor);
		column("Action", 90, AuditTrail.Entry::action);
		column("Subject", 420, AuditTrail.Entry::subject);
		column("Detail", 220, AuditTrail.Entry::detail);
		refresh();
	}

	private void column(String title, int width, Function<AuditTrail.Entry, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.getColumn().setMoveable(true);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((AuditTrail.Entry) element);
			}
		});
	}

	@Inject
	@Optional
	void appended(@UIEventTopic(CasenotesUi.TOPIC_AUDIT) Object any) {
		refresh();
	}

	/** Reads the trail again and shows it, newest first. */
	public void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		String problem;
		try {
			snapshot = new AuditTrail(store.location()).snapshot();
			problem = snapshot.intact() ? null : snapshot.problems().get(0);
		} catch (StoreException e) {
			snapshot = new AuditTrail.Snapshot(List.of(), List.of(e.getMessage()));
			problem = e.getMessage();
		}
		List<AuditTrail.Entry> newestFirst = new ArrayList<>(snapshot.entries());
		Collections.reverse(newestFirst);
		viewer.setInput(newestFirst);
		int count = snapshot.entries().size();
		if (problem == null) {
			status.setText("Chain intact: " + count + (count == 1 ? " entry" : " entries"));
			status.setImage(null);
			status.setForeground(null);
			status.setToolTipText("Each entry holds the hash of the one before; none was changed, removed or moved.");
		} else {
			int more = snapshot.problems().size() - 1;
			status.setText("The audit trail is damaged: " + problem + (more > 0 ? " (and " + more + " more)" : ""));
			status.setImage(status.getDisplay().getSystemImage(SWT.ICON_WARNING));
			status.setForeground(status.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
			status.setToolTipText(String.join("\n", snapshot.problems()) + "\n\nNothing more can be recorded (signed, amended, shared) until it is repaired. "
					+ "'casenotes verify' lists every problem.");
		}
		status.getParent().layout(true);
	}

	@Focus
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	/** The status line, for tests of the running application. */
	public String getStatus() {
		return status.getText();
	}

	/** The entries shown, newest first, for tests of the running application. */
	public TableViewer getViewer() {
		return viewer;
	}
}
