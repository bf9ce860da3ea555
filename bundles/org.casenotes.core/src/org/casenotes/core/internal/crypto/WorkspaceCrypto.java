/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.internal.crypto;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.casenotes.core.StoreException;
import org.casenotes.core.WrongPassphraseException;
import org.casenotes.core.internal.AtomicFiles;
import org.casenotes.core.internal.StoreLayout;

/**
 * The encryption state of one workspace: its header, and the codec every workspace file is read and written
 * through. A workspace without {@value StoreHeader#FILE_NAME} is a legacy plaintext one (demo workspaces, tests);
 * with it, every file is sealed and nothing opens until {@link #unlock(char[])}.
 * <p>
 * <b>Re-encryption</b> ({@link #encrypt(char[])}, {@link #changePassphrase(char[], char[])}) is all or nothing:
 * <ol>
 * <li>every file is re-sealed into {@code NAME.rekey} beside it, and the new header into {@code store.json.rekey};</li>
 * <li>the journal {@value #JOURNAL} naming those files is written atomically: this is the commit point;</li>
 * <li>each {@code .rekey} file is renamed over its original, the header last, and the journal is deleted.</li>
 * </ol>
 * On the next start, {@link #recover()} finishes a switch whose journal exists (all new) or deletes the
 * {@code .rekey} files of one that never reached it (all old). Either way the files and the header agree.
 */
public final class WorkspaceCrypto {

	public static final String JOURNAL = "rekey.journal";
	static final String REKEY_SUFFIX = ".rekey";
	public static final String PRACTICE = "practice.casenotes";
	public static final String AUDIT = "audit.log";
	public static final String RECOVERY = ".recovery";
	/** Where the store keeps the previous versions of the practice file (see Backups). */
	public static final String BACKUPS = "backups";

	private static final Map<Path, WorkspaceCrypto> UNLOCKED = new ConcurrentHashMap<>();

	/** A point in the re-encryption where tests simulate a crash. */
	public interface CrashPoint {
		/** Called after each step, named "temp NAME", "commit" or "switch NAME". */
		void after(String step) throws IOException;
	}

	private final Path workspace;
	private Codec codec;
	private StoreHeader header;
	private boolean recovered;

	public WorkspaceCrypto(Path workspace) {
		this.workspace = workspace.toAbsolutePath().normalize();
	}

	/**
	 * The codec for files of {@code workspace} written outside the practice store (the audit trail, recovery
	 * copies): the unlocked one if a store has unlocked that workspace in this process, else plaintext or locked.
	 */
	public static Codec codecFor(Path workspace) {
		Path key = workspace.toAbsolutePath().normalize();
		WorkspaceCrypto unlocked = UNLOCKED.get(key);
		if (unlocked != null) {
			return unlocked.codec;
		}
		return Files.exists(key.resolve(StoreHeader.FILE_NAME)) || Files.exists(key.resolve(JOURNAL)) ? Codec.LOCKED : Codec.PLAINTEXT;
	}

	public Path workspace() {
		return workspace;
	}

	public synchronized boolean isEncrypted() throws StoreException {
		state();
		return header != null;
	}

	public synchronized boolean needsPassphrase() throws StoreException {
		state();
		return codec == Codec.LOCKED;
	}

	/** The codec files are read and written through now. */
	public synchronized Codec codec() throws StoreException {
		state();
		return codec;
	}

	private void state() throws StoreException {
		if (!recovered) {
			recover();
			recovered = true;
		}
		if (codec != null) {
			return;
		}
		Path file = workspace.resolve(StoreHeader.FILE_NAME);
		if (!Files.exists(file)) {
			codec = Codec.PLAINTEXT;
			return;
		}
		try {
			header = StoreHeader.parse(Files.readString(file, StandardCharsets.UTF_8));
		} catch (SealedFileException e) {
			throw new StoreException(e.getMessage(), e);
		} catch (IOException | RuntimeException e) {
			throw new StoreException("Casenotes could not read the store header " + file + "; nothing was opened.", e);
		}
		codec = Codec.LOCKED;
	}

	/**
	 * Derives the key from the passphrase (which is wiped) and checks it against the header only.
	 *
	 * @throws WrongPassphraseException when it is not this workspace's passphrase; no file is read or written
	 */
	public synchronized void unlock(char[] passphrase) throws StoreException {
		state();
		if (header == null) {
			java.util.Arrays.fill(passphrase, '\0');
			throw new StoreException("This workspace is not encrypted; there is no passphrase to enter.");
		}
		Codec unlocked;
		try {
			unlocked = header.unlock(passphrase);
		} catch (SealedFileException e) {
			throw new StoreException(e.getMessage(), e);
		}
		if (unlocked == null) {
			throw wrongPassphrase();
		}
		if (codec != Codec.LOCKED) {
			return; // already unlocked; checked all the same, so a wrong passphrase is never accepted silently
		}
		codec = unlocked;
		UNLOCKED.put(workspace, this);
	}

	private static WrongPassphraseException wrongPassphrase() {
		return new WrongPassphraseException("The passphrase is not correct. Nothing was opened or changed.");
	}

	/** Encrypts a plaintext workspace (whatever files it has so far) under a new passphrase, which is wiped. */
	public synchronized void encrypt(char[] passphrase) throws StoreException {
		encrypt(passphrase, null);
	}

	public synchronized void encrypt(char[] passphrase, CrashPoint crash) throws StoreException {
		state();
		if (header != null) {
			java.util.Arrays.fill(passphrase, '\0');
			throw new StoreException("This workspace is already encrypted; change its passphrase instead.");
		}
		rekey(Codec.PLAINTEXT, newHeader(passphrase), crash);
	}

	/** Re-encrypts every file under a new passphrase; both arrays are wiped. */
	public synchronized void changePassphrase(char[] old, char[] neu) throws StoreException {
		changePassphrase(old, neu, null);
	}

	public synchronized void changePassphrase(char[] old, char[] neu, CrashPoint crash) throws StoreException {
		state();
		if (header == null) {
			java.util.Arrays.fill(old, '\0');
			java.util.Arrays.fill(neu, '\0');
			throw new StoreException("This workspace is not encrypted yet; set a passphrase first.");
		}
		Codec from;
		try {
			from = header.unlock(old);
		} catch (SealedFileException e) {
			java.util.Arrays.fill(neu, '\0');
			throw new StoreException(e.getMessage(), e);
		}
		if (from == null) {
			java.util.Arrays.fill(neu, '\0');
			throw new WrongPassphraseException("The current passphrase is not correct. The passphrase was not changed.");
		}
		rekey(from, newHeader(neu), crash);
	}

	private static StoreHeader.Unlocked newHeader(char[] passphrase) throws StoreException {
		if (passphrase.length < 8) {
			java.util.Arrays.fill(passphrase, '\0');
			throw new StoreException("A passphrase needs at least 8 characters; a few words are better still.");
		}
		try {
			return StoreHeader.create(passphrase);
		} catch (SealedFileException e) {
			throw new StoreException(e.getMessage(), e);
		}
	}

	private void rekey(Codec from, StoreHeader.Unlocked to, CrashPoint crash) throws StoreException {
		List<String> names = new ArrayList<>();
		boolean committed = false;
		try {
			for (String name : files()) {
				Path file = workspace.resolve(name);
				byte[] stored = Files.readAllBytes(file);
				// a backup is a byte-for-byte copy of its file, sealed under that file's name
				String sealedAs = sealedAs(name);
				byte[] resealed = name.equals(AUDIT) ? resealLines(name, stored, from, to.codec())
						: to.codec().seal(sealedAs, from.open(sealedAs, stored));
				AtomicFiles.write(temp(name), resealed);
				names.add(name);
				if (crash != null) {
					crash.after("temp " + name);
				}
			}
			AtomicFiles.write(temp(StoreHeader.FILE_NAME), to.header().toJson().getBytes(StandardCharsets.UTF_8));
			names.add(StoreHeader.FILE_NAME);
			AtomicFiles.write(workspace.resolve(JOURNAL), (String.join("\n", names) + "\n").getBytes(StandardCharsets.UTF_8));
			committed = true;
			if (crash != null) {
				crash.after("commit");
			}
			switchOver(names, crash);
		} catch (SealedFileException e) {
			if (!committed) {
				rollBack();
			}
			throw new StoreException(e.getMessage() + " The passphrase was not changed.", e);
		} catch (IOException e) {
			if (!committed) {
				rollBack();
				throw new StoreException("Casenotes could not re-encrypt the workspace (" + e.getMessage()
						+ "). Nothing was changed; the old passphrase still opens it.", e);
			}
			throw new StoreException("Casenotes was interrupted while switching to the new passphrase (" + e.getMessage()
					+ "). It finishes the switch the next time the workspace opens; use the new passphrase.", e);
		}
		header = to.header();
		codec = to.codec();
		UNLOCKED.put(workspace, this);
	}

	private static byte[] resealLines(String name, byte[] stored, Codec from, Codec to) throws SealedFileException {
		String content = new String(stored, StandardCharsets.UTF_8);
		StringBuilder out = new StringBuilder(content.length() * 2);
		for (String line : content.split("\n")) {
			if (!line.isEmpty()) {
				out.append(to.sealLine(name, from.openLine(name, line))).append('\n');
			}
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** What {@link #checkFiles()} found: how many files were read, and each one that does not open. */
	public record FileCheck(int files, List<String> problems) {
	}

	/**
	 * Reads every encrypted file of the workspace (the practice, its backups, each audit entry, the recovery
	 * copies) and authenticates it with the key; changes nothing.
	 *
	 * @throws StoreException when the workspace is encrypted and not unlocked
	 */
	public synchronized FileCheck checkFiles() throws StoreException {
		Codec open = codec();
		List<String> problems = new ArrayList<>();
		List<String> names;
		try {
			names = files();
		} catch (IOException e) {
			throw new StoreException("Casenotes could not list the workspace " + workspace + ": " + e.getMessage(), e);
		}
		for (String name : names) {
			try {
				byte[] stored = Files.readAllBytes(workspace.resolve(name));
				if (name.equals(AUDIT)) {
					String[] lines = new String(stored, StandardCharsets.UTF_8).split("\n");
					for (int n = 0; n < lines.length; n++) {
						try {
							if (!lines[n].isEmpty()) {
								open.openLine(name, lines[n]);
							}
						} catch (SealedFileException e) {
							problems.add(name + " line " + (n + 1) + ": " + e.getMessage());
						}
					}
				} else {
					open.open(sealedAs(name), stored);
				}
			} catch (SealedFileException e) {
				problems.add(e.getMessage());
			} catch (IOException e) {
				problems.add(name + " cannot be read: " + e.getMessage());
			}
		}
		return new FileCheck(names.size(), List.copyOf(problems));
	}

	/**
	 * The workspace files that are encrypted: the store's resources (see StoreLayout) and their backups, the
	 * audit trail, the recovery copies. Damaged files kept aside and temporary files are not among them.
	 */
	List<String> files() throws IOException {
		List<String> names = new ArrayList<>();
		if (Files.isRegularFile(workspace.resolve(AUDIT))) {
			names.add(AUDIT);
		}
		try (Stream<Path> all = Files.walk(workspace, 4)) {
			all.filter(Files::isRegularFile).map(f -> workspace.relativize(f).toString().replace('\\', '/'))
					.filter(name -> StoreLayout.isResource(sealedAs(name))
							|| name.startsWith(RECOVERY + "/") && name.endsWith(".xmi") && name.indexOf('/') == name.lastIndexOf('/'))
					.sorted().forEach(names::add);
		}
		return names;
	}

	/** The name a file is sealed under: its own, or for a backup ({@code backups/NAME.3}) the file it backs up. */
	static String sealedAs(String name) {
		if (name.startsWith(BACKUPS + "/")) {
			int generation = name.lastIndexOf('.');
			if (generation > 0 && name.substring(generation + 1).matches("[0-9]")) {
				return name.substring(BACKUPS.length() + 1, generation);
			}
		}
		return name;
	}

	private Path temp(String name) {
		return workspace.resolve(name + REKEY_SUFFIX);
	}

	private void switchOver(List<String> names, CrashPoint crash) throws IOException {
		for (String name : names) {
			Path temp = temp(name);
			if (Files.exists(temp)) {
				move(temp, workspace.resolve(name));
			}
			if (crash != null) {
				crash.after("switch " + name);
			}
		}
		Files.deleteIfExists(workspace.resolve(JOURNAL));
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Leaves the workspace all old: the {@code .rekey} files of a switch that was never committed go. */
	private void rollBack() {
		try {
			for (String name : files()) {
				Files.deleteIfExists(temp(name));
			}
			Files.deleteIfExists(temp(StoreHeader.FILE_NAME));
		} catch (IOException e) {
			// left-over .rekey files without a journal are deleted on the next start
		}
	}

	/** Finishes (journal present) or undoes (no journal) a re-encryption a crash interrupted. */
	private void recover() throws StoreException {
		Path journal = workspace.resolve(JOURNAL);
		try {
			if (Files.exists(journal)) {
				List<String> names = new ArrayList<>();
				for (String name : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
					if (!name.isBlank()) {
						if (name.contains("..") || name.startsWith("/")) {
							throw new IOException("the journal names a file outside the workspace");
						}
						names.add(name.strip());
					}
				}
				switchOver(names, null);
			} else {
				rollBack();
			}
		} catch (NoSuchFileException e) {
			// nothing to recover
		} catch (IOException e) {
			throw new StoreException("Casenotes could not finish a passphrase change that was interrupted (" + e.getMessage()
					+ "); nothing was opened.", e);
		}
	}
}
