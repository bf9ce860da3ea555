/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;

import org.casenotes.core.AuditTrail;
import org.casenotes.core.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditTrailTest {

	@TempDir
	Path workspace;

	private AuditTrail trailOfThree() throws StoreException {
		AuditTrail trail = new AuditTrail(workspace);
		trail.append("dr-k", "sign", "note C-0042/1/2", "");
		trail.append("dr-k", "share", "packet 7f3a", "to \"Supervisor\" \\ weekly");
		trail.append("dr-k", "import", "feedback 7f3a", "line\nbreak");
		return trail;
	}

	@Test
	void entriesAreChainedAndReadBack() throws Exception {
		AuditTrail trail = trailOfThree();
		List<AuditTrail.Entry> entries = trail.read();
		assertEquals(3, entries.size());
		assertEquals(AuditTrail.GENESIS, entries.get(0).prev());
		assertEquals(entries.get(0).hash(), entries.get(1).prev(), "each entry holds the hash of the one before");
		assertEquals("to \"Supervisor\" \\ weekly", entries.get(1).detail(), "quotes and backslashes survive");
		assertEquals("line break", entries.get(2).detail(), "an entry is one line");
		assertTrue(trail.verify().intact());
		assertEquals(4, new AuditTrail(workspace).append("dr-k", "export", "feedback 7f3a", "").seq(), "a new instance continues the chain");
	}

	@Test
	void aChangedRemovedOrTornEntryIsFoundAndNothingIsAppendedAfterIt() throws Exception {
		AuditTrail trail = trailOfThree();
		Path file = trail.file();
		List<String> lines = new ArrayList<>(Files.readAllLines(file));

		Files.write(file, List.of(lines.get(0), lines.get(1).replace("share", "shore"), lines.get(2)));
		AuditTrail.Report changed = trail.verify();
		assertFalse(changed.intact());
		assertTrue(changed.problems().get(0).startsWith("line 2: the entry was changed"), changed.problems().toString());
		AuditTrail.Snapshot shown = trail.snapshot();
		assertEquals(3, shown.entries().size(), "a damaged trail can still be shown");
		assertEquals("shore", shown.entries().get(1).action());
		assertEquals(changed.problems(), shown.problems());
		assertThrows(StoreException.class, () -> trail.append("dr-k", "sign", "note", ""), "no entry is chained to a broken trail");

		Files.write(file, List.of(lines.get(0), lines.get(2)));
		assertTrue(trail.verify().problems().stream().anyMatch(p -> p.startsWith("line 2: the entry before it was changed, removed or moved")));

		Files.writeString(file, lines.get(0) + "\n" + lines.get(1).substring(0, 40), StandardCharsets.UTF_8);
		assertTrue(trail.verify().problems().contains("the last entry is incomplete (a write was interrupted)"));
	}

	/**
	 * Appends do not read the whole trail again while the file is as this process left it: a file put in its
	 * place, even with the same size and time, is verified again before anything is chained to it.
	 */
	@Test
	void aTrailReplacedWithTheSameSizeAndTimeIsVerifiedBeforeTheNextAppend() throws Exception {
		AuditTrail trail = trailOfThree();
		trail.checkIntact();
		Path file = trail.file();
		List<String> lines = new ArrayList<>(Files.readAllLines(file));
		long size = Files.size(file);
		FileTime time = Files.getLastModifiedTime(file);
		Path replacement = file.resolveSibling("audit.replacement");
		Files.write(replacement, List.of(lines.get(0), lines.get(1).replace("share", "shore"), lines.get(2)));
		Files.setLastModifiedTime(replacement, time);
		Files.move(replacement, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		assertEquals(size, Files.size(file));
		assertEquals(time, Files.getLastModifiedTime(file));

		assertThrows(StoreException.class, trail::checkIntact);
		assertThrows(StoreException.class, () -> new AuditTrail(workspace).append("dr-k", "sign", "note", ""));
		assertEquals(3, trail.snapshot().entries().size(), "nothing was appended");
	}

	@Test
	void aLineThatOnlyLooksLikeAnEntryIsReportedNotThrown() throws Exception {
		AuditTrail trail = new AuditTrail(workspace);
		Files.writeString(trail.file(), "{\"seq\":\"one\",\"at\":\"x\",\"action\":\"sign\",\"prev\":\"0\",\"hash\":\"0\"}\n"
				+ "{\"seq\":99999999999999999999,\"at\":\"x\",\"action\":\"sign\",\"prev\":\"0\",\"hash\":\"0\"}\n", StandardCharsets.UTF_8);
		AuditTrail.Report report = trail.verify();
		assertEquals(List.of("line 1: not an audit entry", "line 2: not an audit entry"), report.problems());
	}
}
