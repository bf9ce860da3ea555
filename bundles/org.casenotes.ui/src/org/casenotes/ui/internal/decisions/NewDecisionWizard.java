/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal.decisions;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.casenotes.core.StoreException;
import org.casenotes.model.BoundaryCategory;
import org.casenotes.model.BoundaryDecision;
import org.casenotes.model.CasenotesFactory;
import org.casenotes.model.CasenotesPackage.Literals;
import org.casenotes.model.Client;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * Records a boundary decision the way the ethical decision-making models teach it: the situation, the standards
 * and principles at stake, the options and their consequences, the consultation, the decision and how it will
 * be reviewed (and, when confidentiality is broken, who was at risk and who was told). Everything is written into
 * a scratch decision that nothing else sees; Finish hands it to {@link Creator}, which records the draft.
 */
public final class NewDecisionWizard extends Wizard {

	public static final String TITLE = "New Boundary Decision";

	/** Records the draft from the wizard's scratch decision and returns it. */
	@FunctionalInterface
	public interface Creator {
		BoundaryDecision create(BoundaryDecision scratch) throws StoreException;
	}

	private final BoundaryDecision scratch = CasenotesFactory.eINSTANCE.createBoundaryDecision();
	private final DecisionForm form;
	private final Creator creator;
	private final Step exceptionPage;
	private BoundaryDecision created;

	public NewDecisionWizard(List<Client> clients, Client client, Creator creator) {
		this.creator = creator;
		setWindowTitle(TITLE);
		setHelpAvailable(false);
		scratch.setClient(client);
		scratch.setDate(LocalDate.now());
		form = new DecisionForm(scratch, true, DecisionEdits.direct(), clients);
		form.onChange(() -> {
			if (getContainer() != null && getContainer().getCurrentPage() != null) {
				getContainer().updateButtons();
				getContainer().updateMessage();
			}
		});
		addPage(new Step("situation", "1. The situation", "What happened, with whom, and how you understand it. Clients appear by code only.",
				form::createSituation, this::situationComplete));
		exceptionPage = new Step("exception", "Confidentiality exception",
				"The threat, who is at risk, how imminent it is, the legal basis, and who was told when.", form::createConfidentialityException,
				() -> true);
		addPage(exceptionPage);
		addPage(new Step("standards", "2. Standards and principles",
				"The codes and laws that apply (one per line, e.g. \u201CACA H.6.b\u201D), the principles at stake, the risks and benefits.",
				form::createStandards, () -> true));
		addPage(new Step("options", "3. Options", "Every course of action you considered and its consequences; mark the one you chose.",
				form::createOptions, () -> true));
		addPage(new Step("consultation", "4. Consultation",
				"Who you consulted, what you disclosed (without identifying the client unless they consented), and their advice.",
				form::createConsultations, () -> true));
		addPage(new Step("decision", "5. Decision", "What you decided and why, what you discussed with the client, consent and precautions.",
				form::createDecision, () -> true));
		addPage(new Step("followUp", "6. Follow-up", "When you will review how the decision worked out.", form::createFollowUp, () -> true));
	}

	private boolean situationComplete() {
		return scratch.getClient() != null && form.chosen(Literals.BOUNDARY_DECISION__CATEGORY) && scratch.getDate() != null;
	}

	private boolean exceptionApplies() {
		return form.chosen(Literals.BOUNDARY_DECISION__CATEGORY) && scratch.getCategory() == BoundaryCategory.CONFIDENTIALITY_EXCEPTION;
	}

	@Override
	public IWizardPage getNextPage(IWizardPage page) {
		IWizardPage next = super.getNextPage(page);
		return next == exceptionPage && !exceptionApplies() ? super.getNextPage(next) : next;
	}

	@Override
	public IWizardPage getPreviousPage(IWizardPage page) {
		IWizardPage previous = super.getPreviousPage(page);
		return previous == exceptionPage && !exceptionApplies() ? super.getPreviousPage(previous) : previous;
	}

	@Override
	public boolean canFinish() {
		// a draft may be incomplete: the log shows what is missing before it can be signed
		return situationComplete();
	}

	@Override
	public boolean performFinish() {
		if (!exceptionApplies()) {
			scratch.setConfidentialityException(null);
		}
		try {
			created = creator.create(scratch);
			return created != null;
		} catch (StoreException e) {
			MessageDialog.openError(getShell(), "Cannot record the decision", e.getMessage() + "\n\nWhat you entered is still in the wizard.");
			return false;
		}
	}

	/** The draft recorded by Finish. */
	public BoundaryDecision created() {
		return created;
	}

	/** The decision being written, for tests. */
	public BoundaryDecision scratch() {
		return scratch;
	}

	/** One step of the model: a page showing one part of the form. */
	private static final class Step extends WizardPage {

		private final Consumer<Composite> content;
		private final BooleanSupplier complete;

		Step(String name, String title, String description, Consumer<Composite> content, BooleanSupplier complete) {
			super(name, title, null);
			setDescription(description);
			this.content = content;
			this.complete = complete;
		}

		@Override
		public void createControl(Composite parent) {
			Composite page = new Composite(parent, SWT.NONE);
			content.accept(page);
			setControl(page);
		}

		@Override
		public boolean isPageComplete() {
			return complete.getAsBoolean();
		}
	}

	@Override
	public void createPageControls(Composite pageContainer) {
		super.createPageControls(pageContainer);
		form.refresh();
	}
}
