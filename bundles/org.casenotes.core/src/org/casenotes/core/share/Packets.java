/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.share;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.casenotes.core.internal.CasenotesXmi;
import org.casenotes.core.internal.Html;
import org.casenotes.core.share.ShareService.PacketKind;
import org.casenotes.deid.eval.Json;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * The packet files on disk: a zip of exactly the expected entries, with a manifest that holds the SHA-256 of
 * every other entry. Reading trusts nothing in the file: sizes are counted while reading, not taken from headers.
 * The format is described in {@code docs/share-packet-format.md}.
 */
final class Packets {

	static final String MANIFEST = "manifest.json";
	static final String SHARE_FORMAT = "casenotes-share";
	static final String FEEDBACK_FORMAT = "casenotes-feedback";
	static final String FORMAT_VERSION = "1";
	static final List<String> SHARE_ENTRIES = List.of(MANIFEST, "notes.xmi", "notes.html");
	static final List<String> FEEDBACK_ENTRIES = List.of(MANIFEST, "feedback.xmi", "feedback.html");

	/** A packet file larger than this is refused before it is opened. */
	static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
	/** An entry that inflates to more than this is refused (a zip bomb), counted while reading. */
	static final long MAX_ENTRY_BYTES = 16L * 1024 * 1024;
	/** All entries together may inflate to no more than this. */
	static final long MAX_TOTAL_BYTES = 32L * 1024 * 1024;

	/** A packet read and checked: its kind, its manifest and its entries (the manifest's hashes all match). */
	record Packet(PacketKind kind, Map<?, ?> manifest, Map<String, byte[]> entries) {
		String packetId() {
			return (String) manifest.get("packetId");
		}

		String text(String entry) {
			return new String(entries.get(entry), StandardCharsets.UTF_8);
		}
	}

	private Packets() {
	}

	// ---- writing

	/** The zip of {@code entries} (manifest excluded) with a manifest of {@code fields} plus their hashes. */
	static byte[] write(Map<String, Object> fields, Map<String, byte[]> entries) throws IOException {
		Map<String, String> hashes = new TreeMap<>();
		entries.forEach((name, bytes) -> hashes.put(name, sha256(bytes)));
		StringBuilder manifest = new StringBuilder("{\n");
		for (Map.Entry<String, Object> field : fields.entrySet()) {
			manifest.append("  ").append(Json.quote(field.getKey())).append(": ").append(Json.quote(String.valueOf(field.getValue())))
					.append(",\n");
		}
		manifest.append("  \"entries\": {");
		String comma = "";
		for (Map.Entry<String, String> hash : hashes.entrySet()) {
			manifest.append(comma).append("\n    ").append(Json.quote(hash.getKey())).append(": ").append(Json.quote(hash.getValue()));
			comma = ",";
		}
		manifest.append("\n  },\n  \"contentHash\": ").append(Json.quote(contentHash(hashes))).append("\n}\n");
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			put(zip, MANIFEST, manifest.toString().getBytes(StandardCharsets.UTF_8));
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				put(zip, entry.getKey(), entry.getValue());
			}
		}
		return bytes.toByteArray();
	}

	private static void put(ZipOutputStream zip, String name, byte[] content) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		// no clock in the file: a packet's bytes follow from its content
		entry.setTime(0);
		zip.putNextEntry(entry);
		zip.write(content);
		zip.closeEntry();
	}

	/** SHA-256 over "name:hash\n" of every entry but the manifest, by name: one hash for the whole content. */
	static String contentHash(Map<String, String> hashes) {
		StringBuilder all = new StringBuilder();
		new TreeMap<>(hashes).forEach((name, hash) -> all.append(name).append(':').append(hash).append('\n'));
		return sha256(all.toString().getBytes(StandardCharsets.UTF_8));
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	}

	static byte[] xmi(EObject root) throws IOException {
		ResourceSet resourceSet = CasenotesXmi.newResourceSet();
		Resource resource = resourceSet.createResource(URI.createURI("packet:/entry.xmi"));
		resource.getContents().add(root);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		resource.save(out, CasenotesXmi.saveOptions());
		return out.toByteArray();
	}

	// ---- reading

	/** Reads and checks a packet of either kind; nothing is written. */
	static Packet read(Path file) throws PacketException {
		String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
		long size;
		try {
			size = Files.size(file);
		} catch (NoSuchFileException e) {
			throw new PacketException("There is no file " + file + ".");
		} catch (IOException e) {
			throw new PacketException("Casenotes cannot read " + file + ": " + reason(e) + ".");
		}
		if (!Files.isRegularFile(file)) {
			throw new PacketException(file + " is not a file.");
		}
		if (size > MAX_FILE_BYTES) {
			throw new PacketException(name + " is larger than a packet may be (" + MAX_FILE_BYTES / (1024 * 1024) + " MB); it was not imported.");
		}
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
			Set<String> seen = new HashSet<>();
			long total = 0;
			Enumeration<? extends ZipEntry> all = zip.entries();
			while (all.hasMoreElements()) {
				ZipEntry entry = all.nextElement();
				String entryName = entry.getName();
				if (!SHARE_ENTRIES.contains(entryName) && !FEEDBACK_ENTRIES.contains(entryName)) {
					throw new PacketException(name + " holds an entry a Casenotes packet never has (\"" + printable(entryName)
							+ "\"); it was not imported.");
				}
				if (!seen.add(entryName)) {
					throw new PacketException(name + " holds the entry " + entryName + " twice; it was not imported.");
				}
				byte[] content = readLimited(zip, entry, name);
				total += content.length;
				if (total > MAX_TOTAL_BYTES) {
					throw new PacketException(name + " unpacks to more than a packet may hold (" + MAX_TOTAL_BYTES / (1024 * 1024)
							+ " MB); it was not imported.");
				}
				entries.put(entryName, content);
			}
		} catch (ZipException e) {
			throw new PacketException(name + " is not a Casenotes packet: it is not a complete zip file.");
		} catch (IOException e) {
			throw new PacketException("Casenotes cannot read " + name + ": " + reason(e) + ".");
		}
		byte[] manifestBytes = entries.get(MANIFEST);
		if (manifestBytes == null) {
			throw new PacketException(name + " is not a Casenotes packet: it has no manifest.json.");
		}
		Map<?, ?> manifest;
		try {
			manifest = (Map<?, ?>) Json.parse(new String(manifestBytes, StandardCharsets.UTF_8));
		} catch (RuntimeException e) {
			throw new PacketException(name + " is not a Casenotes packet: its manifest.json is not readable JSON.");
		}
		Object format = manifest.get("format");
		PacketKind kind;
		List<String> expected;
		if (SHARE_FORMAT.equals(format)) {
			kind = PacketKind.SHARE;
			expected = SHARE_ENTRIES;
		} else if (FEEDBACK_FORMAT.equals(format)) {
			kind = PacketKind.FEEDBACK;
			expected = FEEDBACK_ENTRIES;
		} else {
			throw new PacketException(name + " is not a Casenotes packet: its format is unknown.");
		}
		if (!FORMAT_VERSION.equals(manifest.get("formatVersion"))) {
			throw new PacketException(name + " was written in a format version this Casenotes does not read (\""
					+ printable(String.valueOf(manifest.get("formatVersion"))) + "\"); update Casenotes to import it.");
		}
		if (!(manifest.get("packetId") instanceof String id) || !id.matches("[0-9a-fA-F-]{8,64}")) {
			throw new PacketException(name + " is not a Casenotes packet: its manifest has no valid packet id.");
		}
		if (!entries.keySet().equals(new HashSet<>(expected))) {
			List<String> missing = new ArrayList<>(expected);
			missing.removeAll(entries.keySet());
			throw new PacketException(name + (missing.isEmpty() ? " holds entries of another kind of packet" : " lacks " + String.join(", ", missing))
					+ "; it was not imported.");
		}
		if (!(manifest.get("entries") instanceof Map<?, ?> hashes) || hashes.size() != expected.size() - 1) {
			throw new PacketException(name + " is not a Casenotes packet: its manifest does not list its entries.");
		}
		Map<String, String> actual = new TreeMap<>();
		for (String entry : expected) {
			if (entry.equals(MANIFEST)) {
				continue;
			}
			String hash = sha256(entries.get(entry));
			if (!hash.equals(hashes.get(entry))) {
				throw new PacketException(name + " was changed or damaged after it was written: " + entry
						+ " does not match its hash in the manifest; it was not imported.");
			}
			actual.put(entry, hash);
		}
		if (!contentHash(actual).equals(manifest.get("contentHash"))) {
			throw new PacketException(name + " was changed or damaged after it was written: its content hash does not match; it was not imported.");
		}
		return new Packet(kind, manifest, entries);
	}

	private static byte[] readLimited(ZipFile zip, ZipEntry entry, String name) throws IOException, PacketException {
		if (entry.isDirectory()) {
			throw new PacketException(name + " holds a folder, which a Casenotes packet never has; it was not imported.");
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		long count = 0;
		try (InputStream in = zip.getInputStream(entry)) {
			int n;
			while ((n = in.read(buffer)) > 0) {
				count += n;
				if (count > MAX_ENTRY_BYTES) {
					throw new PacketException(name + ": " + entry.getName() + " unpacks to more than an entry may hold ("
							+ MAX_ENTRY_BYTES / (1024 * 1024) + " MB); it was not imported.");
				}
				out.write(buffer, 0, n);
			}
		}
		return out.toByteArray();
	}

	/**
	 * The single object of an XMI entry, of class {@code expected}. A DOCTYPE or entity declaration is refused
	 * outright (and the parser is set to refuse them too): a packet never pulls in anything else.
	 */
	static EObject load(Packet packet, String entry, EClass expected, String fileName) throws PacketException {
		byte[] bytes = packet.entries().get(entry);
		String head = new String(bytes, StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
		if (head.contains("<!DOCTYPE") || head.contains("<!ENTITY")) {
			throw new PacketException(fileName + ": " + entry + " declares a DOCTYPE or entities, which Casenotes never reads; it was not imported.");
		}
		ResourceSet resourceSet = CasenotesXmi.newResourceSet();
		Resource resource = resourceSet.createResource(URI.createURI("packet:/" + entry));
		try {
			resource.load(new ByteArrayInputStream(bytes), CasenotesXmi.loadOptions());
		} catch (IOException | RuntimeException e) {
			throw new PacketException(fileName + ": " + entry + " is not a readable Casenotes document; it was not imported.");
		}
		if (resource.getContents().size() != 1 || !expected.isInstance(resource.getContents().get(0))) {
			throw new PacketException(fileName + ": " + entry + " does not hold a " + expected.getName() + "; it was not imported.");
		}
		return resource.getContents().get(0);
	}

	/** A name from a hostile file, cut short and without control characters, fit for one line of a message. */
	static String printable(String text) {
		String clean = text.replaceAll("\\p{Cntrl}", "?");
		return clean.length() > 60 ? clean.substring(0, 60) + "…" : clean;
	}

	static String reason(IOException e) {
		return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
	}

	static String html(String text) {
		return Html.escape(text);
	}
}
