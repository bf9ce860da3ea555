/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.casenotes.core.PracticeStore;
import org.casenotes.core.StoreException;
import org.casenotes.core.internal.crypto.Codec;
import org.casenotes.core.internal.crypto.WorkspaceCrypto;
import org.casenotes.core.internal.demo.DemoPractice;
import org.casenotes.model.CaseFile;
import org.casenotes.model.CasenotesFactory;
import org.casenotes.model.CasenotesPackage;
import org.casenotes.model.Client;
import org.casenotes.model.Practice;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.XMLResource;

/**
 * The practice in the workspace folder (the OSGi instance area) as EMF resources, one file each: the practice
 * index {@value #FILE_NAME} (clients, shares, received packets), every case file and identity sheet, and the
 * consultation log (see {@link StoreLayout}). Case files and identity sheets are read when first used, through
 * EMF's containment proxies; a save writes only the files that changed, all of them or none
 * ({@link SaveJournal}), keeping the last {@value Backups#KEEP} versions of each in {@value Backups#FOLDER}. A file
 * that cannot be read (and has no intact backup) is refused on its own, with a notice, while everything else
 * opens, and is never written over. The store takes the workspace's {@link WorkspaceLock} when it first reads the
 * practice and keeps it until {@link #close()}, so one process at a time writes (and recovers) the workspace. The
 * layout and rules are in docs/store.md. The application's store is {@link InstanceAreaPracticeStore}.
 */
public class XmiPracticeStore implements PracticeStore, AutoCloseable {

	public static final String FILE_NAME = StoreLayout.PRACTICE;

	private final Path location;
	private final WorkspaceCrypto crypto;
	private final boolean readOnly;
	private final ResourceSet resourceSet = CasenotesXmi.newResourceSet();
	private final WorkspaceLock lock;
	private final SaveJournal journal;
	/** Resources made in memory that have no file yet: saved even when EMF saw no change in them. */
	private final Set<Resource> unsaved = new HashSet<>();
	/** Files that could not be read, by name, with what the user was told: never written over. */
	private final Map<String, String> refused = new LinkedHashMap<>();
	private final Set<String> notices = new LinkedHashSet<>();
	private Practice practice;
	private StoreException unreadable;

	/** A store on a given folder, for tests and tools that run outside OSGi. */
	public XmiPracticeStore(Path location) {
		this(location, false);
	}

	private XmiPracticeStore(Path location, boolean readOnly) {
		this.location = location.toAbsolutePath().normalize();
		this.crypto = new WorkspaceCrypto(this.location);
		this.readOnly = readOnly;
		this.lock = new WorkspaceLock(this.location);
		this.journal = new SaveJournal(this.location);
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
				(Resource.Factory) uri -> new StoreResource(uri, this::load));
	}

	/**
	 * A store that reads the files as they are on disk, without the lock and without recovery, and refuses to
	 * save: for tests and tools that look at a workspace another store has open.
	 */
	public static XmiPracticeStore readOnly(Path location) {
		return new XmiPracticeStore(location, true);
	}

	/** Lets another process open the workspace. A later read or save takes the lock again. */
	@Override
	public synchronized void close() {
		lock.release();
	}

	@Override
	public synchronized List<String> notices() {
		return List.copyOf(notices);
	}

	@Override
	public Path location() {
		return location;
	}

	private Path file(String name) {
		return location.resolve(name);
	}

	private URI uri(String name) {
		return URI.createFileURI(file(name).toString());
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
			return practice = readAsItIs();
		}
		lock.acquire(); // refused while another process holds it: tried again on the next call, nothing is cached
		StoreResource index = (StoreResource) resourceSet.createResource(uri(FILE_NAME));
		try {
			String interrupted = journal.recover();
			if (interrupted != null) {
				notices.add(interrupted);
			}
			FileRecovery.Opened<EObject> opened = new FileRecovery<EObject>(file(FILE_NAME), StoreLayout.describe(FILE_NAME),
					Backups.of(location, FILE_NAME), bytes -> parse(index, FILE_NAME, bytes)).open();
			notices.addAll(opened.notices());
			practice = opened.value() != null ? (Practice) opened.value() : newPractice(index);
			return practice;
		} catch (IOException e) {
			resourceSet.getResources().remove(index);
			unreadable = new StoreException("Casenotes could not open the workspace " + location + ": " + StoreMessages.reason(e)
					+ ". Nothing was changed.", e);
			throw unreadable;
		} catch (StoreException e) {
			resourceSet.getResources().remove(index);
			unreadable = e;
			throw e;
		}
	}

	private Practice readAsItIs() throws StoreException {
		Resource index = resourceSet.createResource(uri(FILE_NAME));
		if (!Files.exists(file(FILE_NAME))) {
			return newPractice(index);
		}
		try {
			return (Practice) parse(index, FILE_NAME, Files.readAllBytes(file(FILE_NAME)));
		} catch (IOException e) {
			resourceSet.getResources().remove(index);
			throw new StoreException("Casenotes could not read the practice file " + file(FILE_NAME) + ": " + StoreMessages.reason(e) + ".", e);
		}
	}

	private Practice newPractice(Resource index) {
		Practice created = CasenotesFactory.eINSTANCE.createPractice();
		created.setName("My practice");
		created.setConsultationLog(CasenotesFactory.eINSTANCE.createConsultationLog());
		index.getContents().add(created);
		unsaved.add(index);
		return created;
	}

	/**
	 * Reads a case file, identity sheet or the log when EMF first follows a proxy to it. A file that cannot be
	 * read (nor recovered from a backup) is refused: the proxy stays unresolved, the user is told once, and the
	 * file is never written over.
	 */
	private synchronized void load(StoreResource resource) throws IOException {
		String name = StoreLayout.nameOf(location, resource.getURI());
		if (name == null || name.equals(FILE_NAME)) {
			throw new IOException("The practice refers to " + resource.getURI().lastSegment() + ", which is not a file of this workspace");
		}
		if (refused.containsKey(name)) {
			throw new IOException(refused.get(name));
		}
		try {
			if (readOnly) {
				parse(resource, name, Files.readAllBytes(file(name)));
				return;
			}
			lock.acquire();
			FileRecovery.Opened<EObject> opened = new FileRecovery<EObject>(file(name), StoreLayout.describe(name), Backups.of(location, name),
					bytes -> parse(resource, name, bytes)).open();
			if (opened.value() == null) {
				throw new StoreException(capitalised(StoreLayout.describe(name)) + " is missing and has no backup; it was not opened.");
			}
			notices.addAll(opened.notices());
		} catch (StoreException | IOException e) {
			String message = e instanceof StoreException ? e.getMessage()
					: "Casenotes could not read " + StoreLayout.describe(name) + ": " + StoreMessages.reason(e) + ".";
			refused.put(name, message);
			notices.add(message);
			throw new IOException(message, e);
		}
	}

	/** The root object of a resource from the bytes of its saved file: the one place where saved bytes are read. */
	private EObject parse(Resource resource, String name, byte[] bytes) throws IOException {
		Codec codec;
		try {
			codec = crypto.codec();
		} catch (StoreException e) {
			// callers check the passphrase first; a locked workspace must never look like a damaged file to recovery
			throw new IllegalStateException(e.getMessage(), e);
		}
		if (resource.isLoaded()) {
			resource.unload(); // an earlier candidate (the damaged file, an older backup) that did not parse
		}
		try {
			((StoreResource) resource).parse(codec.open(name, bytes));
			Class<? extends EObject> root = StoreLayout.rootOf(name);
			if (resource.getContents().size() != 1 || !root.isInstance(resource.getContents().get(0))) {
				throw new IOException("it holds no Casenotes " + root.getSimpleName().replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(java.util.Locale.ROOT));
			}
			return resource.getContents().get(0);
		} catch (IOException | RuntimeException e) {
			resource.unload();
			throw e instanceof IOException io ? io : new IOException(StoreMessages.reason(e), e);
		}
	}

	@Override
	public synchronized void save() throws StoreException {
		Practice current = practice();
		refuseIfReadOnly();
		lock.acquire(); // a write is always under the lock, also after close()
		try {
			Codec codec = crypto.codec();
			placeInOwnResources(current);
			List<SaveJournal.Change> changes = new ArrayList<>();
			List<Resource> written = new ArrayList<>();
			List<Resource> removed = new ArrayList<>();
			for (Resource resource : List.copyOf(resourceSet.getResources())) {
				String name = StoreLayout.nameOf(location, resource.getURI());
				if (name == null || name.equals(FILE_NAME) || refused.containsKey(name) || !resource.isLoaded()) {
					continue;
				}
				if (isOrphan(resource)) {
					// its case file or identity sheet was taken out of the practice: the file goes too (after a backup)
					if (Files.exists(file(name))) {
						changes.add(new SaveJournal.Change(name, null));
					}
					removed.add(resource);
				} else if (resource.isModified() || unsaved.contains(resource)) {
					changes.add(new SaveJournal.Change(name, codec.seal(name, serialise(resource))));
					written.add(resource);
				}
			}
			Resource index = current.eResource();
			if (index.isModified() || unsaved.contains(index)) {
				// last, so that on the rare save without a journal nothing ever lists a file not yet written
				changes.add(new SaveJournal.Change(FILE_NAME, codec.seal(FILE_NAME, serialise(index))));
				written.add(index);
			}
			journal.commit(changes);
			for (Resource resource : written) {
				resource.setModified(false);
				unsaved.remove(resource);
			}
			// an undo may put a removed case file back: it is then written again as new
			unsaved.addAll(removed);
		} catch (IOException e) {
			throw new StoreException("Casenotes could not save the practice to " + location + ": " + StoreMessages.reason(e)
					+ ". The last saved version is intact.", e);
		}
	}

	/**
	 * Gives every case file, identity sheet and the log that is still inside the practice index (new, or from a
	 * workspace saved before the store had one file per case) a resource of its own, named by its UUID.
	 */
	private void placeInOwnResources(Practice current) {
		boolean moved = own((EObject) current.eGet(CasenotesPackage.Literals.PRACTICE__CONSULTATION_LOG, false), id -> StoreLayout.LOG);
		for (Client client : current.getClients()) {
			moved |= own((EObject) client.eGet(CasenotesPackage.Literals.CLIENT__IDENTITY_SHEET, false), StoreLayout::identitySheet);
			for (CaseFile caseFile : ((InternalEList<CaseFile>) client.getCaseFiles()).basicList()) {
				moved |= own(caseFile, StoreLayout::caseFile);
			}
		}
		if (moved) {
			current.eResource().setModified(true); // the index now refers to the file instead of holding the object
		}
	}

	private boolean own(EObject object, java.util.function.UnaryOperator<String> nameForId) {
		if (object == null || object.eIsProxy() || ((InternalEObject) object).eDirectResource() != null) {
			return false;
		}
		String id = ((XMLResource) object.eResource()).getID(object);
		URI uri = uri(nameForId.apply(id));
		Resource resource = resourceSet.getResource(uri, false);
		if (resource == null) {
			resource = resourceSet.createResource(uri);
		}
		resource.getContents().clear();
		resource.getContents().add(object);
		unsaved.add(resource);
		return true;
	}

	private static boolean isOrphan(Resource resource) {
		return resource.getContents().isEmpty() || resource.getContents().get(0).eContainer() == null;
	}

	/** A resource as the bytes of its file: the one place where bytes to save are made. */
	private static byte[] serialise(Resource resource) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
		resource.save(bytes, CasenotesXmi.saveOptions());
		return bytes.toByteArray();
	}

	/**
	 * Reads every file of the practice (each case file, identity sheet and the log) and returns how many were
	 * read; those that could not be are in {@link #refusedFiles()}. For {@code casenotes verify}, which must see
	 * the whole workspace; the application reads a case only when it is opened.
	 */
	public synchronized int readAll() throws StoreException {
		Practice current = practice();
		int files = 1;
		files += count(current.getConsultationLog());
		for (Client client : current.getClients()) {
			files += count(client.getIdentitySheet());
			for (CaseFile caseFile : client.getCaseFiles()) {
				files += count(caseFile);
			}
		}
		return files;
	}

	private static int count(EObject resolved) {
		return resolved != null && !resolved.eIsProxy() && ((InternalEObject) resolved).eDirectResource() != null ? 1 : 0;
	}

	/** The files that could not be read, each with what the user was told. */
	public synchronized List<String> refusedFiles() {
		return List.copyOf(refused.values());
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
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
