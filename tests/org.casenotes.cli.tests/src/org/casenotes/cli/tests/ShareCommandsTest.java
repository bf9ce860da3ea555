/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.casenotes.cli.internal.Command;
import org.casenotes.cli.internal.Commands;
import org.casenotes.cli.internal.Console;
import org.casenotes.cli.internal.OsgiServices;
import org.casenotes.core.AuditTrail;
import org.casenotes.core.FindingDecisions;
import org.casenotes.core.PracticeStore;
import org.casenotes.core.internal.XmiPracticeStore;
import org.casenotes.core.share.SharePreview;
import org.casenotes.model.Note;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShareCommandsTest {

	@TempDir
	Path therapist;
	@TempDir
	Path supervisor;
	@TempDir
	Path files;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private XmiPracticeStore store;

	private int run(Path workspace, String... args) {
		out.reset();
		err.reset();
		OsgiServices services = new OsgiServices() {
			@Override
			public <S> Optional<S> get(Class<S> type) {
				if (type != PracticeStore.class) {
					return Optional.empty();
				}
				// each command runs as its own process would: the store before it has let the workspace go
				if (store != null) {
					store.close();
				}
				store = new XmiPracticeStore(workspace);
				return Optional.of(type.cast(store));
			}
		};
		Console console = new Console(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Commands(services).run(List.of(args), console);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void aNoteIsSharedAndImportedByItsReferenceFromList() throws Exception {
		assertEquals(Command.OK, run(therapist, "demo"));
		assertEquals(Command.OK, run(therapist, "list"));
		assertTrue(out().contains("      C-0042/1/1 "), out());
		Path packet = files.resolve("consult.cnshare");

		assertEquals(Command.FAILED, run(therapist, "share", "--note", "C-0042/1/1", "--to", "Dr Supervisor", "--out", packet.toString()));
		assertTrue(err().startsWith("casenotes: The packet was not written"), err());
		assertTrue(err().contains("not reviewed yet") && err().contains("--confirm-all"), err());
		assertFalse(err().contains("\tat "), "no stack trace");
		assertFalse(Files.exists(packet));

		assertEquals(Command.OK, run(therapist, "share", "--note", "C-0042/1/1", "--note", "C-0042/1/2", "--to", "Dr Supervisor", "--kind", "peer-group",
				"--purpose", "boundary question", "--confirm-all", "--out", packet.toString()));
		assertTrue(out().contains("shared 2 notes with Dr Supervisor (Peer consultation group)"), out());
		assertTrue(Files.exists(packet));

		assertEquals(Command.OK, run(supervisor, "import", packet.toString()));
		assertTrue(out().startsWith("imported share packet "), out());
		assertTrue(out().contains(": 2 notes"), out());
		assertEquals(1, XmiPracticeStore.readOnly(supervisor).practice().getReceived().size());
		assertTrue(new AuditTrail(therapist).verify().intact());
	}

	@Test
	void onlyTheSectionsNamedAreShared() throws Exception {
		assertEquals(Command.OK, run(therapist, "demo"));
		Path packet = files.resolve("risk-and-plan.cnshare");
		// the intake's sections: Presenting concern, History, Risk, Plan; titles in any case, spaces ignored
		assertEquals(Command.OK, run(therapist, "share", "--note", "C-0042/1/1", "--sections", "risk, PLAN", "--to", "Dr Supervisor", "--confirm-all",
				"--out", packet.toString()), err());
		assertTrue(out().contains("shared 1 note (2 of 4 sections) with Dr Supervisor (Supervisor)"), out());
		Map<String, String> entries = entries(packet);
		for (String entry : List.of("notes.xmi", "notes.html")) {
			String text = entries.get(entry);
			assertTrue(text.contains("Denies suicidal ideation") && text.contains("Weekly CBT for 12 sessions"), entry + ": the Risk and the Plan");
			for (String absent : List.of("Presenting concern", "History", "dispatcher", "sertraline", "Mara", "Ingrid")) {
				assertFalse(text.contains(absent), entry + " holds " + absent);
			}
		}
		XmiPracticeStore record = XmiPracticeStore.readOnly(therapist);
		assertEquals(List.of(2, 3), List.copyOf(record.practice().getShares().get(0).getNotes().get(0).getSections()));
		// --confirm-all confirmed what leaves, not the findings of the sections left at home
		Note intake = record.practice().getClients().stream().filter(c -> c.getCode().equals("C-0042")).findFirst().orElseThrow().getCaseFiles()
				.get(0).getNotes().get(0);
		assertTrue(SharePreview.of(List.of(intake)).unreviewed().stream().anyMatch(p -> p.section() == 1 && p.text().equals("Ingrid")),
				"the History's mother is a finding, still to review");
		assertFalse(FindingDecisions.isConfirmed(intake, "Ingrid"));
	}

	@Test
	void anUnknownSectionTitleIsAUsageErrorNamingTheTitlesThatExist() throws Exception {
		assertEquals(Command.OK, run(therapist, "demo"));
		Path packet = files.resolve("p.cnshare");
		assertEquals(Command.USAGE, run(therapist, "share", "--note", "C-0042/1/1", "--sections", "Plan,Assessment", "--to", "S", "--confirm-all",
				"--out", packet.toString()));
		assertEquals("casenotes: share: no section is titled \"Assessment\" in the note; its sections are: Presenting concern, History, Risk, Plan",
				err().strip());
		assertEquals(Command.USAGE, run(therapist, "share", "--note", "C-0042/1/1", "--sections", " , ", "--to", "S", "--out", packet.toString()));
		assertTrue(err().contains("--sections needs at least one section title"), err());
		assertFalse(Files.exists(packet));
		assertTrue(XmiPracticeStore.readOnly(therapist).practice().getShares().isEmpty());
		assertEquals(Command.OK, run(therapist, "share", "--help"));
		assertTrue(out().contains("--sections TITLE,...") && out().contains("case ignored"), out());
	}

	/** The packet's entries as text. */
	private static Map<String, String> entries(Path packet) throws IOException {
		Map<String, String> entries = new HashMap<>();
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(packet))) {
			for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
				entries.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return entries;
	}

	@Test
	void aFileThatIsNoPacketIsOneLineOfError() throws Exception {
		Path text = files.resolve("notes.cnshare");
		Files.writeString(text, "not a packet");
		assertEquals(Command.FAILED, run(supervisor, "import", text.toString()));
		assertEquals(1, err().lines().count(), err());
		assertTrue(err().startsWith("casenotes: notes.cnshare is not a Casenotes packet"), err());
		assertFalse(Files.exists(supervisor.resolve(AuditTrail.FILE_NAME)));
	}

	@Test
	void anUnknownNoteIsNamed() {
		assertEquals(Command.OK, run(therapist, "demo"));
		assertEquals(Command.FAILED, run(therapist, "share", "--note", "C-9999/1/1", "--to", "S", "--out", files.resolve("x").toString()));
		assertTrue(err().contains("no note C-9999/1/1"), err());
	}
}
