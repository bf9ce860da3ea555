/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.deid.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;

import org.casenotes.deid.Deidentifier;
import org.casenotes.deid.DetectionContext;
import org.casenotes.deid.Finding;
import org.casenotes.deid.IdentifierType;
import org.junit.jupiter.api.Test;

/**
 * Each recognizer on sentences of its own: what it must find (with its type) and the look-alikes it must leave
 * alone. All names, numbers and places here are invented.
 */
class RecognizersTest {

	private static final IdentifierType NAME = IdentifierType.NAME;
	private static final IdentifierType DATE = IdentifierType.DATE;
	private static final IdentifierType AGE = IdentifierType.AGE;
	private static final IdentifierType LOCATION = IdentifierType.LOCATION;
	private static final IdentifierType CONTACT = IdentifierType.CONTACT;
	private static final IdentifierType ID = IdentifierType.ID;
	private static final IdentifierType PROFESSION = IdentifierType.PROFESSION;

	// ---- known identifiers from the identity sheet

	private static final DetectionContext SHEET = DetectionContext.builder().name("Elizabeth Anne Moore-Whitfield", "client")
			.name("Zoë Ōkawa", "sister").place("Brightwater Academy", "school").contact("07700 900123", "client").build();

	@Test
	void knownNamesInEveryVariant() {
		String text = "liz said beth and LIZZIE and Ms Moore's mum; E.A.M. signed; Whitfield came. zoe okawa and Zoe phoned.";
		assertFound(text, SHEET, NAME, "liz", "beth", "LIZZIE", "Moore", "E.A.M.", "Whitfield", "zoe okawa", "Zoe");
	}

	@Test
	void knownPlacesAndContactsWhateverTheirSpacingOrCase() {
		assertFound("She left brightwater academy. Text 07700900123.", SHEET, LOCATION, "brightwater academy");
		assertFound("Text 07700900123.", SHEET, CONTACT, "07700900123");
	}

	// ---- names without prior knowledge

	@Test
	void namesFromTitlesRelationsVerbsAndFields() {
		assertFound("Referred by Dr. Anjali Raman. Her sister Tolu called.", NAME, "Anjali Raman", "Tolu");
		assertFound("Client: Priya Raghunathan (pronouns she/her)", NAME, "Priya Raghunathan");
		assertFound("Present: Will; mother, Faith Harrington-Ruiz; stepfather, Ron Ruiz", NAME, "Will", "Faith Harrington-Ruiz", "Ron Ruiz");
		assertFound("Clients: Daniel Côté (36) and Min-jun Park (\"MJ\", 33)", NAME, "Daniel Côté", "Min-jun Park", "MJ");
		assertFound("F/u Mon. Contact: 403-555-0156. - R. Dhillon", NAME, "R. Dhillon");
	}

	@Test
	void namesThatAreAlsoWordsAreToldApartByContext() {
		assertFound("Her sister Hope said Will would come. Grace reported poor sleep.", NAME, "Hope", "Will", "Grace");
		assertNothing("Mark the date. I hope she will show grace and will summer abroad.");
	}

	@Test
	void aNameProvenOnceIsFoundAgain() {
		String text = "Present: Will; mother, Faith\nWill opened by saying he will not come. Later Will then said he was sorry.";
		List<String> wills = found(text, DetectionContext.EMPTY).stream().filter(f -> f.type() == NAME)
				.map(f -> f.text(text)).filter("Will"::equals).collect(Collectors.toList());
		assertEquals(3, wills.size(), "every capitalised Will after 'Present: Will'");
	}

	@Test
	void citedTheoristsAndCourtCasesStay() {
		assertNothing("Used Beck's cognitive triad, per Linehan; Bowlby's attachment theory; a rupture-repair stance (Safran & Muran).");
		assertNothing("Stanley-Brown safety plan completed with her.");
		assertNothing("Discussed the dual process model (Stroebe & Schut) and the Tarasoff duty.");
		assertFound("Mr Beck called about his son.", NAME, "Beck");
	}

	// ---- dates and ages

	@Test
	void datesInEveryCommonForm() {
		assertFound("Seen 14/03/2024, 3/14/2024, 2024-03-14, March 14, 2024, 14th March and Mar. 3.", DATE, "14/03/2024",
				"3/14/2024", "2024-03-14", "March 14, 2024", "14th March", "Mar. 3");
	}

	@Test
	void weekdaysYearsAndRelativeTimesAreNotDates() {
		assertNothing("On Monday, as in 2019, she slept badly last week and two years ago.");
	}

	@Test
	void agesWrittenEveryWay() {
		assertFound("She is 42yo.", AGE, "42");
		assertFound("A 42-year-old teacher.", AGE, "42");
		assertFound("Moved out aged 17, then turned 18.", AGE, "17", "18");
		assertFound("Her daughter Grace (6) started school.", AGE, "6");
	}

	@Test
	void scoresAndDosesAreNotAges() {
		assertNothing("PHQ-9 = 14, GAD-7 11, sertraline 100 mg, 3 sessions, F33.1.");
	}

	// ---- contacts

	@Test
	void phoneNumbersOfManyCountries() {
		assertFound("US (617) 555-0142, UK 020 7946 0958 and +44 7700 900123, CA 416-555-0199.", CONTACT, "(617) 555-0142",
				"020 7946 0958", "+44 7700 900123", "416-555-0199");
		assertFound("AU 0412 345 678, NZ 021 123 4567, IE 087 123 4567, ZA 082 123 4567, IN +91 98765 43210.", CONTACT,
				"0412 345 678", "021 123 4567", "087 123 4567", "082 123 4567", "+91 98765 43210");
	}

	@Test
	void emailUrlIpAndHandles() {
		assertFound("Email dana.w@example.org, blog https://example.com/blog, IP 192.168.10.4, Instagram @dana_w.", CONTACT,
				"dana.w@example.org", "https://example.com/blog", "192.168.10.4", "@dana_w");
	}

	// ---- identifiers

	@Test
	void recordNumbersWithCuesCheckDigitsAndPlates() {
		assertFound("NHS number 943 476 5919, MRN 4417-22, File: RP-0417.", ID, "943 476 5919", "4417-22", "RP-0417");
		assertFound("He parks his ute (rego CX 41 RT) out the front; plate KX19 ABC.", ID, "CX 41 RT", "KX19 ABC");
	}

	@Test
	void diagnosticCodesAndMeasuresAreNotIds() {
		assertNothing("Dx F41.1 and Z63.0; PCL-5 down from 48 to 36; Y-BOCS 27.");
	}

	// ---- places and organisations

	@Test
	void addressesAndPostcodes() {
		assertFound("Lives at 42 Wallaby Way, Sydney NSW 2000; her old postcode SW1A 1AA.", LOCATION, "42 Wallaby Way", "Sydney",
				"SW1A 1AA");
	}

	@Test
	void organisationsTiedToAPerson() {
		assertFound("He was terminated from Valley Freight Logistics; HR at Valley Freight Logistics called.", LOCATION,
				"Valley Freight Logistics", "Valley Freight Logistics");
		assertFound("She volunteers at the St Vincent de Paul op shop.", LOCATION, "St Vincent de Paul");
		assertFound("He chose bouldering at Joe Rockhead's with a cousin.", LOCATION, "Joe Rockhead's");
		assertFound("Back to work with Carpenters Local 330 next month.", LOCATION, "Carpenters Local 330");
		assertFound("Placement: Kingston Hospital Psychological Therapies", LOCATION, "Kingston Hospital Psychological Therapies");
	}

	@Test
	void treatmentsAndGenericServicesAreNotPlaces() {
		assertNothing("Started Cognitive Processing Therapy; referred to the DBT Skills Group and Mental Health Services.");
	}

	// ---- professions

	@Test
	void professionsThatNarrowIdentity() {
		assertFound("He works as a forklift operator.", PROFESSION, "forklift operator");
		assertFound("He is the town's only pharmacist.", PROFESSION, "pharmacist");
		assertFound("Aoife is principal of Ballyhackamore Primary School.", PROFESSION, "principal");
		assertFound("Faith, an ER nurse at Flagstaff Medical Center, works nights.", PROFESSION, "ER nurse");
	}

	@Test
	void theTherapistsOwnRoleIsNotAProfessionFinding() {
		assertNothing("I discussed this with my supervisor; her psychiatrist agreed.");
	}

	// ---- notes from elsewhere: none of these names or places is in the development corpus

	@Test
	void notesFromOtherCountries() {
		String irish = "Session 4 with Siobhan O'Connell (DOB 03.07.1988), GP Dr Fergal Nolan at Ballymun Health Centre. "
				+ "She works as a barista at Bewley's on Grafton Street.";
		assertFound(irish, NAME, "Siobhan O'Connell", "Fergal Nolan");
		assertFound(irish, LOCATION, "Ballymun Health Centre", "Bewley's", "Grafton Street");
		assertFound(irish, PROFESSION, "barista");
		String southAfrican = "Client Thandiwe Mokoena, 29, from Soweto, lecturer at Wits. Her brother Sipho (17) is in Grade 11 at "
				+ "King Edward VII School. Contact 072 555 0134.";
		assertFound(southAfrican, NAME, "Thandiwe Mokoena", "Sipho");
		assertFound(southAfrican, AGE, "29", "17");
		assertFound(southAfrican, LOCATION, "Soweto", "Wits", "King Edward VII School");
		assertFound(southAfrican, CONTACT, "072 555 0134");
		String newZealand = "Rangi T\u016bhoe-Walker (34) lives in Gisborne; works at Fonterra. Whanau hui at his nan's. NHI ZAC5361.";
		assertFound(newZealand, NAME, "Rangi T\u016bhoe-Walker");
		assertFound(newZealand, LOCATION, "Gisborne", "Fonterra");
		assertFound(newZealand, ID, "ZAC5361");
		String indian = "Priyanka Venkataraman, 41, software architect at Infosys in Bengaluru. Daughter Meera, aged 9, at Delhi "
				+ "Public School. Phone +91 98450 12345.";
		assertFound(indian, PROFESSION, "software architect");
		assertFound(indian, LOCATION, "Infosys", "Bengaluru", "Delhi Public School");
		assertFound(indian, CONTACT, "+91 98450 12345");
		String scottish = "He lives at Flat 3, 27 Arbroath Road, Dundee DD4 6EQ. His CHI number is 1204885634.";
		assertFound(scottish, LOCATION, "Flat 3, 27 Arbroath Road", "Dundee", "DD4 6EQ");
		assertFound(scottish, ID, "1204885634");
	}

	// ---- helpers

	private static List<Finding> found(String text, DetectionContext context) {
		return Deidentifier.standard().detect(text, context);
	}

	private static void assertFound(String text, IdentifierType type, String... expected) {
		assertFound(text, DetectionContext.EMPTY, type, expected);
	}

	/** Each expected text is exactly one finding of the type (in order of appearance). */
	private static void assertFound(String text, DetectionContext context, IdentifierType type, String... expected) {
		List<Finding> findings = found(text, context);
		int from = 0;
		for (String surface : expected) {
			int at = text.indexOf(surface, from);
			assertTrue(at >= 0, "test text lacks " + surface);
			boolean ok = findings.stream().anyMatch(f -> f.start() == at && f.end() == at + surface.length() && f.type() == type);
			if (!ok) {
				fail("expected " + type + " '" + surface + "' in: " + text + "\nfound: " + describe(text, findings));
			}
			from = at + surface.length();
		}
	}

	private static void assertNothing(String text) {
		List<Finding> findings = found(text, DetectionContext.EMPTY);
		assertTrue(findings.isEmpty(), () -> "nothing expected in: " + text + "\nfound: " + describe(text, findings));
	}

	private static String describe(String text, List<Finding> findings) {
		return findings.stream().map(f -> f.type() + " '" + f.text(text) + "' (" + f.recognizer() + ")").collect(Collectors.joining(", "));
	}
}
