package org.ddmsportal.domain.casestudy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import lombok.Getter;
import org.ddmsportal.domain.shared.GeneratedIdEntity;

/**
 * A comment on a section of a case study, made on a given submission; a reply names its parent.
 * Comments are never edited: the thread is the record of the review.
 */
@Entity
@Table(name = "case_study_comment")
@Getter
public class ReviewComment extends GeneratedIdEntity {

    /** Longest comment, in characters. */
    public static final int MAX_LENGTH = 4000;

    @Column(name = "case_study_id", nullable = false, updatable = false)
    private long caseStudyId;

    @Column(name = "parent_id", updatable = false)
    private Long parentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "section", nullable = false, updatable = false, length = 40)
    private Section section;

    @Column(name = "submission", nullable = false, updatable = false)
    private int submission;

    @Column(name = "body", nullable = false, updatable = false)
    private String body;

    @Column(name = "author", nullable = false, updatable = false, length = 100)
    private String author;

    @Column(name = "author_name", nullable = false, updatable = false, length = 200)
    private String authorName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ReviewComment() {
        // for JPA
    }

    public ReviewComment(long caseStudyId, Long parentId, Section section, int submission, String body, String author,
                         String authorName, Instant createdAt) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("comment is empty");
        }
        this.caseStudyId = caseStudyId;
        this.parentId = parentId;
        this.section = Objects.requireNonNull(section);
        this.submission = submission;
        this.body = body.strip();
        this.author = author;
        this.authorName = authorName;
        this.createdAt = createdAt;
    }
}
