package org.ddmsportal.domain.casestudy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.GeneratedIdEntity;
import org.ddmsportal.domain.shared.Lengths;

/** Evidence attached to a case study (PDF or image): its name, type, size and SHA-256. */
@Entity
@Table(name = "case_study_attachment")
@Getter
public class Attachment extends GeneratedIdEntity {

    @Column(name = "case_study_id", nullable = false, updatable = false)
    private long caseStudyId;

    @Column(name = "file_name", nullable = false, updatable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, updatable = false, length = 100)
    private String uploadedBy;

    @Column(name = "uploaded_by_name", updatable = false, length = Lengths.NAME)
    private String uploadedByName;

    protected Attachment() {
        // for JPA
    }

    public Attachment(long caseStudyId, String fileName, String contentType, long sizeBytes, String sha256,
                      Instant uploadedAt, Actor uploadedBy) {
        this.caseStudyId = caseStudyId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy.username();
        this.uploadedByName = Actor.kept(uploadedBy.displayName(), Lengths.NAME);
    }

    /** Who stored it, as shown ({@link Actor#shown}): "Ana Petrović (manager.rs)", or the account alone. */
    public String getUploadedByShown() {
        return Actor.shown(uploadedBy, uploadedByName);
    }

    public boolean isImage() {
        return contentType.startsWith("image/");
    }
}
