/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal.parts;

import java.util.Comparator;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.casenotes.core.PracticeStore;
import org.casenotes.core.StoreException;
import org.casenotes.model.BoundaryDecision;
import org.casenotes.model.ConsultationLog;
import org.casenotes.model.Practice;
import org.casenotes.ui.CasenotesUi;
import org.casenotes.ui.internal.Images;
import org.casenotes.ui.internal.Labels;
import org.casenotes.ui.internal.RefreshOnChange;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;

/** The consultation log: every boundary decision of the practice, newest first. */
public class ConsultationLogPart {

	@Inject
	private PracticeStore store;

	private TableViewer viewer;

	@PostConstruct
	public void createControls(Composite parent) {
		parent.setLayout(new FillLayout());
		Practice practice;
		try {
			practice = store.practice();
		} catch (StoreException e) {
			Label message = new Label(parent, SWT.WRAP);
			message.setText(e.getMessage());
			return;
		}
		LocalResourceManager resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		viewer = new TableViewer(parent, SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		Table table = viewer.getTable();
		table.setData(CasenotesUi.WIDGET_ID, "consultationLog.table");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);

		column("Date", 110, d -> Labels.date(d.getDate()), resources.create(Images.DECISION));
		column("Category", 190, d -> d.getCategory().getLiteral(), null);
		column("Client", 80, d -> d.getClient() == null ? "" : d.getClient().getCode(), null);
		column("Facts", 360, d -> Labels.firstLine(d.getFacts(), 90), null);
		column("Decision", 360, d -> Labels.firstLine(d.getDecision(), 90), null);
		column("Consulted", 200, d -> String.join(", ", d.getConsultations().stream().map(c -> c.getConsultantRole().getLiteral()).toList()), null);
		viewer.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer v, Object a, Object b) {
				return Comparator.comparing(BoundaryDecision::getDate, Comparator.nullsLast(Comparator.reverseOrder()))
						.compare((BoundaryDecision) a, (BoundaryDecision) b);
			}
		});
		showDecisions(practice);
		RefreshOnChange.install(practice, table, () -> showDecisions(practice));
	}

	private void showDecisions(Practice practice) {
		ConsultationLog log = practice.getConsultationLog();
		viewer.setInput(log == null ? new Object[0] : log.getDecisions().toArray());
	}

	private void column(String title, int width, Function<BoundaryDecision, String> text, Image icon) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.getColumn().setMoveable(true);
		column.setLabelProvider(new DecisionLabel(text, icon));
	}

	/** A cell's text, with the decision's rationale as its tooltip. */
	private static final class DecisionLabel extends ColumnLabelProvider {

		private final Function<BoundaryDecision, String> text;
		private final Image icon;

		DecisionLabel(Function<BoundaryDecision, String> text, Image icon) {
			this.text = text;
			this.icon = icon;
		}

		@Override
		public Image getImage(Object element) {
			return icon;
		}

		@Override
		public String getText(Object element) {
			return text.apply((BoundaryDecision) element);
		}

		@Override
		public String getToolTipText(Object element) {
			String rationale = ((BoundaryDecision) element).getRationale();
			return rationale == null ? null : "Rationale: " + rationale;
		}
	}

	@Focus
	public void setFocus() {
		if (viewer != null) {
			viewer.getControl().setFocus();
		}
	}

	/** The table, for tests of the running application. */
	public TableViewer getViewer() {
		return viewer;
	}
}
