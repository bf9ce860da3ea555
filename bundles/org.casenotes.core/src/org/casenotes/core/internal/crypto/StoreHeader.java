/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.internal.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.SecretKey;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The store header, {@value #FILE_NAME}: how the key is derived from the passphrase, and a key check (a fixed
 * constant sealed under the key) so a wrong passphrase is recognised from the header alone, before any other file
 * is read. It holds no secret: the salt and the iteration count are public by design.
 */
public record StoreHeader(int format, String kdf, int iterations, byte[] salt, byte[] keyCheck) {

	public static final String FILE_NAME = "store.json";
	public static final int FORMAT = 1;
	public static final String KDF = "PBKDF2WithHmacSHA256";
	/** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256; headers asking for fewer are refused. */
	public static final int MIN_ITERATIONS = 600_000;
	public static final int SALT_BYTES = 16;
	private static final byte[] CHECK_CONSTANT = "Casenotes key check v1".getBytes(StandardCharsets.US_ASCII);
	private static final SecureRandom RANDOM = new SecureRandom();

	/** A new header with a fresh salt, and the key it describes; wipes {@code passphrase}. */
	public static Unlocked create(char[] passphrase) throws SealedFileException {
		byte[] salt = new byte[SALT_BYTES];
		RANDOM.nextBytes(salt);
		SecretKey key = derive(passphrase, salt, MIN_ITERATIONS);
		Codec codec = Codec.of(key);
		return new Unlocked(new StoreHeader(FORMAT, KDF, MIN_ITERATIONS, salt, codec.seal(FILE_NAME, CHECK_CONSTANT)), codec);
	}

	/** A header and the codec of its key. */
	public record Unlocked(StoreHeader header, Codec codec) {
	}

	/** The codec of this header's key, or empty when the passphrase is not the one it was made with; wipes it. */
	public Codec unlock(char[] passphrase) throws SealedFileException {
		Codec codec = Codec.of(derive(passphrase, salt, iterations));
		try {
			return Arrays.equals(codec.open(FILE_NAME, keyCheck), CHECK_CONSTANT) ? codec : null;
		} catch (SealedFileException e) {
			return null;
		}
	}

	private static SecretKey derive(char[] passphrase, byte[] salt, int iterations) throws SealedFileException {
		PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
		byte[] raw = null;
		try {
			raw = SecretKeyFactory.getInstance(KDF).generateSecret(spec).getEncoded();
			return new SecretKeySpec(raw, "AES");
		} catch (GeneralSecurityException e) {
			throw new SealedFileException("This Java cannot derive keys with " + KDF + "; the workspace was not opened.", e);
		} finally {
			spec.clearPassword();
			Arrays.fill(passphrase, '\0');
			if (raw != null) {
				Arrays.fill(raw, (byte) 0);
			}
		}
	}

	public String toJson() {
		Base64.Encoder b64 = Base64.getEncoder();
		return "{\n  \"format\": " + format + ",\n  \"cipher\": \"AES-256-GCM\",\n  \"kdf\": \"" + kdf + "\",\n  \"iterations\": "
				+ iterations + ",\n  \"salt\": \"" + b64.encodeToString(salt) + "\",\n  \"keyCheck\": \"" + b64.encodeToString(keyCheck)
				+ "\"\n}\n";
	}

	public static StoreHeader parse(String json) throws SealedFileException {
		try {
			int format = Integer.parseInt(field(json, "format", "(\\d{1,9})"));
			if (format != FORMAT) {
				throw new SealedFileException("The store header " + FILE_NAME + " has format " + format
						+ ", which this Casenotes does not know; nothing was opened.");
			}
			String kdf = field(json, "kdf", "\"([A-Za-z0-9]+)\"");
			int iterations = Integer.parseInt(field(json, "iterations", "(\\d{1,10})"));
			byte[] salt = Base64.getDecoder().decode(field(json, "salt", "\"([A-Za-z0-9+/=]*)\""));
			byte[] check = Base64.getDecoder().decode(field(json, "keyCheck", "\"([A-Za-z0-9+/=]*)\""));
			if (!KDF.equals(kdf) || iterations < MIN_ITERATIONS || salt.length < SALT_BYTES) {
				throw new SealedFileException("The store header " + FILE_NAME
						+ " asks for a key derivation weaker than Casenotes allows; nothing was opened.");
			}
			return new StoreHeader(format, kdf, iterations, salt, check);
		} catch (IllegalArgumentException e) {
			throw new SealedFileException("The store header " + FILE_NAME + " is damaged; nothing was opened.", e);
		}
	}

	private static String field(String json, String name, String value) {
		Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*" + value).matcher(json);
		if (!m.find()) {
			throw new IllegalArgumentException("no " + name);
		}
		return m.group(1);
	}
}
