/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.casenotes.core.IdentitySheetText;
import org.casenotes.core.Practices;
import org.casenotes.core.internal.XmiPracticeStore;
import org.casenotes.model.CasenotesFactory;
import org.casenotes.model.Client;
import org.casenotes.model.ContactKind;
import org.casenotes.model.IdentitySheet;
import org.casenotes.model.PlaceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentitySheetTextTest {

	@TempDir
	Path workspace;

	@Test
	void linesBecomePeoplePlacesAndContactsAndNothingTypedIsDropped() {
		var people = IdentitySheetText.parsePeople("Efua Boateng, sister\n\n  Kofi  \nMary-Ann O'Neil, aunt, mother's side");
		assertEquals(3, people.size());
		assertEquals("sister", people.get(0).getRelation());
		assertEquals("Kofi", people.get(1).getName());
		assertEquals("Mary-Ann O'Neil, aunt", people.get(2).getName());
		var places = IdentitySheetText.parsePlaces("Port Alder, town\nCedar Rise Climbing Gym, gym\nThe old mill");
		assertEquals(PlaceKind.TOWN, places.get(0).getKind());
		assertEquals(PlaceKind.CLUB, places.get(1).getKind());
		assertEquals(PlaceKind.OTHER, places.get(2).getKind());
		assertEquals("The old mill", places.get(2).getName());
		var contacts = IdentitySheetText.parseContacts("phone: 0412 345 678\ninstagram: @efua.b\nhttps://example.org/blog");
		assertEquals(ContactKind.PHONE, contacts.get(0).getKind());
		assertEquals("@efua.b", contacts.get(1).getValue());
		assertEquals(ContactKind.OTHER, contacts.get(2).getKind());
		assertEquals("https://example.org/blog", contacts.get(2).getValue());
	}

	@Test
	void anEditedSheetIsWrittenAndReadBackAsLines() throws Exception {
		XmiPracticeStore store = new XmiPracticeStore(workspace);
		Practices practices = new Practices(store);
		Client client = practices.createClient("C-0001");
		IdentitySheet edited = CasenotesFactory.eINSTANCE.createIdentitySheet();
		edited.setLegalName("Ama Boateng");
		edited.getPeople().addAll(IdentitySheetText.parsePeople("Efua Boateng, sister"));
		practices.updateIdentitySheet(client, edited);
		IdentitySheet reloaded = XmiPracticeStore.readOnly(workspace).practice().getClients().get(0).getIdentitySheet();
		assertEquals("Ama Boateng", reloaded.getLegalName());
		assertEquals("Efua Boateng, sister", IdentitySheetText.people(reloaded));
	}
}
