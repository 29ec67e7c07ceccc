package org.ddmsportal.domain.agreement;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import lombok.Getter;
import org.ddmsportal.domain.shared.GeneratedIdEntity;

/**
 * The exact bytes of an agreement's PDF, never changed once stored: the one sent for signature
 * and the final one with its certificate of completion. The SHA-256 is what signatories confirm
 * and what verification compares.
 */
@Entity
@Table(name = "agreement_document")
public class AgreementDocument extends GeneratedIdEntity {

    @Column(name = "agreement_id", nullable = false, updatable = false)
    @Getter private Long agreementId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 10)
    @Getter private DocumentKind kind;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "sha256", nullable = false, updatable = false, length = 64)
    @Getter private String sha256;

    @Column(name = "created_at", nullable = false, updatable = false)
    @Getter private Instant createdAt;

    protected AgreementDocument() {
        // for JPA
    }

    public AgreementDocument(long agreementId, DocumentKind kind, byte[] content, Instant createdAt) {
        this.agreementId = agreementId;
        this.kind = Objects.requireNonNull(kind, "kind");
        this.content = content.clone();
        this.sha256 = sha256(content);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The lower-case hexadecimal SHA-256 of the bytes. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    public byte[] getContent() {
        return content.clone();
    }
}
