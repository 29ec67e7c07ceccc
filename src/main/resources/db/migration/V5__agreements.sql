-- Agreements (WP2): memoranda, data-sharing agreements and amendments, their parties and
-- signatures, the exact documents sent and signed, and the mail outbox.

CREATE TABLE agreement (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    reference              VARCHAR(20)   NOT NULL,
    kind                   VARCHAR(20)   NOT NULL,
    title                  VARCHAR(200)  NOT NULL,
    partnership_id         BIGINT        NOT NULL,
    country_code           CHAR(2)       NOT NULL,
    template_code          VARCHAR(40)   NOT NULL,
    status                 VARCHAR(40)   NOT NULL,
    amends_id              BIGINT,
    owner_email            VARCHAR(254),
    effective_date         DATE,
    expiry_date            DATE,
    renewal_notice_days    INT,
    review_date            DATE,
    -- structured data-sharing terms (TEXT: twenty 4,000-character fields exceed InnoDB's row size;
    -- the 4,000-character limit is enforced by Bean Validation at the application boundary)
    items_covered          TEXT,
    purposes               TEXT,
    legal_basis            TEXT,
    personal_data          BOOLEAN,
    personal_data_categories TEXT,
    confidentiality        VARCHAR(20),
    disclosure_control     TEXT,
    min_cell_count         INT,
    permitted_uses         TEXT,
    prohibited_uses        TEXT,
    access_method          VARCHAR(20),
    frequency              VARCHAR(200),
    retention_period       VARCHAR(200),
    deletion_duty          TEXT,
    breach_procedure       TEXT,
    proprietary_rights     TEXT,
    publication_allowed    BOOLEAN,
    publication_clearance  BOOLEAN,
    costs                  TEXT,
    term_text              TEXT,
    version                BIGINT        NOT NULL DEFAULT 0,
    created_at             DATETIME(6)   NOT NULL,
    created_by             VARCHAR(100)  NOT NULL,
    modified_at            DATETIME(6)   NOT NULL,
    modified_by            VARCHAR(100)  NOT NULL,
    CONSTRAINT uk_agreement_reference UNIQUE (reference),
    CONSTRAINT fk_agreement_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    CONSTRAINT fk_agreement_amends FOREIGN KEY (amends_id) REFERENCES agreement (id),
    CONSTRAINT fk_agreement_country FOREIGN KEY (country_code) REFERENCES country (iso_alpha2),
    INDEX ix_agreement_status (status),
    INDEX ix_agreement_title (title)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- One counter per country and year: references like RS-2026-0007, never reused.
CREATE TABLE agreement_counter (
    country_code CHAR(2) NOT NULL,
    year         INT     NOT NULL,
    last_number  INT     NOT NULL,
    PRIMARY KEY (country_code, year)
) ENGINE=InnoDB;

CREATE TABLE agreement_party (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    agreement_id    BIGINT        NOT NULL,
    organisation_id BIGINT        NOT NULL,
    contact_id      BIGINT,
    party_role      VARCHAR(10)   NOT NULL,
    sign_order      INT           NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    acted_at        DATETIME(6),
    acted_by        VARCHAR(100),
    ip_address      VARCHAR(64),
    user_agent      VARCHAR(500),
    document_sha256 CHAR(64),
    CONSTRAINT fk_aparty_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE,
    CONSTRAINT fk_aparty_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT fk_aparty_contact FOREIGN KEY (contact_id) REFERENCES contact (id),
    INDEX ix_aparty_contact (contact_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The exact bytes: SENT is the PDF the signatories see, FINAL the signed PDF with its
-- certificate of completion. Their SHA-256 is what verification compares.
CREATE TABLE agreement_document (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    agreement_id BIGINT      NOT NULL,
    kind         VARCHAR(10) NOT NULL,
    content      LONGBLOB    NOT NULL,
    sha256       CHAR(64)    NOT NULL,
    created_at   DATETIME(6) NOT NULL,
    CONSTRAINT fk_adoc_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id) ON DELETE CASCADE,
    CONSTRAINT uk_adoc UNIQUE (agreement_id, kind)
) ENGINE=InnoDB;

-- Mails are written here in the transaction that causes them and sent after commit; the
-- unique key makes a reminder a once-only event, also across restarts.
CREATE TABLE mail_outbox (
    id                     BIGINT AUTO_INCREMENT PRIMARY KEY,
    dedupe_key             VARCHAR(200)  NOT NULL,
    template               VARCHAR(60)   NOT NULL,
    recipients             VARCHAR(2000) NOT NULL,
    subject                VARCHAR(300)  NOT NULL,
    body                   MEDIUMTEXT    NOT NULL,
    attachment_document_id BIGINT,
    created_at             DATETIME(6)   NOT NULL,
    sent_at                DATETIME(6),
    attempts               INT           NOT NULL DEFAULT 0,
    last_error             VARCHAR(1000),
    CONSTRAINT uk_outbox_dedupe UNIQUE (dedupe_key),
    CONSTRAINT fk_outbox_document FOREIGN KEY (attachment_document_id) REFERENCES agreement_document (id),
    INDEX ix_outbox_unsent (sent_at, attempts)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
