package org.ddmsportal.domain.casestudy;

import java.util.List;
import java.util.Optional;
import org.ddmsportal.domain.shared.AggregateRepository;

/**
 * Case studies and what hangs on them (submissions, comments, attachments, clearances). Lists
 * are asked for by {@link CaseStudyCriteria}; sort: {@code title}, {@code country},
 * {@code status}, {@code modifiedAt}, {@code publishedAt}.
 */
public interface CaseStudyRepository extends AggregateRepository<CaseStudy, CaseStudyCriteria> {

    Optional<CaseStudy> findPublished(String slug);

    boolean slugTaken(String slug);

    /** The pilots published case studies tell about (the showcase's pilot summaries), the first 100 by title. */
    List<org.ddmsportal.domain.pilot.Pilot> publishedPilots();

    List<Submission> submissions(long caseStudyId);

    void addSubmission(Submission submission);

    List<ReviewComment> comments(long caseStudyId);

    Optional<ReviewComment> comment(long commentId);

    void addComment(ReviewComment comment);

    List<Attachment> attachments(long caseStudyId);

    /**
     * Locks the case study's row until the caller's transaction ends and reads it again, so that
     * what depends on its state and on what hangs on it (how many attachments it has) is decided by
     * one change at a time: two uploads at once cannot both take the last place, and an upload
     * cannot slip in after the case study was submitted.
     */
    void lock(CaseStudy caseStudy);

    Optional<Attachment> attachment(long attachmentId);

    /** Stores the attachment and its bytes together (in the caller's transaction). */
    void addAttachment(Attachment attachment, byte[] content);

    Optional<byte[]> content(long attachmentId);

    void removeAttachment(Attachment attachment);
}
