/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.cli.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

import org.casenotes.core.PracticeStore;
import org.casenotes.core.StoreException;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** The commands' way to the OSGi services (the practice store and, later, the engine). */
public class OsgiServices {

	/** The environment variable that holds an encrypted workspace's passphrase for headless commands. */
	public static final String PASSPHRASE_VARIABLE = "CASENOTES_PASSPHRASE";

	private Path passphraseFile;

	/** Set from {@code --passphrase-file FILE}: the first line of the file is the passphrase. */
	public void passphraseFile(Path file) {
		this.passphraseFile = file;
	}

	/** An environment variable; tests override it, since a running JVM's environment cannot be changed. */
	protected String environment(String name) {
		return System.getenv(name);
	}

	public <S> Optional<S> get(Class<S> type) {
		BundleContext context = FrameworkUtil.getBundle(OsgiServices.class).getBundleContext();
		if (context == null) {
			return Optional.empty();
		}
		ServiceReference<S> reference = context.getServiceReference(type);
		return reference == null ? Optional.empty() : Optional.ofNullable(context.getService(reference));
	}

	/** The workspace's store, or null after telling the user why there is none. */
	public PracticeStore practiceStore(Console console) {
		PracticeStore store = get(PracticeStore.class).orElse(null);
		if (store == null) {
			console.error("no workspace: run with -data FOLDER");
			return null;
		}
		try {
			if (!store.needsPassphrase()) {
				return store;
			}
			char[] passphrase = passphrase();
			if (passphrase == null) {
				console.error("this workspace is encrypted: give its passphrase with --passphrase-file FILE or the "
						+ PASSPHRASE_VARIABLE + " environment variable");
				return null;
			}
			store.unlock(passphrase);
			return store;
		} catch (StoreException e) {
			console.error(e.getMessage());
			return null;
		}
	}

	/** The passphrase from the file or the environment, or null; the file's trailing line break is not part of it. */
	char[] passphrase() throws StoreException {
		if (passphraseFile != null) {
			return readPassphrase(passphraseFile);
		}
		String variable = environment(PASSPHRASE_VARIABLE);
		return variable == null || variable.isEmpty() ? null : variable.toCharArray();
	}

	/** The first line of {@code file}, as characters the caller wipes after use. */
	static char[] readPassphrase(Path file) throws StoreException {
		{
			byte[] bytes;
			try {
				bytes = Files.readAllBytes(file);
			} catch (IOException e) {
				throw new StoreException("cannot read the passphrase file " + file + "; nothing was opened.", e);
			}
			try {
				CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
				int end = chars.limit();
				while (end > 0 && (chars.get(end - 1) == '\n' || chars.get(end - 1) == '\r')) {
					end--;
				}
				char[] passphrase = new char[end];
				chars.get(passphrase);
				Arrays.fill(chars.array(), '\0');
				return passphrase;
			} finally {
				Arrays.fill(bytes, (byte) 0);
			}
		}
	}
}
