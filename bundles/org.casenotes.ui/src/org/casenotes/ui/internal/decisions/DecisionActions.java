/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal.decisions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.casenotes.core.PracticeStore;
import org.casenotes.core.StoreException;
import org.casenotes.core.decisions.DecisionRecords;
import org.casenotes.core.decisions.DecisionReports;
import org.casenotes.core.decisions.PracticeStandards;
import org.casenotes.model.BoundaryDecision;
import org.casenotes.model.CasenotesPackage.Literals;
import org.casenotes.model.Client;
import org.casenotes.model.Note;
import org.casenotes.model.NoteStatus;
import org.casenotes.model.PracticeStandard;
import org.casenotes.ui.internal.AddendumDialog;
import org.casenotes.ui.internal.Labels;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * What the consultation log's buttons and the Decision commands do: the dialogs around the core's
 * {@link DecisionRecords}, {@link PracticeStandards} and {@link DecisionReports}. The rules live there.
 */
public final class DecisionActions {

	public static final String SIGN_TITLE = "Sign boundary decision";
	public static final String NOT_READY_TITLE = "Not ready to sign";
	public static final String DELETE_TITLE = "Delete draft decision";
	public static final String IMPORT_TITLE = ImportStandardDialog.TITLE;
	public static final String IMPORTED_TITLE = "Practice standard imported";
	public static final String EXPORTED_TITLE = "Report exported";

	/** What the wizard does not copy: the draft is created with them, or they belong to signing and linking. */
	private static final Set<EStructuralFeature> NOT_COPIED = Set.of(Literals.BOUNDARY_DECISION__CLIENT, Literals.BOUNDARY_DECISION__CATEGORY,
			Literals.BOUNDARY_DECISION__DATE, Literals.BOUNDARY_DECISION__STATUS, Literals.BOUNDARY_DECISION__SIGNED_BY,
			Literals.BOUNDARY_DECISION__SIGNED_AT, Literals.BOUNDARY_DECISION__NOTES, Literals.BOUNDARY_DECISION__ADDENDA);

	private DecisionActions() {
	}

	/**
	 * Runs the New Boundary Decision wizard; Finish records the draft, fills it in one command on the log's stack,
	 * and links {@code note} when there is one. Returns the draft, or null when cancelled.
	 */
	public static BoundaryDecision newDecision(Shell shell, PracticeStore store, EditingDomain domain, Client client, Note note) {
		List<Client> clients;
		try {
			clients = store.practice().getClients().stream().filter(c -> !c.isArchived() || c == client).toList();
		} catch (StoreException e) {
			MessageDialog.openError(shell, NewDecisionWizard.TITLE, e.getMessage());
			return null;
		}
		DecisionRecords records = new DecisionRecords(store);
		NewDecisionWizard wizard = new NewDecisionWizard(clients, client, scratch -> {
			BoundaryDecision draft = records.createDraft(scratch.getClient(), scratch.getCategory(), scratch.getDate());
			CompoundCommand fill = new CompoundCommand("New boundary decision");
			for (EStructuralFeature feature : Literals.BOUNDARY_DECISION.getEAllStructuralFeatures()) {
				if (NOT_COPIED.contains(feature) || !feature.isChangeable() || !scratch.eIsSet(feature)) {
					continue;
				}
				boolean containment = feature instanceof EReference r && r.isContainment();
				if (feature.isMany()) {
					List<?> values = (List<?>) scratch.eGet(feature);
					fill.append(AddCommand.create(domain, draft, feature, containment ? EcoreUtil.copyAll(values) : new ArrayList<>(values)));
				} else {
					Object value = scratch.eGet(feature);
					fill.append(SetCommand.create(domain, draft, feature, containment ? EcoreUtil.copy((EObject) value) : value));
				}
			}
			if (!fill.isEmpty()) {
				domain.getCommandStack().execute(fill);
			}
			if (note != null) {
				records.link(draft, note);
			}
			store.save();
			// recording a draft is not an edit to undo (Delete Draft takes it back): undo must not empty it
			domain.getCommandStack().flush();
			return draft;
		});
		WizardDialog dialog = new WizardDialog(shell, wizard);
		dialog.setPageSize(640, 420);
		return dialog.open() == Window.OK ? wizard.created() : null;
	}

	/** Asks, then signs; what is still missing is said first, and nothing is signed. */
	public static boolean sign(Shell shell, PracticeStore store, BoundaryDecision decision) {
		DecisionRecords records = new DecisionRecords(store);
		List<String> problems = records.problems(decision);
		if (!problems.isEmpty()) {
			MessageDialog.openInformation(shell, NOT_READY_TITLE,
					"This decision cannot be signed yet:\n\n\u2022 " + String.join("\n\u2022 ", problems) + "\n\nFill these in the log, then sign.");
			return false;
		}
		try {
			String signer = records.signer();
			if (!MessageDialog.openQuestion(shell, SIGN_TITLE, "Sign the " + decision.getCategory().getLiteral().toLowerCase() + " decision of "
					+ Labels.date(decision.getDate()) + " as " + signer + "? A signed decision is a record: it can no longer be edited, "
					+ "only amended by addenda.")) {
				return false;
			}
			records.sign(decision, signer);
			return true;
		} catch (StoreException | IllegalStateException | IllegalArgumentException e) {
			MessageDialog.openError(shell, "Cannot sign the decision", e.getMessage());
			return false;
		}
	}

	public static boolean addAddendum(Shell shell, PracticeStore store, BoundaryDecision decision) {
		DecisionRecords records = new DecisionRecords(store);
		try {
			AddendumDialog dialog = new AddendumDialog(shell, decision.getCategory().getLiteral() + " decision of " + Labels.date(decision.getDate()),
					records.signer());
			if (dialog.open() != Window.OK) {
				return false;
			}
			records.addAddendum(decision, dialog.author(), dialog.reason(), dialog.text());
			return true;
		} catch (StoreException | IllegalStateException | IllegalArgumentException e) {
			MessageDialog.openError(shell, "Cannot add the addendum", e.getMessage());
			return false;
		}
	}

	public static boolean deleteDraft(Shell shell, PracticeStore store, BoundaryDecision decision) {
		if (decision.getStatus() == NoteStatus.SIGNED || !MessageDialog.openQuestion(shell, DELETE_TITLE,
				"Delete the draft " + decision.getCategory().getLiteral().toLowerCase() + " decision of " + Labels.date(decision.getDate())
						+ "? It is removed from the log and from the notes it is linked to. This cannot be undone.")) {
			return false;
		}
		try {
			new DecisionRecords(store).deleteDraft(decision);
			return true;
		} catch (StoreException | IllegalStateException e) {
			MessageDialog.openError(shell, "Cannot delete the draft", e.getMessage());
			return false;
		}
	}

	public static Path exportReport(Shell shell, PracticeStore store) {
		List<Client> clients;
		try {
			clients = List.copyOf(store.practice().getClients());
		} catch (StoreException e) {
			MessageDialog.openError(shell, ExportReportDialog.TITLE, e.getMessage());
			return null;
		}
		ExportReportDialog dialog = new ExportReportDialog(shell, clients);
		if (dialog.open() != Window.OK) {
			return null;
		}
		try {
			Path written = new DecisionReports(store).export(dialog.scope(), dialog.format(), dialog.file());
			MessageDialog.openInformation(shell, EXPORTED_TITLE, "The consultation log report was written to\n" + written
					+ (dialog.scope().includeNames() ? "\n\nIt names clients: keep it as safe as the records themselves." : ""));
			return written;
		} catch (StoreException e) {
			MessageDialog.openError(shell, "Cannot export the report", e.getMessage());
			return null;
		}
	}

	/** Asks for a standard file and imports it; a refused file is said in the dialog, which stays open for another. */
	public static PracticeStandard importStandard(Shell shell, PracticeStore store) {
		ImportStandardDialog dialog = new ImportStandardDialog(shell, new PracticeStandards(store)::importStandard);
		if (dialog.open() != Window.OK) {
			return null;
		}
		PracticeStandard standard = dialog.imported();
		MessageDialog.openInformation(shell, IMPORTED_TITLE, "The practice now records decisions to \u201C" + standard.getName() + "\u201D"
				+ (standard.getVersion() == null ? "" : " " + standard.getVersion()) + ". The Completeness column and signing follow it from now on.");
		return standard;
	}
}
