/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.internal.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals and opens the bytes of one workspace file. A sealed file is
 * {@code MAGIC (4) | VERSION (1) | nonce (12) | AES-256-GCM ciphertext and 16-byte tag}; the authenticated data
 * is the magic, the version and the file's name inside the workspace, so a file copied over another is refused.
 * <p>
 * Three states: {@link #PLAINTEXT} (a legacy workspace without a header: bytes pass through, but a sealed file is
 * refused since its key is unknown), {@link #LOCKED} (encrypted, no passphrase given yet: everything is refused)
 * and unlocked (a key).
 */
public final class Codec {

	static final byte[] MAGIC = { (byte) 0x89, 'C', 'N', 'S' };
	static final byte VERSION = 1;
	static final int NONCE_BYTES = 12;
	static final int TAG_BITS = 128;
	private static final int HEADER_BYTES = MAGIC.length + 1 + NONCE_BYTES;
	private static final SecureRandom RANDOM = new SecureRandom();

	public static final Codec PLAINTEXT = new Codec(null, false);
	public static final Codec LOCKED = new Codec(null, true);

	private final SecretKey key;
	private final boolean locked;

	private Codec(SecretKey key, boolean locked) {
		this.key = key;
		this.locked = locked;
	}

	static Codec of(SecretKey key) {
		return new Codec(key, false);
	}

	public boolean encrypts() {
		return key != null || locked;
	}

	/** The bytes to write for {@code name} (a path inside the workspace, with '/'). */
	public byte[] seal(String name, byte[] plain) throws SealedFileException {
		if (key == null) {
			if (locked) {
				throw lockedFailure(name);
			}
			return plain;
		}
		byte[] nonce = new byte[NONCE_BYTES];
		RANDOM.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(aad(name));
			byte[] sealed = cipher.doFinal(plain);
			return ByteBuffer.allocate(HEADER_BYTES + sealed.length).put(MAGIC).put(VERSION).put(nonce).put(sealed).array();
		} catch (GeneralSecurityException e) {
			throw new SealedFileException("Casenotes could not encrypt " + name + " (" + e.getClass().getSimpleName() + "); nothing was written.", e);
		}
	}

	/** The plain bytes of {@code name}, or a failure that says why the file was not opened. */
	public byte[] open(String name, byte[] stored) throws SealedFileException {
		boolean sealed = isSealed(stored);
		if (key == null) {
			if (locked) {
				throw lockedFailure(name);
			}
			if (sealed) {
				throw new SealedFileException("The file " + name
						+ " is encrypted, but this workspace has no passphrase header (store.json); it was not opened.");
			}
			return stored;
		}
		if (!sealed) {
			throw new SealedFileException("The file " + name
					+ " is not an encrypted Casenotes file, but this workspace is encrypted; it was not opened.");
		}
		if (stored[MAGIC.length] != VERSION) {
			throw new SealedFileException("The file " + name + " was written by a newer Casenotes (format " + stored[MAGIC.length]
					+ "); it was not opened.");
		}
		if (stored.length < HEADER_BYTES + TAG_BITS / 8) {
			throw damaged(name, null);
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, MAGIC.length + 1, NONCE_BYTES));
			cipher.updateAAD(aad(name));
			return cipher.doFinal(stored, HEADER_BYTES, stored.length - HEADER_BYTES);
		} catch (AEADBadTagException e) {
			throw damaged(name, e);
		} catch (GeneralSecurityException e) {
			throw new SealedFileException("Casenotes could not decrypt " + name + " (" + e.getClass().getSimpleName() + "); it was not opened.", e);
		}
	}

	/** One line of a line-by-line file (the audit trail): sealed, then Base64, so it stays one line. */
	public String sealLine(String name, String line) throws SealedFileException {
		if (key == null && !locked) {
			return line;
		}
		return Base64.getEncoder().encodeToString(seal(name, line.getBytes(StandardCharsets.UTF_8)));
	}

	public String openLine(String name, String stored) throws SealedFileException {
		if (key == null && !locked) {
			return stored;
		}
		byte[] bytes;
		try {
			bytes = Base64.getDecoder().decode(stored);
		} catch (IllegalArgumentException e) {
			throw damaged(name, e);
		}
		return new String(open(name, bytes), StandardCharsets.UTF_8);
	}

	public static boolean isSealed(byte[] stored) {
		return stored.length > MAGIC.length && Arrays.equals(stored, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
	}

	private static byte[] aad(String name) {
		byte[] n = name.getBytes(StandardCharsets.UTF_8);
		return ByteBuffer.allocate(MAGIC.length + 1 + n.length).put(MAGIC).put(VERSION).put(n).array();
	}

	static SealedFileException damaged(String name, Throwable cause) {
		return new SealedFileException("The file " + name + " is damaged or was changed outside Casenotes; it was not opened.", cause);
	}

	private static SealedFileException lockedFailure(String name) {
		return new SealedFileException("This workspace is encrypted and has not been unlocked with its passphrase; " + name
				+ " was not opened.");
	}
}
