package org.ddmsportal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ddmsportal.domain.casestudy.Attachment;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.casestudy.CaseStudyCriteria;
import org.ddmsportal.domain.casestudy.CaseStudyRepository;
import org.ddmsportal.domain.casestudy.ReviewComment;
import org.ddmsportal.domain.casestudy.Submission;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;

@ApplicationScoped
public class JpaCaseStudyRepository extends JpaStore implements CaseStudyRepository {

    private static final ListQuery<CaseStudy> LIST = ListQuery.from(CaseStudy.class, "cs",
            " FROM CaseStudy cs LEFT JOIN cs.country c",
            Map.of("title", "cs.content.title", "country", "c.alpha2", "status", "cs.status",
                    "modifiedAt", "cs.modifiedAt", "publishedAt", "cs.publishedAt"),
            "cs.modifiedAt DESC, cs.id", "cs.country");

    /**
     * The published, as the showcase and its search show them: in the reader's language, so with
     * their translations, read for the whole page in one statement (one per case study before: 12
     * of the showcase's 26 statements on the bench data set).
     */
    private static final ListQuery<CaseStudy> SHOWCASE_LIST = LIST.alsoBatching("cs.translations");

    @Override
    public Optional<CaseStudy> find(long id) {
        // with the clearances its page lists with their organisation and agreement: one statement, not two per clearance
        return em.createQuery("SELECT cs FROM CaseStudy cs JOIN FETCH cs.country"
                        + " LEFT JOIN FETCH cs.clearances cl WHERE cs.id = :id ORDER BY cl.id", CaseStudy.class)
                .setHint(JpqlWhere.LEFT_FETCH, "cs.clearances.organisation").setHint(JpqlWhere.LEFT_FETCH, "cs.clearances.agreement")
                .setParameter("id", id).getResultList().stream().findFirst();
    }

    @Override
    public Optional<CaseStudy> findPublished(String slug) {
        return em.createQuery("SELECT cs FROM CaseStudy cs JOIN FETCH cs.country WHERE cs.slug = :slug"
                        + " AND cs.status = :published", CaseStudy.class)
                .setParameter("slug", slug).setParameter("published", CaseStudy.PUBLISHED)
                .getResultList().stream().findFirst();
    }

    @Override
    public boolean slugTaken(String slug) {
        return count("SELECT COUNT(cs) FROM CaseStudy cs WHERE cs.slug = :slug", "slug", slug) > 0;
    }

    @Override
    public Page<CaseStudy> search(CaseStudyCriteria criteria, PageRequest page) {
        String visibleTo = criteria.visibleCountry();
        JpqlWhere where = new JpqlWhere()
                .contains(criteria.text(), "cs.content.title", "cs.content.summary")
                .contains(criteria.title(), "cs.content.title")
                .equal(criteria.country(), "c.alpha2")
                .equal(criteria.status(), "cs.status")
                .equal(criteria.reviewer(), "cs.reviewer")
                .condition(visibleTo == null ? null : visibleTo.toUpperCase(Locale.ROOT), CaseStudy.PUBLISHED,
                        "c.alpha2 = :%1$s OR cs.status = :%2$s")
                .condition(criteria.onlyPublished() ? CaseStudy.PUBLISHED : null, "cs.status = :%1$s")
                .condition(criteria.pilotId(),
                        "EXISTS (SELECT p FROM CaseStudy c2 JOIN c2.pilots p WHERE c2 = cs AND p.id = :%1$s)")
                .condition(criteria.partnershipId(),
                        "EXISTS (SELECT p FROM CaseStudy c3 JOIN c3.partnerships p WHERE c3 = cs AND p.id = :%1$s)")
                .condition(criteria.clearanceBy(),
                        "EXISTS (SELECT cl FROM Clearance cl WHERE cl.caseStudy = cs AND cl.organisation.code = :%1$s"
                                + " AND cl.status = org.ddmsportal.domain.casestudy.ClearanceStatus.PENDING)");
        return (criteria.onlyPublished() ? SHOWCASE_LIST : LIST).page(em, where, page);
    }

    @Override
    public void add(CaseStudy caseStudy) {
        insert(caseStudy);
    }

    @Override
    public List<org.ddmsportal.domain.pilot.Pilot> publishedPilots() {
        return em.createQuery("SELECT p FROM Pilot p JOIN FETCH p.city WHERE EXISTS (SELECT cs FROM CaseStudy cs"
                        + " JOIN cs.pilots cp WHERE cp = p AND cs.status = :published) ORDER BY p.title",
                        org.ddmsportal.domain.pilot.Pilot.class)
                .setParameter("published", CaseStudy.PUBLISHED)
                .setMaxResults(100)   // the showcase lists them on one page: bounded
                .getResultList();
    }

    @Override
    public List<Submission> submissions(long caseStudyId) {
        return list("SELECT s FROM Submission s WHERE s.caseStudyId = :id ORDER BY s.number",
                Submission.class, "id", caseStudyId);
    }

    @Override
    public void addSubmission(Submission submission) {
        em.persist(submission);
    }

    @Override
    public List<ReviewComment> comments(long caseStudyId) {
        return list("SELECT c FROM ReviewComment c WHERE c.caseStudyId = :id ORDER BY c.createdAt, c.id",
                ReviewComment.class, "id", caseStudyId);
    }

    @Override
    public Optional<ReviewComment> comment(long commentId) {
        return byId(ReviewComment.class, commentId);
    }

    @Override
    public void addComment(ReviewComment comment) {
        insert(comment);
    }

    @Override
    public void lock(CaseStudy caseStudy) {
        em.refresh(caseStudy, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public List<Attachment> attachments(long caseStudyId) {
        return list("SELECT a FROM Attachment a WHERE a.caseStudyId = :id ORDER BY a.uploadedAt, a.id",
                Attachment.class, "id", caseStudyId);
    }

    @Override
    public Optional<Attachment> attachment(long attachmentId) {
        return byId(Attachment.class, attachmentId);
    }

    @Override
    public void addAttachment(Attachment attachment, byte[] content) {
        insert(attachment);
        em.createNativeQuery("INSERT INTO case_study_attachment_content (attachment_id, content) VALUES (?, ?)")
                .setParameter(1, attachment.getId()).setParameter(2, content).executeUpdate();
    }

    @Override
    public Optional<byte[]> content(long attachmentId) {
        List<?> rows = em.createNativeQuery("SELECT content FROM case_study_attachment_content WHERE attachment_id = ?")
                .setParameter(1, attachmentId).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((byte[]) rows.get(0));
    }

    @Override
    public void removeAttachment(Attachment attachment) {
        delete(attachment);
    }
}
