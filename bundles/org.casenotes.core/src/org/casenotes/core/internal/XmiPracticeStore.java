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
import java.util.List;

import org.casenotes.core.PracticeStore;
import org.casenotes.core.StoreException;
import org.casenotes.core.internal.crypto.Codec;
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
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The practice as one XMI file, {@value #FILE_NAME}, in the workspace folder (the OSGi instance area), with its
 * last {@value Backups#KEEP} versions in {@value Backups#FOLDER}. The store takes the workspace's
 * {@link WorkspaceLock} when it first reads the practice and keeps it until {@link #close()}, so one process at a
 * time writes (and recovers) the workspace. The layout and rules are in docs/store.md.
 */
@Component(service = PracticeStore.class)
public class XmiPracticeStore implements PracticeStore, AutoCloseable {

	public static final String FILE_NAME = "practice.casenotes";

	private final Path location;
	private final WorkspaceCrypto crypto;
	private final boolean readOnly;
	private final ResourceSet resourceSet = CasenotesXmi.newResourceSet();
	private final WorkspaceLock lock;
	private final Backups backups;
	private Practice practice;
	private StoreException unreadable;
	private List<String> notices = List.of();

	/** The store of the workspace the application was started on (-data, or the product's default). */
	@Activate
	public XmiPracticeStore(@Reference(target = "(type=osgi.instance.area)") Location instanceLocation) throws StoreException {
		this(folderOf(instanceLocation));
	}

	/** A store on a given folder, for tests and tools that run outside OSGi. */
	public XmiPracticeStore(Path location) {
		this(location, false);
	}

	private XmiPracticeStore(Path location, boolean readOnly) {
		this.location = location.toAbsolutePath();
		this.crypto = new WorkspaceCrypto(this.location);
		this.readOnly = readOnly;
		this.lock = new WorkspaceLock(this.location);
		this.backups = new Backups(this.location.resolve(FILE_NAME));
	}

	/**
	 * A store that reads the practice file as it is on disk, without the lock and without recovery, and refuses
	 * to save: for tests and tools that look at a workspace another store has open.
	 */
	public static XmiPracticeStore readOnly(Path location) {
		return new XmiPracticeStore(location, true);
	}

	/** Lets another process open the workspace. A later read or save takes the lock again. */
	@Override
	@Deactivate
	public synchronized void close() {
		lock.release();
	}

	@Override
	public synchronized List<String> notices() {
		return notices;
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
		if (readOnly) {
			practice = readAsItIs();
			return practice;
		}
		lock.acquire();
		try {
			PracticeRecovery.Opened opened = new PracticeRecovery(file(), backups, this::parse).open();
			practice = opened.practice() != null ? opened.practice() : newPracticeResource();
			notices = opened.notices();
		} catch (StoreException e) {
			unreadable = e;
			throw e;
		}
		return practice;
	}

	private Practice readAsItIs() throws StoreException {
		if (crypto.needsPassphrase()) {
			throw new StoreException("This workspace is encrypted: enter its passphrase to open the practice.");
		}
		if (!Files.exists(file())) {
			return newPracticeResource();
		}
		try {
			return parse(Files.readAllBytes(file()));
		} catch (IOException e) {
			throw new StoreException("Casenotes could not read the practice file " + file() + ": " + StoreMessages.reason(e) + ".", e);
		}
	}

	/** The practice from the bytes of a saved file: the one place where saved bytes are read. */
	private Practice parse(byte[] bytes) throws IOException {
		Codec codec;
		try {
			codec = crypto.codec();
		} catch (StoreException e) {
			// callers check the passphrase first; a locked workspace must never look like a damaged file to recovery
			throw new IllegalStateException(e.getMessage(), e);
		}
		Resource resource = resourceSet.createResource(URI.createFileURI(file().toString()));
		try {
			resource.load(new ByteArrayInputStream(codec.open(FILE_NAME, bytes)), CasenotesXmi.loadOptions());
			if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Practice)) {
				throw new IOException("it holds no Casenotes practice");
			}
			return (Practice) resource.getContents().get(0);
		} catch (IOException | RuntimeException e) {
			resourceSet.getResources().remove(resource);
			throw e instanceof IOException io ? io : new IOException(StoreMessages.reason(e), e);
		}
	}

	private Practice newPracticeResource() {
		Resource resource = resourceSet.createResource(URI.createFileURI(file().toString()));
		resource.getContents().add(newPractice());
		return (Practice) resource.getContents().get(0);
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
		refuseIfReadOnly();
		lock.acquire(); // a write is always under the lock, also after close()
		try {
			byte[] bytes = crypto.codec().seal(FILE_NAME, serialise(current));
			backups.keepCurrent();
			AtomicFiles.write(file(), bytes);
		} catch (IOException e) {
			throw new StoreException("Casenotes could not save the practice to " + file() + ": " + StoreMessages.reason(e)
					+ ". The last saved version is intact.", e);
		}
	}

	/** The practice as the bytes of the file: the one place where bytes to save are made. */
	private static byte[] serialise(Practice current) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
		current.eResource().save(bytes, CasenotesXmi.saveOptions());
		return bytes.toByteArray();
	}

	private void refuseIfReadOnly() throws StoreException {
		if (readOnly) {
			throw new StoreException("This view of the practice in " + location + " is read-only; nothing was saved.");
		}
	}

	@Override
	public synchronized void createDemoPractice() throws StoreException {
		Practice current = practice();
		refuseIfReadOnly();
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
