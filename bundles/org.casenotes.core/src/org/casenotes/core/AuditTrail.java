/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.casenotes.core.internal.crypto.Codec;
import org.casenotes.core.internal.crypto.SealedFileException;
import org.casenotes.core.internal.crypto.WorkspaceCrypto;

/**
 * The practice's append-only audit trail: every sign, share, import and export, one JSON line each in
 * {@code audit.log} beside the practice. Each entry holds the SHA-256 of the entry before it ({@code prev}) and
 * its own ({@code hash}, over the line without that field), so changing, removing or reordering any entry breaks
 * the chain and {@link #verify()} says where. Entries name notes and clients by id and code only, never by text.
 * <p>
 * Appending needs the last entry of an intact chain. A career holds tens of thousands of entries, so the process
 * remembers, per file, the last entry it verified or wrote together with the file's size, time and identity; while
 * those are unchanged, an append (and {@link #checkIntact()}) does not read the file again. Any other change to
 * the file makes the next append verify the whole chain first. {@link #verify()}, {@link #snapshot()} and
 * {@link #read()} always read it all.
 */
public final class AuditTrail {

	public static final String FILE_NAME = "audit.log";
	/** The {@code prev} of the first entry. */
	public static final String GENESIS = "0".repeat(64);

	private static final Pattern FIELD = Pattern.compile("\"([a-z]+)\":(?:\"((?:[^\"\\\\]|\\\\.)*)\"|(-?\\d+))");
	private static final String HASH_FIELD = ",\"hash\":\"";
	private static final Pattern SEQ = Pattern.compile("\\d{1,18}");
	/** Looking the algorithm up costs more than hashing one entry; a trail is verified entry by entry. */
	private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java has SHA-256", e);
		}
	});

	/** One entry as read back. */
	public record Entry(long seq, Instant at, String actor, String action, String subject, String detail, String prev, String hash) {
	}

	/** What {@link #verify()} found: the entries that read well and every problem, with its line. */
	public record Report(int entries, List<String> problems) {
		public boolean intact() {
			return problems.isEmpty();
		}
	}

	/**
	 * What {@link #snapshot()} found: every entry that could be read, oldest first, and every problem, so that a
	 * damaged trail can still be shown.
	 */
	public record Snapshot(List<Entry> entries, List<String> problems) {
		public boolean intact() {
			return problems.isEmpty();
		}
	}

	/** The last verified (or written) entry of a trail file, and the file as it was then. */
	private record Tail(long size, FileTime modified, Object fileKey, long seq, String hash) {
		boolean describes(BasicFileAttributes file) {
			return file.size() == size && file.lastModifiedTime().equals(modified) && Objects.equals(file.fileKey(), fileKey);
		}
	}

	private static final Map<Path, Tail> VERIFIED = new ConcurrentHashMap<>();
	/** One writer per trail file in this process, however many AuditTrail objects name it. */
	private static final Map<Path, Object> WRITERS = new ConcurrentHashMap<>();

	private final Path file;
	private final Path workspace;

	public AuditTrail(Path workspace) {
		this.workspace = Objects.requireNonNull(workspace, "workspace");
		this.file = workspace.resolve(FILE_NAME);
	}

	public Path file() {
		return file;
	}

	/**
	 * Appends an entry and forces it to disk before returning: an action is recorded before it is reported done.
	 *
	 * @throws StoreException when the trail cannot be written, or is broken (nothing is appended to a broken chain)
	 */
	public Entry append(String actor, String action, String subject, String detail) throws StoreException {
		synchronized (writer()) {
			Tail last = tail();
			long seq = last.seq() + 1;
			String prev = last.hash();
			Instant at = Instant.now();
			Map<String, Object> fields = new LinkedHashMap<>();
			fields.put("seq", seq);
			fields.put("at", at.toString());
			fields.put("actor", clean(actor));
			fields.put("action", clean(action));
			fields.put("subject", clean(subject));
			fields.put("detail", clean(detail));
			fields.put("prev", prev);
			String body = json(fields);
			String hash = sha256(body);
			String line = body.substring(0, body.length() - 1) + HASH_FIELD + hash + "\"}";
			try {
				// in an encrypted workspace each entry is sealed on its own line; the hash chain is over the plain entries
				line = WorkspaceCrypto.codecFor(workspace).sealLine(FILE_NAME, line) + "\n";
				Files.createDirectories(file.getParent());
				try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
					ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
					while (bytes.hasRemaining()) {
						channel.write(bytes);
					}
					channel.force(true);
				}
				remember(seq, hash);
			} catch (SealedFileException e) {
				throw new StoreException(e.getMessage() + " Nothing was recorded.", e);
			} catch (IOException e) {
				VERIFIED.remove(file); // a partial line may be there: the next append reads the file again
				throw new StoreException("Cannot write the audit trail " + file + ": " + e.getMessage(), e);
			}
			return new Entry(seq, at, clean(actor), clean(action), clean(subject), clean(detail), prev, hash);
		}
	}

	/**
	 * Checks that an entry can be chained to the trail, without reading it again while it is as this process left
	 * it.
	 *
	 * @throws StoreException when the trail cannot be read or its chain is broken
	 */
	public void checkIntact() throws StoreException {
		synchronized (writer()) {
			tail();
		}
	}

	private Object writer() {
		return WRITERS.computeIfAbsent(file, f -> new Object());
	}

	/** The last entry of the intact trail: remembered, or read (and verified) when the file changed since. */
	private Tail tail() throws StoreException {
		BasicFileAttributes before = attributes();
		Tail cached = VERIFIED.get(file);
		if (before == null) {
			return new Tail(0, null, null, 0, GENESIS);
		}
		if (cached != null && cached.describes(before)) {
			return cached;
		}
		List<Entry> entries = read();
		BasicFileAttributes after = attributes();
		Entry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
		Tail tail = new Tail(after == null ? 0 : after.size(), after == null ? null : after.lastModifiedTime(), after == null ? null : after.fileKey(),
				last == null ? 0 : last.seq(), last == null ? GENESIS : last.hash());
		if (after != null && after.size() == before.size() && after.lastModifiedTime().equals(before.lastModifiedTime())) {
			VERIFIED.put(file, tail); // only when nothing wrote the file while it was being read
		}
		return tail;
	}

	private void remember(long seq, String hash) {
		BasicFileAttributes now = attributes();
		if (now == null) {
			VERIFIED.remove(file);
		} else {
			VERIFIED.put(file, new Tail(now.size(), now.lastModifiedTime(), now.fileKey(), seq, hash));
		}
	}

	private BasicFileAttributes attributes() {
		try {
			return Files.readAttributes(file, BasicFileAttributes.class);
		} catch (IOException e) {
			return null; // no trail yet (or none that can be looked at: reading it will say why)
		}
	}

	/**
	 * Every entry, oldest first.
	 *
	 * @throws StoreException when the file cannot be read or the chain is broken ({@link #verify()} says where)
	 */
	public synchronized List<Entry> read() throws StoreException {
		List<Entry> entries = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		scan(entries, problems);
		if (!problems.isEmpty()) {
			throw new StoreException("The audit trail " + file + " is damaged: " + problems.get(0));
		}
		return entries;
	}

	/** Checks every entry's hash and link to the one before; changes nothing. */
	public synchronized Report verify() throws StoreException {
		List<Entry> entries = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		scan(entries, problems);
		return new Report(entries.size(), List.copyOf(problems));
	}

	/** Every entry that reads as one, with the problems {@link #verify()} reports; changes nothing. */
	public synchronized Snapshot snapshot() throws StoreException {
		List<Entry> entries = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		scan(entries, problems);
		return new Snapshot(List.copyOf(entries), List.copyOf(problems));
	}

	private void scan(List<Entry> entries, List<String> problems) throws StoreException {
		String content;
		try {
			content = Files.readString(file, StandardCharsets.UTF_8);
		} catch (NoSuchFileException e) {
			return;
		} catch (IOException e) {
			throw new StoreException("Cannot read the audit trail " + file + ": " + e.getMessage(), e);
		}
		if (!content.isEmpty() && !content.endsWith("\n")) {
			problems.add("the last entry is incomplete (a write was interrupted)");
		}
		String prev = GENESIS;
		long expected = 1;
		Codec codec = WorkspaceCrypto.codecFor(workspace);
		if (codec == Codec.LOCKED && !content.isEmpty()) {
			throw new StoreException("This workspace is encrypted and has not been unlocked; the audit trail was not opened.");
		}
		String[] lines = content.split("\n", -1);
		for (int n = 0; n < lines.length; n++) {
			String line = lines[n];
			if (line.isEmpty() || (n == lines.length - 1 && !content.endsWith("\n"))) {
				continue;
			}
			try {
				line = codec.openLine(FILE_NAME, line);
			} catch (SealedFileException e) {
				problems.add("line " + (n + 1) + ": " + (codec.encrypts() ? "the entry is damaged or was changed outside Casenotes"
						: "an encrypted entry in a workspace without a passphrase header"));
				continue;
			}
			int at = line.lastIndexOf(HASH_FIELD);
			Map<String, String> fields = fields(line);
			if (at < 0 || !line.endsWith("\"}") || !fields.keySet().containsAll(List.of("seq", "at", "action", "prev", "hash"))
					|| !SEQ.matcher(fields.get("seq")).matches()) {
				problems.add("line " + (n + 1) + ": not an audit entry");
				continue;
			}
			String body = line.substring(0, at) + "}";
			String hash = fields.get("hash");
			if (!sha256(body).equals(hash)) {
				problems.add("line " + (n + 1) + ": the entry was changed after it was written");
			}
			if (!fields.get("prev").equals(prev)) {
				problems.add("line " + (n + 1) + ": the entry before it was changed, removed or moved");
			}
			long seq = Long.parseLong(fields.get("seq"));
			if (seq != expected) {
				problems.add("line " + (n + 1) + ": entry " + seq + " where " + expected + " was expected");
			}
			Instant when;
			try {
				when = Instant.parse(fields.get("at"));
			} catch (RuntimeException e) {
				problems.add("line " + (n + 1) + ": an unreadable time");
				when = Instant.EPOCH;
			}
			entries.add(new Entry(seq, when, fields.getOrDefault("actor", ""), fields.get("action"), fields.getOrDefault("subject", ""),
					fields.getOrDefault("detail", ""), fields.get("prev"), hash));
			prev = hash;
			expected = seq + 1;
		}
	}

	private static Map<String, String> fields(String line) {
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher m = FIELD.matcher(line);
		while (m.find()) {
			fields.put(m.group(1), m.group(2) != null ? unescape(m.group(2)) : m.group(3));
		}
		return fields;
	}

	private static String json(Map<String, Object> fields) {
		StringBuilder json = new StringBuilder("{");
		for (Map.Entry<String, Object> field : fields.entrySet()) {
			if (json.length() > 1) {
				json.append(',');
			}
			json.append('"').append(field.getKey()).append("\":");
			if (field.getValue() instanceof Number number) {
				json.append(number);
			} else {
				json.append('"').append(escape(field.getValue().toString())).append('"');
			}
		}
		return json.append('}').toString();
	}

	/** One line of plain text: an entry is a line, and a control character has no business in it. */
	private static String clean(String text) {
		return text == null ? "" : text.replaceAll("\\p{Cntrl}+", " ").strip();
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

	private static String unescape(String text) {
		StringBuilder plain = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			plain.append(c == '\\' && i + 1 < text.length() ? text.charAt(++i) : c);
		}
		return plain.toString();
	}

	private static String sha256(String text) {
		MessageDigest digest = SHA256.get();
		digest.reset();
		return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
	}
}
