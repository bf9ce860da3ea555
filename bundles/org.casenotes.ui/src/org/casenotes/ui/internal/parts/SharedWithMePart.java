/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal.parts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.casenotes.core.PracticeStore;
import org.casenotes.core.StoreException;
import org.casenotes.model.Practice;
import org.casenotes.model.ReceivedPacket;
import org.casenotes.ui.CasenotesUi;
import org.casenotes.ui.internal.Labels;
import org.casenotes.ui.internal.RefreshOnChange;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** Packets supervisees and peers shared with this practitioner: import one, open it to review and give feedback. */
public class SharedWithMePart {

	@Inject
	private PracticeStore store;
	@Inject
	private EPartService parts;
	@Inject
	private EModelService models;
	@Inject
	private MApplication application;
	@Inject
	private ECommandService commands;
	@Inject
	private EHandlerService handlers;

	private Table table;
	private List<ReceivedPacket> rows = List.of();

	@PostConstruct
	public void createControls(Composite parent) {
		parent.setLayout(GridLayoutFactory.fillDefaults().margins(4, 4).numColumns(2).create());
		Practice practice;
		try {
			practice = store.practice();
		} catch (StoreException e) {
			new Label(parent, SWT.WRAP).setText(e.getMessage());
			return;
		}
		Button importButton = new Button(parent, SWT.PUSH);
		importButton.setText("&Import Packet...");
		importButton.setToolTipText("Import a shared note packet (.cnshare) or feedback on your own notes (.cnfeedback)");
		importButton.addListener(SWT.Selection,
				e -> handlers.executeHandler(commands.createCommand(CasenotesUi.COMMAND_IMPORT_PACKET, null)));
		Button open = new Button(parent, SWT.PUSH);
		open.setText("&Open");
		open.addListener(SWT.Selection, e -> openSelected());
		table = new Table(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
		table.setData(CasenotesUi.WIDGET_ID, "sharedWithMe.table");
		table.setHeaderVisible(true);
		for (String[] column : new String[][] { { "From", "90" }, { "Notes", "50" }, { "Received", "120" }, { "Feedback", "120" },
				{ "Purpose", "200" } }) {
			TableColumn c = new TableColumn(table, SWT.LEFT);
			c.setText(column[0]);
			c.setWidth(Integer.parseInt(column[1]));
		}
		table.addListener(SWT.DefaultSelection, e -> openSelected());
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).applyTo(table);
		RefreshOnChange.install(practice, table, () -> show(practice));
		show(practice);
	}

	private void show(Practice practice) {
		rows = new ArrayList<>(practice.getReceived());
		rows.sort(Comparator.comparing(ReceivedPacket::getImportedAt, Comparator.nullsLast(Comparator.reverseOrder())));
		table.removeAll();
		for (ReceivedPacket r : rows) {
			TableItem item = new TableItem(table, SWT.NONE);
			String feedback = r.getExportedAt() != null ? "Sent " + Labels.date(r.getExportedAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate())
					: r.getFeedback() != null && !r.getFeedback().getComments().isEmpty() ? "Being written" : "Not started";
			item.setText(new String[] { r.getPacket().getSender(), String.valueOf(r.getPacket().getNotes().size()), Labels.instant(r.getImportedAt()),
					feedback, Labels.firstLine(r.getPacket().getPurpose(), 60) });
		}
	}

	private void openSelected() {
		int index = table.getSelectionIndex();
		if (index >= 0) {
			open(rows.get(index), parts, models, application);
		}
	}

	/** Opens the review of a received packet, or brings it to the front. */
	public static MPart open(ReceivedPacket received, EPartService parts, EModelService models, MApplication application) {
		String id = received.getPacket().getPacketId();
		for (MPart part : parts.getParts()) {
			if (id.equals(part.getPersistedState().get(ReviewPart.PACKET_ID))) {
				parts.showPart(part, PartState.ACTIVATE);
				return part;
			}
		}
		MPart part = parts.createPart(CasenotesUi.PARTDESCRIPTOR_REVIEW);
		part.getPersistedState().put(ReviewPart.PACKET_ID, id);
		part.setLabel("Review: " + Labels.firstLine(received.getPacket().getPurpose() == null || received.getPacket().getPurpose().isBlank()
				? received.getPacket().getSender() : received.getPacket().getPurpose(), 30));
		List<MPartStack> stacks = models.findElements(application, CasenotesUi.STACK_EDITORS, MPartStack.class);
		if (!stacks.isEmpty()) {
			stacks.get(0).getChildren().add(part);
		}
		parts.showPart(part, PartState.ACTIVATE);
		return part;
	}

	@Focus
	public void setFocus() {
		if (table != null) {
			table.setFocus();
		}
	}

	public Table getTable() {
		return table;
	}
}
