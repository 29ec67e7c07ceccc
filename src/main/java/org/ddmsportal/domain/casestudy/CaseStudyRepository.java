package org.ddmsportal.domain.casestudy;

import java.util.List;
import java.util.Optional;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;

/**
 * Case studies and what hangs on them (submissions, comments, attachments, clearances).
 * Search filters: {@code country}, {@code status}, {@code reviewer}, {@code title}; {@code visibleTo} = an alpha-2
 * country (its own in every state, others' published only), {@code reviewable} (every state but
 * draft), {@code published} (published only); {@code clearanceBy} = an organisation code with a
 * pending clearance.
 */
public interface CaseStudyRepository {

    Optional<CaseStudy> find(long id);

    Optional<CaseStudy> findPublished(String slug);

    boolean slugTaken(String slug);

    Page<CaseStudy> search(PageRequest request);

    void add(CaseStudy caseStudy);

    /** The pilots published case studies tell about (the showcase's pilot summaries), the first 100 by title. */
    List<org.ddmsportal.domain.pilot.Pilot> publishedPilots();

    List<Submission> submissions(long caseStudyId);

    void addSubmission(Submission submission);

    List<ReviewComment> comments(long caseStudyId);

    Optional<ReviewComment> comment(long commentId);

    void addComment(ReviewComment comment);

    List<Attachment> attachments(long caseStudyId);

    Optional<Attachment> attachment(long attachmentId);

    /** Stores the attachment and its bytes together (in the caller's transaction). */
    void addAttachment(Attachment attachment, byte[] content);

    Optional<byte[]> content(long attachmentId);

    void removeAttachment(Attachment attachment);
}
