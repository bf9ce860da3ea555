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
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.casenotes.core.AuditTrail;
import org.casenotes.core.internal.XmiPracticeStore;
import org.casenotes.core.share.PacketException;
import org.casenotes.core.share.ShareBlockedException;
import org.casenotes.core.share.SharePreview;
import org.casenotes.core.share.ShareService;
import org.casenotes.deid.Redaction;
import org.casenotes.deid.ReplacementPolicy;
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
import org.casenotes.model.SharedNoteLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sharing only some sections of a note: what leaves, what is reviewed, and where feedback lands. */
class ShareSectionsTest {

	/** The left-out section's own words, none of them an identifier: in the shared copy they would stay as they are. */
	private static final String FAMILY_WORDS = "raised the two of them alone after the divorce";

	@TempDir
	Path therapistDir;
	@TempDir
	Path supervisorDir;
	@TempDir
	Path files;

	private XmiPracticeStore therapist;
	private XmiPracticeStore supervisor;
	private Note intake;

	@BeforeEach
	void practice() throws Exception {
		therapist = new XmiPracticeStore(therapistDir);
		therapist.practice().setPractitionerId("T-1");
		Client dana = client(therapist.practice(), "C-0042", "Dana Whitcombe");
		person(dana, "Anna Berg", "sister");
		person(dana, "Tomas Ek", "friend");
		person(dana, "Jonas Holm", "friend");
		intake = note(dana, "Intake", LocalDate.of(2025, 3, 14), //
				"Family history", "Her friend Tomas Ek says her mother " + FAMILY_WORDS + ". Anna Berg left home at sixteen.", //
				"Assessment", "Dana Whitcombe is isolated since her sister Anna Berg moved away; her friend Jonas Holm visits monthly.", //
				"Plan", "Weekly sessions; review the sleep diary and call Jonas Holm about the climbing club.");
		therapist.save();
		supervisor = new XmiPracticeStore(supervisorDir);
		supervisor.practice().setPractitionerId("S-9");
		supervisor.save();
	}

	private static Predicate<Section> titled(String... titles) {
		Set<String> chosen = Set.of(titles);
		return section -> chosen.contains(section.getTitle());
	}

	private SharePreview assessmentAndPlan() {
		return SharePreview.of(List.of(intake), ReplacementPolicy.standard(), titled("Assessment", "Plan"));
	}

	private ShareRecord share(SharePreview preview, String purpose, Path out) throws Exception {
		confirmAll(therapist, preview);
		return new ShareService(therapist).export(preview, "Dr Supervisor", RecipientKind.SUPERVISOR, purpose, out);
	}

	@Test
	void aPacketOfChosenSectionsHoldsOnlyThose() throws Exception {
		// what the left-out section would look like if it were shared
		String familyShared = SharePreview.of(List.of(intake)).notes().get(0).sections().get(0).shared().text();
		assertTrue(familyShared.contains(FAMILY_WORDS), familyShared);

		SharePreview preview = assessmentAndPlan();
		SharePreview.NotePreview note = preview.notes().get(0);
		assertEquals(List.of(1, 2), note.sections().stream().map(SharePreview.SectionPreview::index).toList());
		assertEquals(3, note.noteSections());
		assertTrue(note.partial());
		Path out = files.resolve("p.cnshare");
		ShareRecord record = share(preview, "the assessment", out);

		Map<String, byte[]> entries = entries(out);
		assertEquals(List.of("manifest.json", "notes.xmi", "notes.html"), List.copyOf(entries.keySet()));
		for (Map.Entry<String, byte[]> e : entries.entrySet()) {
			String text = new String(e.getValue(), StandardCharsets.UTF_8);
			for (String absent : List.of("Family history", FAMILY_WORDS, familyShared, "sixteen", "Dana", "Anna", "Jonas")) {
				assertFalse(text.contains(absent), e.getKey() + " holds " + absent);
			}
		}
		String html = new String(entries.get("notes.html"), StandardCharsets.UTF_8);
		assertTrue(html.contains("<h4>Assessment</h4>") && html.contains("<h4>Plan</h4>"), html);
		assertTrue(html.contains("review the sleep diary"), html);
		// nothing in the packet counts or numbers the sections
		String xmi = new String(entries.get("notes.xmi"), StandardCharsets.UTF_8);
		assertEquals(2, xmi.split("<sections ", -1).length - 1, xmi);
		assertFalse(xmi.contains("index") || xmi.contains("partial"), xmi);

		SharedNoteLink link = record.getNotes().get(0);
		assertEquals(List.of(1, 2), List.copyOf(link.getSections()));
		assertEquals(2, link.getAlignments().size());
		assertEquals(List.of(1, 2), List.copyOf(XmiPracticeStore.readOnly(therapistDir).practice().getShares().get(0).getNotes().get(0).getSections()),
				"the indexes are saved with the record");
	}

	@Test
	void aSectionLeftOutTakesNoPseudonymNumber() {
		// Tomas (a friend) is named first, in the family history; left out, he must not make Jonas "the second friend"
		SharePreview all = SharePreview.of(List.of(intake));
		assertEquals("[Friend-2]", replacementOf(all.notes().get(0).sections().get(1), "Jonas Holm"));
		SharePreview chosen = assessmentAndPlan();
		assertEquals("[Friend-1]", replacementOf(chosen.notes().get(0).sections().get(0), "Jonas Holm"));
		assertEquals("[Friend-1]", replacementOf(chosen.notes().get(0).sections().get(1), "Jonas Holm"), "one placeholder in the packet");
	}

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
	void onlyTheChosenSectionsAndTheTitleWaitForReview() throws Exception {
		List<SharePreview.PendingFinding> everything = SharePreview.of(List.of(intake)).unreviewed();
		assertTrue(everything.stream().anyMatch(p -> p.section() == 0 && p.text().equals("Tomas Ek")), everything.toString());

		SharePreview preview = assessmentAndPlan();
		List<SharePreview.PendingFinding> pending = preview.unreviewed();
		assertFalse(pending.isEmpty());
		assertTrue(pending.stream().allMatch(p -> p.section() == 1 || p.section() == 2), "indexes into the note's sections: " + pending);
		assertTrue(pending.stream().anyMatch(p -> p.section() == 2 && p.text().equals("Jonas Holm")), pending.toString());
		assertTrue(pending.stream().noneMatch(p -> p.text().equals("Tomas Ek")), "Tomas is only in the section left out");
		assertTrue(pending.size() < everything.size());

		// the ones listed for review name the note's own section
		ShareBlockedException e = assertThrows(ShareBlockedException.class,
				() -> new ShareService(therapist).export(preview, "Dr S", RecipientKind.SUPERVISOR, "", files.resolve("p.cnshare")));
		assertTrue(e.reasons().get(0).startsWith(pending.size() + " findings are not reviewed"), e.reasons().get(0));
		assertTrue(e.reasons().contains("C-0042 › Intake › Plan: \"Jonas Holm\" (name)"), e.reasons().toString());
		assertTrue(e.reasons().stream().noneMatch(r -> r.contains("Family history")), e.reasons().toString());

		// reviewing the chosen sections is enough: Tomas, left out, is never confirmed and the packet goes
		confirmAll(therapist, preview);
		assertTrue(preview.unreviewed().isEmpty());
		assertFalse(SharePreview.of(List.of(intake)).unreviewed().isEmpty(), "the left-out section's findings are still unreviewed");
		new ShareService(therapist).export(preview, "Dr S", RecipientKind.SUPERVISOR, "", files.resolve("p.cnshare"));
		assertTrue(Files.exists(files.resolve("p.cnshare")));
	}

	@Test
	void aNoteWithNoSectionChosenIsBlocked() throws Exception {
		SharePreview nothing = SharePreview.of(List.of(intake), ReplacementPolicy.standard(), section -> false);
		assertEquals(List.of(), nothing.notes().get(0).sections());
		confirmAll(therapist, nothing);
		Path out = files.resolve("p.cnshare");
		ShareBlockedException e = assertThrows(ShareBlockedException.class,
				() -> new ShareService(therapist).export(nothing, "Dr S", RecipientKind.SUPERVISOR, "", out));
		assertEquals(List.of("C-0042 › Intake: no section of the note is chosen; choose at least one, or leave the note out"), e.reasons());
		assertEquals("The packet was not written: 1 problem must be resolved first.", e.getMessage());
		assertFalse(Files.exists(out));
		assertTrue(therapist.practice().getShares().isEmpty());
		assertFalse(Files.exists(therapistDir.resolve(AuditTrail.FILE_NAME)));
	}

	@Test
	void aSectionAddedAfterThePreviewBlocksButAnEditLeftOutDoesNot() throws Exception {
		SharePreview preview = assessmentAndPlan();
		confirmAll(therapist, preview);
		// the therapist edits the section that stays home: what was reviewed is still what goes
		intake.getSections().get(0).setText("Her friend Tomas Ek says her mother " + FAMILY_WORDS + ".");
		Path first = files.resolve("first.cnshare");
		new ShareService(therapist).export(preview, "Dr S", RecipientKind.SUPERVISOR, "", first);
		assertTrue(Files.exists(first));
		// a section added moves what the indexes point at
		SharePreview again = assessmentAndPlan();
		confirmAll(therapist, again);
		Section added = CasenotesFactory.eINSTANCE.createSection();
		added.setTitle("Risk");
		added.setText("No risk noted.");
		intake.getSections().add(0, added);
		ShareBlockedException e = assertThrows(ShareBlockedException.class,
				() -> new ShareService(therapist).export(again, "Dr S", RecipientKind.SUPERVISOR, "", files.resolve("second.cnshare")));
		assertEquals(List.of("C-0042 › Intake: the note changed after the preview was made; preview it again"), e.reasons());
	}

	@Test
	void theTextOfASectionLeftOutMayNotLeaveAnotherWay() throws Exception {
		// pasted into the purpose, the words the therapist chose to keep home would be in the packet's HTML
		SharePreview preview = assessmentAndPlan();
		Path out = files.resolve("p.cnshare");
		ShareBlockedException e = assertThrows(ShareBlockedException.class,
				() -> share(preview, "About this: " + intake.getSections().get(0).getText(), out));
		assertEquals(List.of("C-0042 › Intake › Family history: a section left out would be in the packet"), e.reasons());
		assertFalse(Files.exists(out));
		// words a shared section also holds are that section's, not a leak
		intake.getSections().get(0).setText("Weekly sessions; review the sleep diary");
		share(assessmentAndPlan(), "", out);
		assertTrue(Files.exists(out));
	}

	@Test
	void aCommentOnTheSecondSharedSectionLandsOnTheNotesThirdSection() throws Exception {
		Path packet = files.resolve("p.cnshare");
		share(assessmentAndPlan(), "", packet);
		ShareService supervising = new ShareService(supervisor);
		ReceivedPacket received = supervising.importPacket(packet);
		SharedNote shared = received.getPacket().getNotes().get(0);
		assertEquals(List.of("Assessment", "Plan"), shared.getSections().stream().map(Section::getTitle).toList());
		String plan = shared.getSections().get(1).getText();
		int start = plan.indexOf("call ");
		int end = plan.indexOf(" about the climbing club");
		assertTrue(plan.substring(start, end).startsWith("call [Friend-1"), plan);
		String assessment = shared.getSections().get(0).getText();
		int isolated = assessment.indexOf("is isolated");
		Feedback feedback = received.getFeedback();
		feedback.getComments().add(comment(shared.getSharedId(), 1, start, end, plan, "Who suggested the club?"));
		feedback.getComments().add(comment(shared.getSharedId(), 0, isolated, isolated + "is isolated".length(), assessment, "Since when?"));
		supervisor.save();
		Path back = supervising.exportFeedback(received, files.resolve("f.cnfeedback"));

		ShareService.FeedbackImport imported = new ShareService(therapist).importFeedback(back);
		assertEquals(2, imported.comments());
		List<ReviewComment> comments = intake.getFeedback().get(0).getComments();
		assertEquals(2, comments.get(0).getSection(), "the Plan is the note's third section");
		assertEquals("call Jonas Holm", comments.get(0).getQuote());
		assertEquals("call Jonas Holm", intake.getSections().get(2).getText().substring(comments.get(0).getStart(), comments.get(0).getEnd()));
		assertEquals(1, comments.get(1).getSection(), "the Assessment is the note's second");
		assertEquals("is isolated", comments.get(1).getQuote());
		ReviewComment saved = XmiPracticeStore.readOnly(therapistDir).practice().getClients().get(0).getCaseFiles().get(0).getNotes().get(0)
				.getFeedback().get(0).getComments().get(0);
		assertEquals(2, saved.getSection());
	}

	@Test
	void aRecordWrittenBeforeSectionsCouldBeChosenStillMaps() throws Exception {
		Path packet = files.resolve("p.cnshare");
		ShareRecord record = share(SharePreview.of(List.of(intake)), "", packet);
		// as an older Casenotes wrote it: no indexes; read again from disk
		record.getNotes().get(0).getSections().clear();
		therapist.save();
		therapist.close();
		therapist = new XmiPracticeStore(therapistDir);
		Note reread = therapist.practice().getClients().get(0).getCaseFiles().get(0).getNotes().get(0);
		assertTrue(therapist.practice().getShares().get(0).getNotes().get(0).getSections().isEmpty(), "the record on disk has no indexes");

		ShareService supervising = new ShareService(supervisor);
		ReceivedPacket received = supervising.importPacket(packet);
		SharedNote shared = received.getPacket().getNotes().get(0);
		String plan = shared.getSections().get(2).getText();
		int weekly = plan.indexOf("Weekly sessions");
		received.getFeedback().getComments().add(comment(shared.getSharedId(), 2, weekly, weekly + "Weekly sessions".length(), plan, "How many?"));
		supervisor.save();
		Path back = supervising.exportFeedback(received, files.resolve("f.cnfeedback"));

		new ShareService(therapist).importFeedback(back);
		ReviewComment mapped = reread.getFeedback().get(0).getComments().get(0);
		assertEquals(2, mapped.getSection());
		assertEquals("Weekly sessions", mapped.getQuote());
	}

	@Test
	void aRecordWhoseIndexesDoNotMatchItsSectionsIsDamaged() throws Exception {
		Path packet = files.resolve("p.cnshare");
		ShareRecord record = share(assessmentAndPlan(), "", packet);
		record.getNotes().get(0).getSections().remove(1);
		therapist.save();
		ShareService supervising = new ShareService(supervisor);
		ReceivedPacket received = supervising.importPacket(packet);
		SharedNote shared = received.getPacket().getNotes().get(0);
		received.getFeedback().getComments().add(comment(shared.getSharedId(), 0, 0, 4, shared.getSections().get(0).getText(), "?"));
		Path back = supervising.exportFeedback(received, files.resolve("f.cnfeedback"));
		PacketException e = assertThrows(PacketException.class, () -> new ShareService(therapist).importFeedback(back));
		assertTrue(e.getMessage().contains("is damaged; the feedback was not imported"), e.getMessage());
		assertTrue(intake.getFeedback().isEmpty());
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
}
