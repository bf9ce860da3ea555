/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

import org.casenotes.core.internal.AtomicFiles;
import org.casenotes.core.internal.CasenotesXmi;
import org.casenotes.core.internal.crypto.WorkspaceCrypto;
import org.casenotes.model.Note;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Copies of unsaved drafts, written every few seconds while a note is being written, so a crash or a power cut
 * loses at most those seconds. One file per note in the workspace's {@code .recovery} folder, replaced
 * atomically; deleted when the note is saved or its changes are discarded.
 */
public final class RecoveryCopies {

	/** The copy of a draft found on disk, and when it was written. */
	public record Recovered(Note note, Instant writtenAt) {
	}

	private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_\\-]+");

	private final Path folder;
	private final Path workspace;

	public RecoveryCopies(Path workspace) {
		this.workspace = workspace;
		this.folder = workspace.resolve(WorkspaceCrypto.RECOVERY);
	}

	/** Writes (or replaces) the copy of a draft. */
	public void write(String noteId, Note draft) throws StoreException {
		Resource resource = CasenotesXmi.newResourceSet().createResource(URI.createURI("recovery.casenotes"));
		resource.getContents().add(EcoreUtil.copy(draft));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			resource.save(bytes, CasenotesXmi.saveOptions());
			AtomicFiles.write(file(noteId), WorkspaceCrypto.codecFor(workspace).seal(name(noteId), bytes.toByteArray()));
		} catch (IOException e) {
			throw new StoreException("The recovery copy of the note could not be written (" + e.getMessage() + ").", e);
		}
	}

	/** The copy of a draft of this note, if one was left behind; an unreadable copy counts as none. */
	public Optional<Recovered> read(String noteId) {
		Path file = file(noteId);
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			Resource resource = CasenotesXmi.newResourceSet().createResource(URI.createURI("recovery.casenotes"));
			byte[] plain = WorkspaceCrypto.codecFor(workspace).open(name(noteId), Files.readAllBytes(file));
			resource.load(new ByteArrayInputStream(plain), CasenotesXmi.loadOptions());
			if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Note note)) {
				return Optional.empty();
			}
			return Optional.of(new Recovered(note, Files.getLastModifiedTime(file).toInstant()));
		} catch (IOException | RuntimeException e) {
			// a copy torn by the very crash it was meant for: the saved note is all there is
			return Optional.empty();
		}
	}

	public void delete(String noteId) {
		try {
			Files.deleteIfExists(file(noteId));
		} catch (IOException e) {
			// a stale copy is offered again next time, which the user can decline: not worth an error
		}
	}

	/** The copy's name inside the workspace, which its encryption is bound to. */
	private static String name(String noteId) {
		return WorkspaceCrypto.RECOVERY + "/" + noteId + ".xmi";
	}

	private Path file(String noteId) {
		if (!SAFE_ID.matcher(noteId).matches()) {
			throw new IllegalArgumentException("not a note id: " + noteId);
		}
		return folder.resolve(noteId + ".xmi");
	}
}
