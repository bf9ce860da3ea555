/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.casenotes.core.PracticeStore;
import org.casenotes.core.StoreException;
import org.casenotes.core.internal.crypto.SealedFileException;
import org.casenotes.core.internal.crypto.WorkspaceCrypto;
import org.casenotes.core.internal.demo.DemoPractice;
import org.casenotes.model.CasenotesFactory;
import org.casenotes.model.Practice;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The practice as one XMI file, {@value #FILE_NAME}, in the workspace folder (the OSGi instance area). */
@Component(service = PracticeStore.class)
public class XmiPracticeStore implements PracticeStore {

	public static final String FILE_NAME = "practice.casenotes";

	private final Path location;
	private final WorkspaceCrypto crypto;
	private final ResourceSet resourceSet = CasenotesXmi.newResourceSet();
	private Practice practice;
	private StoreException unreadable;

	/** The store of the workspace the application was started on (-data, or the product's default). */
	@Activate
	public XmiPracticeStore(@Reference(target = "(type=osgi.instance.area)") Location instanceLocation) throws StoreException {
		this(folderOf(instanceLocation));
	}

	/** A store on a given folder, for tests and tools that run outside OSGi. */
	public XmiPracticeStore(Path location) {
		this.location = location.toAbsolutePath();
		this.crypto = new WorkspaceCrypto(this.location);
	}

	private static Path folderOf(Location instanceLocation) throws StoreException {
		if (instanceLocation == null || !instanceLocation.isSet()) {
			throw new StoreException("No workspace folder is set: start Casenotes with -data FOLDER.");
		}
		try {
			return Path.of(instanceLocation.getURL().toURI());
		} catch (URISyntaxException | IllegalArgumentException e) {
			// Equinox location URLs are not always encoded (a space in the path)
			return Path.of(instanceLocation.getURL().getPath());
		}
	}

	@Override
	public Path location() {
		return location;
	}

	private Path file() {
		return location.resolve(FILE_NAME);
	}

	@Override
	public synchronized Practice practice() throws StoreException {
		if (practice != null) {
			return practice;
		}
		if (unreadable != null) {
			throw unreadable;
		}
		if (crypto.needsPassphrase()) {
			throw new StoreException("This workspace is encrypted: enter its passphrase to open the practice.");
		}
		Path file = file();
		Resource resource = resourceSet.createResource(URI.createFileURI(file.toString()));
		if (Files.exists(file)) {
			try {
				resource.load(new ByteArrayInputStream(crypto.codec().open(FILE_NAME, Files.readAllBytes(file))), null);
				if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Practice)) {
					throw new IOException("it holds no Casenotes practice");
				}
			} catch (SealedFileException e) {
				resourceSet.getResources().remove(resource);
				unreadable = new StoreException(e.getMessage(), e);
				throw unreadable;
			} catch (IOException | RuntimeException e) {
				resourceSet.getResources().remove(resource);
				unreadable = new StoreException("Casenotes could not read the practice file " + file + ": "
						+ StoreMessages.reason(e) + ". The file was left as it is; Casenotes will not write over it.", e);
				throw unreadable;
			}
		} else {
			resource.getContents().add(newPractice());
		}
		practice = (Practice) resource.getContents().get(0);
		return practice;
	}

	private static Practice newPractice() {
		Practice created = CasenotesFactory.eINSTANCE.createPractice();
		created.setName("My practice");
		created.setConsultationLog(CasenotesFactory.eINSTANCE.createConsultationLog());
		return created;
	}

	@Override
	public synchronized void save() throws StoreException {
		Practice current = practice();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
		try {
			current.eResource().save(bytes, CasenotesXmi.saveOptions());
			AtomicFiles.write(file(), crypto.codec().seal(FILE_NAME, bytes.toByteArray()));
		} catch (IOException e) {
			throw new StoreException("Casenotes could not save the practice to " + file() + ": " + StoreMessages.reason(e)
					+ ". The last saved version is intact.", e);
		}
	}

	@Override
	public synchronized void createDemoPractice() throws StoreException {
		Practice current = practice();
		if (!current.getClients().isEmpty()) {
			throw new StoreException("The practice already has clients; the demo is only created in an empty workspace.");
		}
		DemoPractice.populate(current);
		save();
	}

	@Override
	public boolean isEncrypted() throws StoreException {
		return crypto.isEncrypted();
	}

	@Override
	public boolean needsPassphrase() throws StoreException {
		return crypto.needsPassphrase();
	}

	@Override
	public synchronized void unlock(char[] passphrase) throws StoreException {
		crypto.unlock(passphrase);
	}

	@Override
	public synchronized void createPassphrase(char[] passphrase) throws StoreException {
		crypto.encrypt(passphrase);
	}

	@Override
	public synchronized void changePassphrase(char[] oldPassphrase, char[] newPassphrase) throws StoreException {
		crypto.changePassphrase(oldPassphrase, newPassphrase);
	}

	/** The workspace's encryption state, for tests that simulate a crash during re-encryption. */
	public WorkspaceCrypto crypto() {
		return crypto;
	}
}
