/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.ui.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.casenotes.core.IdentitySheetText;
import org.casenotes.model.CasenotesFactory;
import org.casenotes.model.IdentitySheet;
import org.casenotes.ui.CasenotesUi;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * The client's identity sheet: everything that must never leave this computer, and that the engine looks for
 * in every note of the client. Edits a copy; the caller saves it when the dialog closes with OK.
 */
public class IdentitySheetDialog extends TitleAreaDialog {

	public static final String TITLE = "Identity sheet";

	private final String code;
	private final IdentitySheet sheet;
	private Text legalName;
	private Text preferredName;
	private Text dateOfBirth;
	private Text employer;
	private Text school;
	private Text people;
	private Text places;
	private Text contacts;
	private Text extras;

	public IdentitySheetDialog(Shell parent, String code, IdentitySheet sheet) {
		super(parent);
		this.code = code;
		this.sheet = sheet == null ? CasenotesFactory.eINSTANCE.createIdentitySheet() : EcoreUtil.copy(sheet);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(TITLE);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle("Identity sheet of " + code);
		setMessage("Kept on this computer only. Casenotes marks every one of these in the client's notes, in all their variants.");
		Composite form = new Composite(area, SWT.NONE);
		form.setLayout(GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).create());
		GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
		legalName = line(form, "Legal name:", sheet.getLegalName(), "identity.legalName");
		preferredName = line(form, "Preferred name:", sheet.getPreferredName(), "identity.preferredName");
		dateOfBirth = line(form, "Date of birth:", sheet.getDateOfBirth() == null ? "" : sheet.getDateOfBirth().toString(), "identity.dateOfBirth");
		dateOfBirth.setMessage("YYYY-MM-DD");
		employer = line(form, "Employer:", sheet.getEmployer(), "identity.employer");
		school = line(form, "School:", sheet.getSchool(), "identity.school");
		people = lines(form, "People:", IdentitySheetText.people(sheet), "identity.people", "one a line: name, relation");
		places = lines(form, "Places:", IdentitySheetText.places(sheet), "identity.places", "one a line: name, kind (town, school, workplace...)");
		contacts = lines(form, "Contacts:", IdentitySheetText.contacts(sheet), "identity.contacts", "one a line: phone: ..., e-mail: ..., handle: ...");
		extras = lines(form, "Other:", String.join("\n", sheet.getExtraIdentifiers()), "identity.extras", "one a line: anything else that identifies");
		return area;
	}

	private static Text line(Composite form, String label, String value, String id) {
		new Label(form, SWT.NONE).setText(label);
		Text text = new Text(form, SWT.SINGLE | SWT.BORDER);
		text.setText(value == null ? "" : value);
		text.setData(CasenotesUi.WIDGET_ID, id);
		GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(text);
		return text;
	}

	private static Text lines(Composite form, String label, String value, String id, String hint) {
		Label l = new Label(form, SWT.NONE);
		l.setText(label);
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(l);
		Text text = new Text(form, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL);
		text.setText(value);
		text.setMessage(hint);
		text.setToolTipText(hint);
		text.setData(CasenotesUi.WIDGET_ID, id);
		GridDataFactory.fillDefaults().grab(true, true).hint(380, 60).applyTo(text);
		return text;
	}

	@Override
	protected void okPressed() {
		LocalDate dob = null;
		if (!dateOfBirth.getText().isBlank()) {
			try {
				dob = LocalDate.parse(dateOfBirth.getText().strip());
			} catch (DateTimeParseException e) {
				setErrorMessage("The date of birth is written YYYY-MM-DD, for example 1988-07-22.");
				return;
			}
		}
		sheet.setLegalName(legalName.getText());
		sheet.setPreferredName(preferredName.getText());
		sheet.setDateOfBirth(dob);
		sheet.setEmployer(employer.getText());
		sheet.setSchool(school.getText());
		sheet.getPeople().clear();
		sheet.getPeople().addAll(IdentitySheetText.parsePeople(people.getText()));
		sheet.getPlaces().clear();
		sheet.getPlaces().addAll(IdentitySheetText.parsePlaces(places.getText()));
		sheet.getContacts().clear();
		sheet.getContacts().addAll(IdentitySheetText.parseContacts(contacts.getText()));
		sheet.getExtraIdentifiers().clear();
		sheet.getExtraIdentifiers().addAll(IdentitySheetText.parseLines(extras.getText()));
		super.okPressed();
	}

	/** The edited copy, after OK. */
	public IdentitySheet sheet() {
		return sheet;
	}
}
