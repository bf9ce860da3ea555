/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.tests.share;

import static org.casenotes.core.tests.share.SharePractices.client;
import static org.casenotes.core.tests.share.SharePractices.confirmAll;
import static org.casenotes.core.tests.share.SharePractices.entries;
import static org.casenotes.core.tests.share.SharePractices.note;
import static org.casenotes.core.tests.share.SharePractices.person;
import static org.casenotes.core.tests.share.SharePractices.resign;
import static org.casenotes.core.tests.share.SharePractices.zip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.casenotes.core.AuditTrail;
import org.casenotes.core.internal.XmiPracticeStore;
import org.casenotes.core.share.LeakGate;
import org.casenotes.core.share.PacketException;
import org.casenotes.core.share.ShareBlockedException;
import org.casenotes.core.share.SharePreview;
import org.casenotes.core.share.ShareService;
import org.casenotes.deid.Redaction;
import org.casenotes.model.Assessment;
import org.casenotes.model.CasenotesFactory;
import org.casenotes.model.Client;
import org.casenotes.model.Feedback;
import org.casenotes.model.Note;
import org.casenotes.model.ReceivedPacket;
import org.casenotes.model.RecipientKind;
import org.casenotes.model.ReviewComment;
import org.casenotes.model.Section;
import org.casenotes.model.ShareRecord;
import org.casenotes.model.SharedNote;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShareServiceTest {

	@TempDir
	Path therapistDir;
	@TempDir
	Path supervisorDir;
	@TempDir
	Path files;

	private XmiPracticeStore therapist;
	private XmiPracticeStore supervisor;
	private Client dana;
	private Note intake;
	private Note followUp;

	@BeforeEach
	void practice() throws Exception {
		therapist = new XmiPracticeStore(therapistDir);
		therapist.practice().setPractitionerId("T-1");
		dana = client(therapist.practice(), "C-0042", "Dana Whitcombe");
		person(dana, "Anna Berg", "sister");
		intake = note(dana, "Intake", LocalDate.of(2025, 3, 14), "Presenting concern",
				"Dana Whitcombe reports low mood since her sister Anna Berg moved away. Dana called Anna twice this week.", "Plan",
				"Weekly sessions; review sleep diary.");
		followUp = note(dana, "Follow-up", LocalDate.of(2025, 3, 21), "Session",
				"Talked about Anna Berg again. Anna Berg will visit in spring.");
		therapist.save();
		supervisor = new XmiPracticeStore(supervisorDir);
		supervisor.practice().setPractitionerId("S-9");
		supervisor.save();
	}

	private ShareRecord share(Path out, Note... notes) throws Exception {
		SharePreview preview = SharePreview.of(List.of(notes));
		confirmAll(therapist, preview);
		return new ShareService(therapist).export(preview, "Dr Supervisor", RecipientKind.SUPERVISOR, "boundary question", out);
	}

	@Test
	void pseudonymsAreTheSameInEveryNoteOfAPacket() throws Exception {
		Client other = client(therapist.practice(), "C-0057", "Kofi Mensah");
		Note otherNote = note(other, "Intake", LocalDate.of(2025, 4, 1), "Notes", "Kofi Mensah arrived late.");
		SharePreview preview = SharePreview.of(List.of(intake, followUp, otherNote));
		String first = replacementOf(preview.notes().get(0).sections().get(0), "Anna Berg");
		String second = replacementOf(preview.notes().get(1).sections().get(0), "Anna Berg");
		assertEquals(first, second, "the sister is one placeholder in the whole packet");
		assertTrue(first.startsWith("[") && !first.contains("Anna"), first);
		assertEquals("Client A", preview.notes().get(0).clientLabel());
		assertEquals("Client A", preview.notes().get(1).clientLabel());
		assertEquals("Client B", preview.notes().get(2).clientLabel());
		int shift = preview.pseudonyms().dateShiftDays();
		assertEquals(LocalDate.of(2025, 3, 14).plusDays(shift).toString(), preview.notes().get(0).sharedSessionDate());
		assertEquals(LocalDate.of(2025, 3, 21).plusDays(shift).toString(), preview.notes().get(1).sharedSessionDate(), "one shift for the packet");
	}

	/** The replacement of the first finding whose text is {@code name}. */
	private static String replacementOf(SharePreview.SectionPreview section, String name) {
		for (int k = 0; k < section.findings().size(); k++) {
			if (section.findings().get(k).text(section.original()).equals(name)) {
				Redaction.Replacement r = section.shared().replacements().get(k);
				return section.shared().text().substring(r.start(), r.end());
			}
		}
		throw new AssertionError("no finding " + name);
	}

	@Test
	void unreviewedFindingsBlockTheExportAndNothingIsWritten() throws Exception {
		SharePreview preview = SharePreview.of(List.of(intake));
		assertFalse(preview.unreviewed().isEmpty());
		Path out = files.resolve("p.cnshare");
		ShareBlockedException e = assertThrows(ShareBlockedException.class,
				() -> new ShareService(therapist).export(preview, "Dr S", RecipientKind.SUPERVISOR, "", out));
		assertTrue(e.reasons().get(0).contains(preview.unreviewed().size() + " findings are not reviewed"), e.reasons().get(0));
		assertTrue(e.reasons().stream().anyMatch(r -> r.startsWith("C-0042 › Intake › Presenting concern: \"")), e.reasons().toString());
		assertFalse(e.getMessage().contains("Dana"), "the message is safe to log");
		assertFalse(Files.exists(out));
		assertTrue(therapist.practice().getShares().isEmpty());
		assertFalse(Files.exists(therapistDir.resolve(AuditTrail.FILE_NAME)));
		// confirming them is the therapist's explicit act; then the same preview may go
		confirmAll(therapist, preview);
		assertTrue(preview.unreviewed().isEmpty());
		assertNotNull(new ShareService(therapist).export(preview, "Dr S", RecipientKind.SUPERVISOR, "", out));
	}

	@Test
	void theLeakGateBlocksAKnownIdentifierLeftInTheSharedText() {
		SharePreview preview = SharePreview.of(List.of(intake));
		SharePreview.NotePreview note = preview.notes().get(0);
		assertEquals(List.of(), LeakGate.check(note), "a proper redaction passes");
		// a redaction made without the identity sheet's knowledge: the client's first name stayed
		SharePreview.SectionPreview section = note.sections().get(0);
		SharePreview.SectionPreview leaky = new SharePreview.SectionPreview(0, section.title(), section.original(), List.of(),
				new Redaction("[Client] said that dana would come back.", List.of()));
		SharePreview.NotePreview bad = new SharePreview.NotePreview(intake, "Client A", "Intake", "2025-01-01", 2, List.of(leaky));
		List<String> reasons = LeakGate.check(bad);
		assertEquals(1, reasons.size(), reasons.toString());
		assertEquals("C-0042 › Intake › Presenting concern: a known identifier of the client (name) is still in the shared text: \"dana\"",
				reasons.get(0));
		// and a phone number the engine is sure of, though nobody recorded it
		SharePreview.NotePreview phone = new SharePreview.NotePreview(intake, "Client A", null, null, 2, List.of(new SharePreview.SectionPreview(
				1, "Plan", "", List.of(), new Redaction("Call her back on 555-201-7788 after the session.", List.of()))));
		assertEquals(1, LeakGate.check(phone).size(), LeakGate.check(phone).toString());
		assertTrue(LeakGate.check(phone).get(0).contains("a likely identifier (contact"), LeakGate.check(phone).toString());
	}

	@Test
	void aPacketHoldsOnlyTheDeidentifiedText() throws Exception {
		Path out = files.resolve("p.cnshare");
		ShareRecord record = share(out, intake, followUp);
		Map<String, byte[]> entries = entries(out);
		assertEquals(List.of("manifest.json", "notes.xmi", "notes.html"), List.copyOf(entries.keySet()));
		for (Map.Entry<String, byte[]> e : entries.entrySet()) {
			String text = new String(e.getValue(), StandardCharsets.UTF_8);
			for (String secret : List.of("Dana", "Whitcombe", "Anna", "Berg", "C-0042", "2025-03-14", "dateShiftDays")) {
				assertFalse(text.contains(secret), e.getKey() + " holds " + secret);
			}
		}
		String html = new String(entries.get("notes.html"), StandardCharsets.UTF_8);
		assertTrue(html.contains("De-identified"), html);
		assertEquals(2, record.getNotes().size());
		assertEquals(2, record.getNotes().get(0).getAlignments().size());
		assertEquals(List.of(0, 1), List.copyOf(record.getNotes().get(0).getSections()), "every section, by its index in the note");
		assertTrue(record.getPseudonyms().toLowerCase(java.util.Locale.ROOT).contains("berg"), "the key stays in the local record");
		assertEquals(ShareService.PacketKind.SHARE, ShareService.kindOf(out));
		// recorded on disk
		assertEquals(1, XmiPracticeStore.readOnly(therapistDir).practice().getShares().size());
	}

	@Test
	void aFeedbackCommentLandsOnTheOriginalPassage() throws Exception {
		Path packet = files.resolve("p.cnshare");
		ShareRecord record = share(packet, intake, followUp);
		ShareService supervising = new ShareService(supervisor);
		assertEquals(ShareService.PacketKind.SHARE, ShareService.kindOf(packet));
		ReceivedPacket received = supervising.importPacket(packet);
		assertEquals("S-9", received.getFeedback().getReviewer());
		assertEquals(Assessment.REVIEWED, received.getFeedback().getAssessment());
		SharedNote shared = received.getPacket().getNotes().get(0);
		String text = shared.getSections().get(0).getText();
		// a passage that holds a replaced name: from the sister's placeholder to "moved away"
		int start = text.indexOf("her sister ") + "her sister ".length();
		int end = text.indexOf("moved away") + "moved away".length();
		assertTrue(text.charAt(start) == '[', text);
		Feedback feedback = received.getFeedback();
		feedback.setAssessment(Assessment.CHANGES_REQUESTED);
		feedback.setSummary("Consider the boundary question again.");
		feedback.getComments().add(comment(shared.getSharedId(), 0, start, end, text, "Is the contact with her sister new?"));
		// and one on plain text in the second note
		SharedNote second = received.getPacket().getNotes().get(1);
		String secondText = second.getSections().get(0).getText();
		int talked = secondText.indexOf("Talked about");
		feedback.getComments().add(comment(second.getSharedId(), 0, talked, talked + "Talked about".length(), secondText, "Good."));
		supervisor.save();
		Path back = files.resolve("f.cnfeedback");
		supervising.exportFeedback(received, back);
		assertNotNull(received.getExportedAt());
		assertEquals(ShareService.PacketKind.FEEDBACK, ShareService.kindOf(back));
		for (byte[] entry : entries(back).values()) {
			assertFalse(new String(entry, StandardCharsets.UTF_8).contains("Anna"));
		}

		ShareService.FeedbackImport imported = new ShareService(therapist).importFeedback(back);
		assertEquals(2, imported.comments());
		assertEquals(List.of(intake, followUp), imported.notes());
		Feedback onIntake = intake.getFeedback().get(0);
		assertEquals(record.getPacketId(), onIntake.getPacketId());
		assertEquals(Assessment.CHANGES_REQUESTED, onIntake.getAssessment());
		ReviewComment mapped = onIntake.getComments().get(0);
		String original = intake.getSections().get(0).getText();
		assertEquals("Anna Berg moved away", mapped.getQuote());
		assertEquals("Anna Berg moved away", original.substring(mapped.getStart(), mapped.getEnd()));
		ReviewComment plain = followUp.getFeedback().get(0).getComments().get(0);
		assertEquals("Talked about", plain.getQuote());
		assertEquals(0, plain.getStart());
		// on disk, and the three audit trails read well
		assertEquals(1, XmiPracticeStore.readOnly(therapistDir).practice().getClients().get(0).getCaseFiles().get(0).getNotes().get(0)
				.getFeedback().size());
		List<String> therapistActions = new AuditTrail(therapistDir).read().stream().map(AuditTrail.Entry::action).toList();
		assertEquals(List.of("share", "import"), therapistActions);
		List<String> supervisorActions = new AuditTrail(supervisorDir).read().stream().map(AuditTrail.Entry::action).toList();
		assertEquals(List.of("import", "export"), supervisorActions);
		assertTrue(new AuditTrail(therapistDir).verify().intact());
		assertTrue(new AuditTrail(supervisorDir).verify().intact());
		for (AuditTrail.Entry entry : new AuditTrail(therapistDir).read()) {
			assertFalse((entry.subject() + entry.detail()).contains("Anna") || (entry.subject() + entry.detail()).contains("Dana"));
		}
		// the same feedback twice is refused
		PacketException twice = assertThrows(PacketException.class, () -> new ShareService(therapist).importFeedback(back));
		assertTrue(twice.getMessage().contains("already imported"), twice.getMessage());
	}

	private static ReviewComment comment(String sharedId, int section, int start, int end, String text, String says) {
		ReviewComment comment = CasenotesFactory.eINSTANCE.createReviewComment();
		comment.setSharedId(sharedId);
		comment.setSection(section);
		comment.setStart(start);
		comment.setEnd(end);
		comment.setQuote(text.substring(start, end));
		comment.setText(says);
		comment.setAuthor("S-9");
		return comment;
	}

	// ---- hostile packets: each refused with a clear sentence, nothing written

	private Path valid() throws Exception {
		Path out = files.resolve("valid.cnshare");
		share(out, intake);
		return out;
	}

	private void refused(Path file, String expected) throws Exception {
		PacketException e = assertThrows(PacketException.class, () -> new ShareService(supervisor).importPacket(file));
		assertTrue(e.getMessage().contains(expected), e.getMessage());
		assertFalse(e.getMessage().contains("\n") || e.getMessage().contains("Exception"), e.getMessage());
		XmiPracticeStore reread = XmiPracticeStore.readOnly(supervisorDir);
		assertTrue(reread.practice().getReceived().isEmpty());
		assertTrue(supervisor.practice().getReceived().isEmpty());
		assertFalse(Files.exists(supervisorDir.resolve(AuditTrail.FILE_NAME)), "no audit entry");
	}

	private Path with(String name, Map<String, byte[]> entries) throws Exception {
		Path file = files.resolve(name);
		zip(file, entries);
		return file;
	}

	@Test
	void aPathTraversalEntryIsRefused() throws Exception {
		Map<String, byte[]> entries = new LinkedHashMap<>(entries(valid()));
		entries.put("../../evil.sh", "echo".getBytes(StandardCharsets.UTF_8));
		refused(with("traversal.cnshare", entries), "holds an entry a Casenotes packet never has (\"../../evil.sh\")");
		Map<String, byte[]> absolute = new LinkedHashMap<>(entries(valid()));
		absolute.put("/tmp/notes.xmi", new byte[1]);
		refused(with("absolute.cnshare", absolute), "never has");
	}

	@Test
	void anExtraEntryIsRefused() throws Exception {
		Map<String, byte[]> entries = new LinkedHashMap<>(entries(valid()));
		entries.put("identity.xmi", "<x/>".getBytes(StandardCharsets.UTF_8));
		refused(with("extra.cnshare", resign(entries)), "never has (\"identity.xmi\")");
	}

	@Test
	void aZipBombIsRefused() throws Exception {
		Map<String, byte[]> entries = new LinkedHashMap<>(entries(valid()));
		entries.put("notes.html", new byte[17 * 1024 * 1024]);
		Path bomb = with("bomb.cnshare", entries);
		assertTrue(Files.size(bomb) < 1024 * 1024, "small on disk");
		refused(bomb, "unpacks to more than an entry may hold");
	}

	@Test
	void aTruncatedFileIsRefused() throws Exception {
		byte[] bytes = Files.readAllBytes(valid());
		Path cut = files.resolve("cut.cnshare");
		Files.write(cut, Arrays.copyOf(bytes, bytes.length - 30));
		refused(cut, "not a complete zip file");
	}

	@Test
	void aFileThatIsNoZipIsRefused() throws Exception {
		Path text = files.resolve("notes.cnshare");
		Files.writeString(text, "Dear supervisor, here are my notes.");
		refused(text, "is not a Casenotes packet");
	}

	@Test
	void aChangedEntryIsRefused() throws Exception {
		Map<String, byte[]> entries = new LinkedHashMap<>(entries(valid()));
		entries.put("notes.html", "<p>changed</p>".getBytes(StandardCharsets.UTF_8));
		refused(with("changed.cnshare", entries), "notes.html does not match its hash");
	}

	@Test
	void anXmiWithADoctypeIsRefusedAndNeverResolved() throws Exception {
		Path secret = files.resolve("secret.txt");
		Files.writeString(secret, "TOP-SECRET");
		Map<String, byte[]> entries = new LinkedHashMap<>(entries(valid()));
		String xmi = new String(entries.get("notes.xmi"), StandardCharsets.UTF_8);
		String hostile = xmi.replaceFirst("\\?>", "?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>").replaceFirst("recipient=\"",
				"recipient=\"&xxe;");
		entries.put("notes.xmi", hostile.getBytes(StandardCharsets.UTF_8));
		refused(with("xxe.cnshare", resign(entries)), "declares a DOCTYPE or entities");
	}

	@Test
	void anXmiOfTheWrongClassIsRefused() throws Exception {
		Map<String, byte[]> entries = new LinkedHashMap<>(entries(valid()));
		String xmi = new String(entries.get("notes.xmi"), StandardCharsets.UTF_8);
		entries.put("notes.xmi", xmi.replaceFirst("casenotes:SharePacket", "casenotes:Feedback").replaceFirst("</casenotes:SharePacket>",
				"</casenotes:Feedback>").getBytes(StandardCharsets.UTF_8));
		PacketException e = assertThrows(PacketException.class, () -> new ShareService(supervisor).importPacket(with("wrong.cnshare", resign(entries))));
		assertTrue(e.getMessage().contains("notes.xmi"), e.getMessage());
		assertTrue(supervisor.practice().getReceived().isEmpty());
	}

	@Test
	void aPacketIsImportedOnce() throws Exception {
		Path packet = valid();
		new ShareService(supervisor).importPacket(packet);
		PacketException e = assertThrows(PacketException.class, () -> new ShareService(supervisor).importPacket(packet));
		assertTrue(e.getMessage().contains("was already imported"), e.getMessage());
		assertEquals(1, supervisor.practice().getReceived().size());
		assertEquals(1, new AuditTrail(supervisorDir).read().size());
	}

	@Test
	void feedbackOnAPacketThisPracticeNeverSentIsRefused() throws Exception {
		ShareService supervising = new ShareService(supervisor);
		ReceivedPacket received = supervising.importPacket(valid());
		Path back = supervising.exportFeedback(received, files.resolve("f.cnfeedback"));
		XmiPracticeStore stranger = new XmiPracticeStore(files.resolve("stranger"));
		PacketException e = assertThrows(PacketException.class, () -> new ShareService(stranger).importFeedback(back));
		assertTrue(e.getMessage().contains("which was not shared from this practice"), e.getMessage());
		assertTrue(stranger.practice().getShares().isEmpty());
		assertFalse(Files.exists(files.resolve("stranger").resolve(AuditTrail.FILE_NAME)));
		// and a feedback packet is no share packet
		PacketException kind = assertThrows(PacketException.class, () -> new ShareService(stranger).importPacket(back));
		assertTrue(kind.getMessage().contains("is a feedback packet"), kind.getMessage());
	}

	@Test
	void sectionsWithNothingReplacedKeepAnAlignmentEach() throws Exception {
		// two sections without identifiers have the same (empty) alignment: both must be kept, or every later one shifts
		Note note = note(dana, "Session", LocalDate.of(2025, 3, 28), "Objective", "Calm, engaged, on time.", "Assessment",
				"Mood stable.", "Plan", "Call Anna Berg about the visit, then review.");
		therapist.save();
		Path packet = files.resolve("p.cnshare");
		ShareRecord record = share(packet, note);
		assertEquals(3, record.getNotes().get(0).getAlignments().size(), record.getNotes().get(0).getAlignments().toString());
		assertEquals(3, XmiPracticeStore.readOnly(therapistDir).practice().getShares().get(0).getNotes().get(0).getAlignments().size());
		ShareService supervising = new ShareService(supervisor);
		ReceivedPacket received = supervising.importPacket(packet);
		SharedNote shared = received.getPacket().getNotes().get(0);
		String plan = shared.getSections().get(2).getText();
		int then = plan.indexOf("about the visit");
		received.getFeedback().getComments().add(comment(shared.getSharedId(), 2, 0, then + "about the visit".length(), plan, "Why call?"));
		Path back = supervising.exportFeedback(received, files.resolve("f.cnfeedback"));
		new ShareService(therapist).importFeedback(back);
		ReviewComment mapped = note.getFeedback().get(0).getComments().get(0);
		assertEquals(2, mapped.getSection());
		assertEquals("Call Anna Berg about the visit", mapped.getQuote());
	}

	@Test
	void aSectionTextIsRecordedWithItsAlignment() throws Exception {
		ShareRecord record = share(files.resolve("a.cnshare"), intake);
		String alignment = record.getNotes().get(0).getAlignments().get(0);
		assertTrue(alignment.matches("\\d+,\\d+,\\d+,\\d+(;\\d+,\\d+,\\d+,\\d+)*"), alignment);
		assertEquals("", record.getNotes().get(0).getAlignments().get(1), "a section with nothing replaced");
		Section section = intake.getSections().get(0);
		assertTrue(alignment.startsWith("0," + "Dana Whitcombe".length() + ",0,"), alignment + " " + section.getTitle());
	}
}
