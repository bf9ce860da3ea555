/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.tests.share;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.casenotes.core.FindingDecisions;
import org.casenotes.core.PracticeStore;
import org.casenotes.core.share.SharePreview;
import org.casenotes.deid.eval.Json;
import org.casenotes.model.CaseFile;
import org.casenotes.model.CasenotesFactory;
import org.casenotes.model.Client;
import org.casenotes.model.IdentitySheet;
import org.casenotes.model.KnownPerson;
import org.casenotes.model.Note;
import org.casenotes.model.NoteKind;
import org.casenotes.model.Practice;
import org.casenotes.model.Section;

/** Synthetic practices and packet surgery for the share tests. */
final class SharePractices {

	private SharePractices() {
	}

	static Client client(Practice practice, String code, String legalName) {
		Client client = CasenotesFactory.eINSTANCE.createClient();
		client.setCode(code);
		IdentitySheet sheet = CasenotesFactory.eINSTANCE.createIdentitySheet();
		sheet.setLegalName(legalName);
		client.setIdentitySheet(sheet);
		CaseFile caseFile = CasenotesFactory.eINSTANCE.createCaseFile();
		caseFile.setTitle("Individual therapy");
		client.getCaseFiles().add(caseFile);
		practice.getClients().add(client);
		return client;
	}

	static void person(Client client, String name, String relation) {
		KnownPerson person = CasenotesFactory.eINSTANCE.createKnownPerson();
		person.setName(name);
		person.setRelation(relation);
		client.getIdentitySheet().getPeople().add(person);
	}

	/** A note of alternating section titles and texts. */
	static Note note(Client client, String title, LocalDate date, String... titlesAndTexts) {
		Note note = CasenotesFactory.eINSTANCE.createNote();
		note.setKind(NoteKind.FREE);
		note.setTitle(title);
		note.setSessionDate(date);
		for (int k = 0; k + 1 < titlesAndTexts.length; k += 2) {
			Section section = CasenotesFactory.eINSTANCE.createSection();
			section.setTitle(titlesAndTexts[k]);
			section.setText(titlesAndTexts[k + 1]);
			note.getSections().add(section);
		}
		client.getCaseFiles().get(0).getNotes().add(note);
		return note;
	}

	/** The therapist confirms every finding of the preview, as {@code --confirm-all} does. */
	static void confirmAll(PracticeStore store, SharePreview preview) throws Exception {
		FindingDecisions decisions = new FindingDecisions(store);
		for (SharePreview.PendingFinding pending : preview.unreviewed()) {
			decisions.confirm(pending.note(), pending.text());
		}
	}

	static Map<String, byte[]> entries(Path packet) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(packet))) {
			for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
				entries.put(e.getName(), readAll(zip));
			}
		}
		return entries;
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		in.transferTo(out);
		return out.toByteArray();
	}

	/** A zip of exactly these entries, in order, as they are. */
	static void zip(Path file, Map<String, byte[]> entries) throws IOException {
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			for (Map.Entry<String, byte[]> e : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(e.getKey()));
				zip.write(e.getValue());
				zip.closeEntry();
			}
		}
	}

	/**
	 * The entries with a manifest re-signed as docs/share-packet-format.md says (so a test reaches the check after
	 * the hashes): every entry's SHA-256, and the content hash over "name:hash\n" in name order.
	 */
	static Map<String, byte[]> resign(Map<String, byte[]> entries) throws Exception {
		Map<?, ?> manifest = (Map<?, ?>) Json.parse(new String(entries.get("manifest.json"), StandardCharsets.UTF_8));
		Map<String, String> hashes = new TreeMap<>();
		for (Map.Entry<String, byte[]> e : entries.entrySet()) {
			if (!e.getKey().equals("manifest.json")) {
				hashes.put(e.getKey(), sha256(e.getValue()));
			}
		}
		StringBuilder all = new StringBuilder();
		hashes.forEach((name, hash) -> all.append(name).append(':').append(hash).append('\n'));
		StringBuilder json = new StringBuilder("{");
		for (Map.Entry<?, ?> field : manifest.entrySet()) {
			if (field.getValue() instanceof String value && !field.getKey().equals("contentHash")) {
				json.append(Json.quote(field.getKey().toString())).append(':').append(Json.quote(value)).append(',');
			}
		}
		json.append("\"entries\":{");
		String comma = "";
		for (Map.Entry<String, String> h : hashes.entrySet()) {
			json.append(comma).append(Json.quote(h.getKey())).append(':').append(Json.quote(h.getValue()));
			comma = ",";
		}
		json.append("},\"contentHash\":").append(Json.quote(sha256(all.toString().getBytes(StandardCharsets.UTF_8)))).append('}');
		Map<String, byte[]> out = new LinkedHashMap<>(entries);
		out.put("manifest.json", json.toString().getBytes(StandardCharsets.UTF_8));
		return out;
	}

	static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}
}
