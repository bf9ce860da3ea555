/*
 * Copyright (c) 2026 the Casenotes contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.casenotes.core.share;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.casenotes.core.AuditTrail;
import org.casenotes.core.PracticeStore;
import org.casenotes.core.Practices;
import org.casenotes.core.StoreException;
import org.casenotes.core.internal.AtomicFiles;
import org.casenotes.core.share.SharePreview.NotePreview;
import org.casenotes.core.share.SharePreview.PendingFinding;
import org.casenotes.core.share.SharePreview.SectionPreview;
import org.casenotes.model.Assessment;
import org.casenotes.model.CasenotesFactory;
import org.casenotes.model.CasenotesPackage;
import org.casenotes.model.Feedback;
import org.casenotes.model.Note;
import org.casenotes.model.Practice;
import org.casenotes.model.ReceivedPacket;
import org.casenotes.model.RecipientKind;
import org.casenotes.model.ReviewComment;
import org.casenotes.model.Section;
import org.casenotes.model.ShareRecord;
import org.casenotes.model.SharePacket;
import org.casenotes.model.SharedNote;
import org.casenotes.model.SharedNoteLink;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Sharing de-identified notes and bringing feedback back: the therapist exports a share packet
 * ({@code .cnshare}), the supervisor imports it and returns a feedback packet ({@code .cnfeedback}), whose comments
 * land on the therapist's original notes. Every step is written to the practice and the audit trail before it is
 * reported done; a step that fails leaves both as they were. The packet format is described in
 * {@code docs/share-packet-format.md}.
 */
public final class ShareService {

	public enum PacketKind {
		SHARE, FEEDBACK
	}

	/** Feedback brought back: as it came, the notes it was added to, and how many comments it carried. */
	public record FeedbackImport(Feedback feedback, List<Note> notes, int comments) {
		public FeedbackImport {
			notes = List.copyOf(notes);
		}
	}

	private final PracticeStore store;
	private final AuditTrail audit;

	public ShareService(PracticeStore store) {
		this.store = Objects.requireNonNull(store, "store");
		this.audit = new AuditTrail(store.location());
	}

	/** The kind of a packet file, read from its manifest after the whole packet was checked. */
	public static PacketKind kindOf(Path file) throws PacketException {
		return Packets.read(file).kind();
	}

	// ---- the therapist: share

	/**
	 * Writes the packet of {@code preview} to {@code out} and records it in the practice and the audit trail.
	 *
	 * @throws ShareBlockedException when findings are not reviewed, a note has no section to share or changed since
	 *                               the preview, or the leak gate ({@link LeakGate}) finds an identifier in what
	 *                               would be shared; nothing is written
	 * @throws StoreException        when the packet or the practice cannot be written; nothing is recorded and no
	 *                               packet is left behind
	 */
	public ShareRecord export(SharePreview preview, String recipient, RecipientKind kind, String purpose, Path out)
			throws ShareBlockedException, StoreException {
		Objects.requireNonNull(preview, "preview");
		Objects.requireNonNull(out, "out");
		if (recipient == null || recipient.isBlank()) {
			throw new IllegalArgumentException("A share packet needs a recipient.");
		}
		RecipientKind recipientKind = kind == null ? RecipientKind.SUPERVISOR : kind;
		Practice practice = store.practice();

		List<String> reasons = new ArrayList<>();
		List<PendingFinding> pending = preview.unreviewed();
		if (!pending.isEmpty()) {
			reasons.add(pending.size() + (pending.size() == 1 ? " finding is" : " findings are")
					+ " not reviewed yet; confirm or dismiss each before sharing:");
			for (PendingFinding p : pending) {
				reasons.add(LeakGate.where(p.note()) + " › " + sectionName(p.note(), p.section()) + ": \"" + p.text() + "\" ("
						+ p.finding().type().name().toLowerCase(java.util.Locale.ROOT) + ")");
			}
		}
		for (NotePreview note : preview.notes()) {
			if (!Practices.holds(practice, note.note())) {
				reasons.add(LeakGate.where(note.note()) + ": the note is not in this practice");
			} else if (note.sections().isEmpty()) {
				reasons.add(LeakGate.where(note.note()) + (note.noteSections() == 0 ? ": the note has no section to share"
						: ": no section of the note is chosen; choose at least one, or leave the note out"));
			} else if (changed(note)) {
				reasons.add(LeakGate.where(note.note()) + ": the note changed after the preview was made; preview it again");
			}
		}
		if (!reasons.isEmpty()) {
			throw blocked(reasons);
		}
		// the leak gate, just before writing
		for (NotePreview note : preview.notes()) {
			reasons.addAll(LeakGate.check(note));
		}
		if (!reasons.isEmpty()) {
			throw blocked(reasons);
		}

		String packetId = UUID.randomUUID().toString();
		Instant now = Instant.now();
		String sender = actor(practice);
		SharePacket packet = CasenotesFactory.eINSTANCE.createSharePacket();
		packet.setFormatVersion(Packets.FORMAT_VERSION);
		packet.setPacketId(packetId);
		packet.setCreatedAt(now);
		packet.setSender(sender);
		packet.setRecipient(recipient.strip());
		packet.setRecipientKind(recipientKind);
		packet.setPurpose(purpose == null ? "" : purpose.strip());
		ShareRecord record = CasenotesFactory.eINSTANCE.createShareRecord();
		record.setPacketId(packetId);
		record.setCreatedAt(now);
		record.setRecipient(packet.getRecipient());
		record.setRecipientKind(recipientKind);
		record.setPurpose(packet.getPurpose());
		for (NotePreview note : preview.notes()) {
			SharedNote shared = CasenotesFactory.eINSTANCE.createSharedNote();
			shared.setSharedId(UUID.randomUUID().toString());
			shared.setClientLabel(note.clientLabel());
			shared.setKind(note.note().getKind());
			shared.setTitle(note.sharedTitle());
			shared.setSessionDate(note.sharedSessionDate());
			SharedNoteLink link = CasenotesFactory.eINSTANCE.createSharedNoteLink();
			link.setSharedId(shared.getSharedId());
			link.setNote(note.note());
			for (SectionPreview section : note.sections()) {
				Section copy = CasenotesFactory.eINSTANCE.createSection();
				copy.setTitle(section.title());
				copy.setText(section.shared().text());
				shared.getSections().add(copy);
				link.getAlignments().add(Alignment.of(section.findings(), section.shared()).toString());
				link.getSections().add(section.index());
			}
			packet.getNotes().add(shared);
			record.getNotes().add(link);
		}

		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("format", Packets.SHARE_FORMAT);
		manifest.put("formatVersion", Packets.FORMAT_VERSION);
		manifest.put("packetId", packetId);
		manifest.put("createdAt", now.toString());
		manifest.put("sender", sender);
		manifest.put("recipient", packet.getRecipient());
		manifest.put("recipientKind", recipientKind.getLiteral());
		manifest.put("purpose", packet.getPurpose());
		Map<String, byte[]> entries = new LinkedHashMap<>();
		byte[] zip;
		try {
			entries.put("notes.xmi", Packets.xmi(packet));
			entries.put("notes.html", shareHtml(packet).getBytes(StandardCharsets.UTF_8));
			zip = Packets.write(manifest, entries);
		} catch (IOException e) {
			throw new StoreException("Casenotes could not build the packet: " + Packets.reason(e) + ". Nothing was shared.", e);
		}
		reasons.addAll(verbatim(preview, entries));
		if (!reasons.isEmpty()) {
			throw blocked(reasons);
		}
		record.setContentHash(contentHash(entries));
		record.setPseudonyms(preview.pseudonyms().toJson());

		try {
			AtomicFiles.write(out, zip);
		} catch (IOException e) {
			throw new StoreException("Casenotes could not write the packet to " + out + ": " + Packets.reason(e) + ". Nothing was shared.", e);
		}
		practice.getShares().add(record);
		try {
			store.save();
			audit.append(sender, "share", "packet " + packetId, preview.notes().size() + (preview.notes().size() == 1 ? " note" : " notes")
					+ " to " + recipientKind.getLiteral());
		} catch (StoreException e) {
			practice.getShares().remove(record);
			undo(out);
			throw e;
		}
		return record;
	}

	private static ShareBlockedException blocked(List<String> reasons) {
		long problems = reasons.stream().filter(r -> !r.endsWith(":")).count();
		return new ShareBlockedException("The packet was not written: " + problems + (problems == 1 ? " problem" : " problems")
				+ " must be resolved first.", reasons);
	}

	private void undo(Path out) {
		try {
			if (out != null) {
				Files.deleteIfExists(out);
			}
			store.save();
		} catch (IOException | StoreException e) {
			// the first failure is the one reported; the packet file, if left, is recorded nowhere
		}
	}

	private static String sectionName(Note note, int section) {
		if (section == SharePreview.TITLE || section < 0 || section >= note.getSections().size()) {
			return "title";
		}
		String title = note.getSections().get(section).getTitle();
		return title == null || title.isBlank() ? "section " + (section + 1) : title;
	}

	/** A section added or removed, or a shared section's text edited: what was reviewed is not what would go. */
	private static boolean changed(NotePreview preview) {
		List<Section> sections = preview.note().getSections();
		if (sections.size() != preview.noteSections()) {
			return true;
		}
		for (SectionPreview section : preview.sections()) {
			String text = sections.get(section.index()).getText() == null ? "" : sections.get(section.index()).getText();
			if (!text.equals(section.original())) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The original text of a shared section that had identifiers must not be in the packet, whatever the path: in
	 * its plain, XML- or HTML-escaped form, in any entry. Nor may the text of a section left out, unless a shared
	 * section holds the same words (a boilerplate "No change since last session" shared in another note).
	 */
	private static List<String> verbatim(SharePreview preview, Map<String, byte[]> entries) {
		List<String> reasons = new ArrayList<>();
		List<String> contents = new ArrayList<>();
		entries.values().forEach(bytes -> contents.add(new String(bytes, StandardCharsets.UTF_8)));
		List<String> sharedOriginals = preview.notes().stream().flatMap(n -> n.sections().stream()).map(SectionPreview::original).toList();
		for (NotePreview note : preview.notes()) {
			for (SectionPreview section : note.sections()) {
				if (!section.findings().isEmpty() && in(contents, section.original())) {
					reasons.add(LeakGate.where(note.note()) + " › " + sectionName(note.note(), section.index())
							+ ": the original text would be in the packet");
				}
			}
			List<Section> all = note.note().getSections();
			for (int index = 0; index < all.size(); index++) {
				String text = all.get(index).getText() == null ? "" : all.get(index).getText().strip();
				if (!isShared(note, index) && sharedOriginals.stream().noneMatch(o -> o.contains(text)) && in(contents, text)) {
					reasons.add(LeakGate.where(note.note()) + " › " + sectionName(note.note(), index)
							+ ": a section left out would be in the packet");
				}
			}
		}
		return reasons;
	}

	/** Whether {@code original}, long enough to tell, is in one of {@code contents} as it is or escaped. */
	private static boolean in(List<String> contents, String original) {
		String text = original.strip();
		if (text.length() < LeakGate.VERBATIM_MINIMUM) {
			return false;
		}
		// a set that tolerates equal forms (plain text has nothing to escape); Set.of would throw with the text in its message
		Set<String> forms = new HashSet<>(List.of(text, Packets.html(text), xml(text)));
		return contents.stream().anyMatch(content -> forms.stream().anyMatch(content::contains));
	}

	private static boolean isShared(NotePreview note, int index) {
		return note.sections().stream().anyMatch(s -> s.index() == index);
	}

	private static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;").replace("\n", "&#xA;").replace("\r", "&#xD;")
				.replace("\t", "&#x9;");
	}

	private static String contentHash(Map<String, byte[]> entries) {
		Map<String, String> hashes = new HashMap<>();
		entries.forEach((name, bytes) -> hashes.put(name, Packets.sha256(bytes)));
		return Packets.contentHash(hashes);
	}

	private static String shareHtml(SharePacket packet) {
		StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Casenotes share packet</title>\n"
				+ "<style>body{font-family:sans-serif;max-width:48em;margin:2em auto}.notice{border:1px solid #c90;padding:.5em;background:#fff8e0}"
				+ "section{margin-bottom:2em}p{white-space:pre-wrap}</style></head><body>\n");
		html.append("<p class=\"notice\">De-identified notes shared for consultation. Names, places, contact details and numbers were replaced; "
				+ "dates were moved or coarsened. The original notes and the key to the placeholders stay with the sender.</p>\n");
		html.append("<h1>For ").append(Packets.html(packet.getRecipient())).append(" (").append(Packets.html(packet.getRecipientKind().getLiteral()))
				.append(")</h1>\n");
		if (packet.getPurpose() != null && !packet.getPurpose().isBlank()) {
			html.append("<p>Purpose: ").append(Packets.html(packet.getPurpose())).append("</p>\n");
		}
		for (SharedNote note : packet.getNotes()) {
			html.append("<section><h2>").append(Packets.html(note.getClientLabel())).append(" · ")
					.append(Packets.html(note.getKind() == null ? "" : note.getKind().getLiteral())).append(" · ")
					.append(Packets.html(note.getSessionDate())).append("</h2>\n");
			if (note.getTitle() != null) {
				html.append("<h3>").append(Packets.html(note.getTitle())).append("</h3>\n");
			}
			for (Section section : note.getSections()) {
				html.append("<h4>").append(Packets.html(section.getTitle())).append("</h4>\n<p>").append(Packets.html(section.getText()))
						.append("</p>\n");
			}
			html.append("</section>\n");
		}
		return html.append("</body></html>\n").toString();
	}

	// ---- the supervisor: import a share packet, export feedback

	/**
	 * Imports a share packet: it joins the practice's received packets with an empty feedback to write.
	 *
	 * @throws PacketException when the file is not a valid share packet, or was imported before; nothing is written
	 */
	public ReceivedPacket importPacket(Path file) throws PacketException, StoreException {
		Packets.Packet packet = Packets.read(file);
		String name = String.valueOf(file.getFileName());
		if (packet.kind() != PacketKind.SHARE) {
			throw new PacketException(name + " is a feedback packet, not a share packet.");
		}
		SharePacket content = (SharePacket) Packets.load(packet, "notes.xmi", CasenotesPackage.Literals.SHARE_PACKET, name);
		if (!packet.packetId().equals(content.getPacketId())) {
			throw new PacketException(name + " is inconsistent: its notes belong to another packet; it was not imported.");
		}
		Set<String> ids = new HashSet<>();
		for (SharedNote note : content.getNotes()) {
			if (note.getSharedId() == null || !ids.add(note.getSharedId())) {
				throw new PacketException(name + " is inconsistent: two of its notes share an id; it was not imported.");
			}
		}
		Practice practice = store.practice();
		for (ReceivedPacket received : practice.getReceived()) {
			if (received.getPacket() != null && packet.packetId().equals(received.getPacket().getPacketId())) {
				throw new PacketException("This packet (" + packet.packetId() + ") was already imported on " + received.getImportedAt() + ".");
			}
		}
		String reviewer = actor(practice);
		ReceivedPacket received = CasenotesFactory.eINSTANCE.createReceivedPacket();
		received.setImportedAt(Instant.now());
		received.setContentHash((String) packet.manifest().get("contentHash"));
		received.setPacket(content);
		Feedback feedback = CasenotesFactory.eINSTANCE.createFeedback();
		feedback.setFormatVersion(Packets.FORMAT_VERSION);
		feedback.setPacketId(packet.packetId());
		feedback.setReviewer(reviewer);
		feedback.setAssessment(Assessment.REVIEWED);
		received.setFeedback(feedback);
		practice.getReceived().add(received);
		try {
			store.save();
			audit.append(reviewer, "import", "packet " + packet.packetId(), "share packet, " + content.getNotes().size()
					+ (content.getNotes().size() == 1 ? " note" : " notes"));
		} catch (StoreException e) {
			practice.getReceived().remove(received);
			undo(null);
			throw e;
		}
		return received;
	}

	/**
	 * Writes the feedback on a received packet to {@code out}, as a feedback packet for the sender.
	 *
	 * @throws IllegalArgumentException when a comment does not point into the packet's shared text
	 */
	public Path exportFeedback(ReceivedPacket received, Path out) throws StoreException {
		Objects.requireNonNull(received, "received");
		Objects.requireNonNull(out, "out");
		Feedback feedback = received.getFeedback();
		SharePacket packet = received.getPacket();
		if (feedback == null || packet == null) {
			throw new IllegalArgumentException("This received packet has no feedback to export.");
		}
		Map<String, SharedNote> notes = new HashMap<>();
		packet.getNotes().forEach(n -> notes.put(n.getSharedId(), n));
		for (ReviewComment comment : feedback.getComments()) {
			SharedNote note = notes.get(comment.getSharedId());
			if (note == null || comment.getSection() < 0 || comment.getSection() >= note.getSections().size()) {
				throw new IllegalArgumentException("A comment is not attached to a section of this packet.");
			}
			String text = note.getSections().get(comment.getSection()).getText();
			int length = text == null ? 0 : text.length();
			if (comment.getStart() < 0 || comment.getStart() > comment.getEnd() || comment.getEnd() > length) {
				throw new IllegalArgumentException("A comment points outside the text of its section.");
			}
		}
		Practice practice = store.practice();
		Instant now = Instant.now();
		Feedback copy = EcoreUtil.copy(feedback);
		copy.setFormatVersion(Packets.FORMAT_VERSION);
		copy.setPacketId(packet.getPacketId());
		copy.setCreatedAt(now);
		if (copy.getReviewer() == null || copy.getReviewer().isBlank()) {
			copy.setReviewer(actor(practice));
		}
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("format", Packets.FEEDBACK_FORMAT);
		manifest.put("formatVersion", Packets.FORMAT_VERSION);
		manifest.put("packetId", packet.getPacketId());
		manifest.put("createdAt", now.toString());
		manifest.put("reviewer", copy.getReviewer());
		manifest.put("assessment", copy.getAssessment().getLiteral());
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try {
			entries.put("feedback.xmi", Packets.xmi(copy));
			entries.put("feedback.html", feedbackHtml(copy, notes).getBytes(StandardCharsets.UTF_8));
			AtomicFiles.write(out, Packets.write(manifest, entries));
		} catch (IOException e) {
			throw new StoreException("Casenotes could not write the feedback to " + out + ": " + Packets.reason(e) + ".", e);
		}
		Instant previousExport = received.getExportedAt();
		Instant previousCreated = feedback.getCreatedAt();
		received.setExportedAt(now);
		feedback.setCreatedAt(now);
		try {
			store.save();
			audit.append(actor(practice), "export", "packet " + packet.getPacketId(), "feedback, " + copy.getComments().size()
					+ (copy.getComments().size() == 1 ? " comment" : " comments"));
		} catch (StoreException e) {
			received.setExportedAt(previousExport);
			feedback.setCreatedAt(previousCreated);
			undo(out);
			throw e;
		}
		return out;
	}

	private static String feedbackHtml(Feedback feedback, Map<String, SharedNote> notes) {
		StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Casenotes feedback</title>"
				+ "<style>body{font-family:sans-serif;max-width:48em;margin:2em auto}blockquote{color:#555}</style></head><body>\n");
		html.append("<p>Feedback on de-identified notes, by ").append(Packets.html(feedback.getReviewer())).append(": <strong>")
				.append(Packets.html(feedback.getAssessment().getLiteral())).append("</strong></p>\n");
		if (feedback.getSummary() != null && !feedback.getSummary().isBlank()) {
			html.append("<p>").append(Packets.html(feedback.getSummary())).append("</p>\n");
		}
		for (ReviewComment comment : feedback.getComments()) {
			SharedNote note = notes.get(comment.getSharedId());
			html.append("<div><h3>").append(Packets.html(note.getClientLabel())).append(" · ").append(Packets.html(note.getSessionDate()))
					.append(" · ").append(Packets.html(note.getSections().get(comment.getSection()).getTitle())).append("</h3>");
			if (comment.getQuote() != null && !comment.getQuote().isEmpty()) {
				html.append("<blockquote>").append(Packets.html(comment.getQuote())).append("</blockquote>");
			}
			html.append("<p>").append(Packets.html(comment.getText())).append("</p></div>\n");
		}
		return html.append("</body></html>\n").toString();
	}

	// ---- the therapist: import feedback

	/**
	 * Imports a feedback packet on a packet this practice shared: each shared note's original gets a feedback
	 * whose comments point at the original passages.
	 *
	 * @throws PacketException when the file is not a valid feedback packet, is for a packet not shared from this
	 *                         practice, or was imported before; nothing is written
	 */
	public FeedbackImport importFeedback(Path file) throws PacketException, StoreException {
		Packets.Packet packet = Packets.read(file);
		String name = String.valueOf(file.getFileName());
		if (packet.kind() != PacketKind.FEEDBACK) {
			throw new PacketException(name + " is a share packet, not feedback.");
		}
		Feedback feedback = (Feedback) Packets.load(packet, "feedback.xmi", CasenotesPackage.Literals.FEEDBACK, name);
		if (!packet.packetId().equals(feedback.getPacketId())) {
			throw new PacketException(name + " is inconsistent: its feedback is for another packet; it was not imported.");
		}
		Practice practice = store.practice();
		ShareRecord record = practice.getShares().stream().filter(r -> packet.packetId().equals(r.getPacketId())).findFirst().orElse(null);
		if (record == null) {
			throw new PacketException(name + " is feedback on packet " + packet.packetId() + ", which was not shared from this practice.");
		}
		Map<String, SharedNoteLink> links = new LinkedHashMap<>();
		for (SharedNoteLink link : record.getNotes()) {
			links.put(link.getSharedId(), link);
			if (link.getNote() == null || link.getNote().eIsProxy()) {
				throw new PacketException(name + ": a note of the packet is no longer in this practice; the feedback was not imported.");
			}
			for (Feedback earlier : link.getNote().getFeedback()) {
				if (packet.packetId().equals(earlier.getPacketId()) && Objects.equals(earlier.getCreatedAt(), feedback.getCreatedAt())) {
					throw new PacketException("This feedback (on packet " + packet.packetId() + ") was already imported.");
				}
			}
		}
		Map<Note, Feedback> added = new LinkedHashMap<>();
		for (SharedNoteLink link : links.values()) {
			Feedback onNote = CasenotesFactory.eINSTANCE.createFeedback();
			onNote.setFormatVersion(feedback.getFormatVersion());
			onNote.setPacketId(feedback.getPacketId());
			onNote.setReviewer(feedback.getReviewer());
			onNote.setCreatedAt(feedback.getCreatedAt());
			onNote.setAssessment(feedback.getAssessment());
			onNote.setSummary(feedback.getSummary());
			added.put(link.getNote(), onNote);
		}
		for (ReviewComment comment : feedback.getComments()) {
			SharedNoteLink link = links.get(comment.getSharedId());
			if (link == null) {
				throw new PacketException(name + ": a comment refers to a note that was not in the packet; the feedback was not imported.");
			}
			Note note = link.getNote();
			int shared = comment.getSection();
			if (shared < 0 || shared >= link.getAlignments().size()) {
				throw new PacketException(name + ": a comment refers to a section that was not shared; the feedback was not imported.");
			}
			Alignment alignment;
			int section;
			try {
				alignment = Alignment.parse(link.getAlignments().get(shared));
				section = noteSection(link, shared);
			} catch (IllegalArgumentException e) {
				throw new PacketException("The record of packet " + packet.packetId() + " is damaged; the feedback was not imported.");
			}
			if (section >= note.getSections().size()) {
				throw new PacketException(name + ": a comment refers to a section that is no longer in the note; the feedback was not imported.");
			}
			String original = note.getSections().get(section).getText() == null ? "" : note.getSections().get(section).getText();
			if (comment.getStart() < 0 || comment.getStart() > comment.getEnd() || comment.getEnd() > alignment.sharedLength(original.length())) {
				throw new PacketException(name + ": a comment points outside the shared text; the feedback was not imported.");
			}
			// a note edited since it was shared (a draft) keeps the comment inside its text
			int start = Math.min(alignment.originalStart(comment.getStart()), original.length());
			int end = Math.max(start, Math.min(alignment.originalEnd(comment.getEnd()), original.length()));
			ReviewComment mapped = EcoreUtil.copy(comment);
			mapped.setSection(section);
			mapped.setStart(start);
			mapped.setEnd(end);
			mapped.setQuote(original.substring(start, end));
			added.get(note).getComments().add(mapped);
		}
		added.forEach((note, onNote) -> note.getFeedback().add(onNote));
		try {
			store.save();
			audit.append(actor(practice), "import", "packet " + packet.packetId(), "feedback, " + feedback.getComments().size()
					+ (feedback.getComments().size() == 1 ? " comment" : " comments") + " on " + added.size()
					+ (added.size() == 1 ? " note" : " notes"));
		} catch (StoreException e) {
			added.forEach((note, onNote) -> note.getFeedback().remove(onNote));
			undo(null);
			throw e;
		}
		return new FeedbackImport(feedback, new ArrayList<>(added.keySet()), feedback.getComments().size());
	}

	/**
	 * The index in the note of the link's shared section {@code shared}: recorded since sections could be chosen,
	 * the same index in older records, which shared every section.
	 *
	 * @throws IllegalArgumentException when the record's indexes do not match its sections
	 */
	private static int noteSection(SharedNoteLink link, int shared) {
		List<Integer> sections = link.getSections();
		if (sections.isEmpty()) {
			return shared;
		}
		if (sections.size() != link.getAlignments().size()) {
			throw new IllegalArgumentException("a section index per shared section");
		}
		int index = sections.get(shared);
		if (index < 0) {
			throw new IllegalArgumentException("a section index is not negative");
		}
		return index;
	}

	/** Who acts: the practice's practitioner, or the user of this computer when the practice names none. */
	private static String actor(Practice practice) {
		String id = practice.getPractitionerId();
		return id != null && !id.isBlank() ? id : System.getProperty("user.name", "the therapist");
	}
}
