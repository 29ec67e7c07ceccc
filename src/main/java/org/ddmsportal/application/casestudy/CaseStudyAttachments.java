package org.ddmsportal.application.casestudy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.ddmsportal.application.audit.AuditTrail;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.Clocks;
import org.ddmsportal.application.shared.InvalidInputException;
import org.ddmsportal.application.shared.NotFoundException;
import org.ddmsportal.domain.casestudy.Attachment;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.casestudy.CaseStudyPolicy;
import org.ddmsportal.domain.casestudy.CaseStudyRepository;
import org.ddmsportal.domain.shared.Actor;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A case study's attachments: PDF, PNG or JPEG files of at most the configured size, added and
 * removed by its authors while the text may change, read by whoever may read the case study.
 */
@ApplicationScoped
@Transactional
public class CaseStudyAttachments {

    @Inject
    CaseStudyQueries queries;

    @Inject
    CaseStudyRepository caseStudies;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "app.case-studies.attachment-max-mb", defaultValue = "10")
    int attachmentMaxMb;

    /** How many files a case study holds at most: each is up to the size above, and the case study is one document. */
    @Inject
    @ConfigProperty(name = "app.case-studies.attachment-max-count", defaultValue = "20")
    int attachmentMaxCount;

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Attachment> attachments(@NotNull Actor actor, long id) {
        return attachments(actor, queries.get(actor, id));
    }

    /** The attachments of a case study already loaded (the read rule checked on it, not read again). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Attachment> attachments(@NotNull Actor actor, @NotNull CaseStudy c) {
        queries.requireRead(actor, c);
        return caseStudies.attachments(c.getId());
    }

    public long maxAttachmentBytes() {
        return attachmentMaxMb * 1024L * 1024L;
    }

    /**
     * Stores an attachment if it is a PDF, PNG or JPEG of at most the configured size, the case
     * study has fewer than the configured number and not the same file already (by its SHA-256);
     * reads at most one byte more than allowed. Refused
     * files leave nothing behind. The file is read and checked first; the case study's state and
     * count are decided under its lock ({@link CaseStudyRepository#lock}), so uploads at once are
     * counted one after another.
     */
    public long attach(@NotNull Actor actor, long id, String fileName, @NotNull InputStream in) {
        CaseStudy c = queries.get(actor, id);
        mayAttach(actor, c);
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxAttachmentBytes() + 1));
        } catch (IOException e) {
            throw new InvalidInputException("error.attachment.unreadable");
        }
        if (bytes.length > maxAttachmentBytes()) {
            throw new InvalidInputException("error.attachment.tooLarge", attachmentMaxMb);
        }
        if (bytes.length == 0) {
            throw new InvalidInputException("error.attachment.empty");
        }
        String name = AttachmentRules.safeName(fileName);
        String type = AttachmentRules.contentType(name, bytes)
                .orElseThrow(() -> new InvalidInputException("error.attachment.type"));
        // the state and the count again, under the case study's lock: one upload at a time decides them
        caseStudies.lock(c);
        mayAttach(actor, c);
        List<Attachment> attached = caseStudies.attachments(c.getId());
        if (attached.size() >= attachmentMaxCount) {
            throw new InvalidInputException("error.attachment.tooMany", attachmentMaxCount);
        }
        // the same file twice (a second click, a file chosen again) would take a place for nothing
        String sha256 = sha256(bytes);
        for (Attachment same : attached) {
            if (same.getSha256().equals(sha256)) {
                throw new InvalidInputException("error.attachment.duplicate", same.getFileName());
            }
        }
        Attachment a = new Attachment(id, name, type, bytes.length, sha256, Clocks.stamp(clock), actor);
        caseStudies.addAttachment(a, bytes);
        audit.acted(actor, c, c.getTitle(), "attachment", name + " (" + bytes.length + " bytes, SHA-256 "
                + a.getSha256() + ")");
        return a.getId();
    }

    private static void mayAttach(Actor actor, CaseStudy c) {
        if (!CaseStudyPolicy.mayEdit(actor, c)) {
            throw CaseStudyPolicy.mayAuthor(actor, c) ? new InvalidInputException("error.caseStudy.notEditable")
                    : new AccessDeniedException();
        }
    }

    public void removeAttachment(@NotNull Actor actor, long id, long attachmentId) {
        CaseStudy c = queries.get(actor, id);
        if (!CaseStudyPolicy.mayEdit(actor, c)) {
            throw new AccessDeniedException();
        }
        Attachment a = caseStudies.attachment(attachmentId).filter(x -> x.getCaseStudyId() == id)
                .orElseThrow(NotFoundException::new);
        caseStudies.removeAttachment(a);
        audit.acted(actor, c, c.getTitle(), "attachment", "removed " + a.getFileName());
    }

    /** An attachment and its bytes, if the actor may read the case study (null actor: the public). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AttachmentFile> download(Actor actor, long attachmentId) {
        Optional<Attachment> a = caseStudies.attachment(attachmentId);
        if (a.isEmpty()) {
            return Optional.empty();
        }
        CaseStudy c = caseStudies.find(a.get().getCaseStudyId()).orElse(null);
        if (c == null || (actor == null ? !c.isPublished() : !CaseStudyPolicy.mayRead(actor, c))) {
            return Optional.empty();
        }
        return caseStudies.content(attachmentId).map(bytes -> new AttachmentFile(a.get(), bytes));
    }

    /** An attachment with its content. */
    public record AttachmentFile(Attachment attachment, byte[] content) {
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
