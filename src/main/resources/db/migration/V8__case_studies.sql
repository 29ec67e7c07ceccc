-- Case studies, their review (versions, comments, rubric, partner clearance), attachments and
-- lessons learned (WP2). Full-text indexes serve the cross-country search.

CREATE TABLE case_study (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    country_id               BIGINT        NOT NULL,
    slug                     VARCHAR(120)  NOT NULL,
    language                 CHAR(2)       NOT NULL,
    title                    VARCHAR(200)  NOT NULL,
    summary                  TEXT,
    motivation               MEDIUMTEXT,
    organisational_context   MEDIUMTEXT,
    data_context             MEDIUMTEXT,
    approach                 MEDIUMTEXT,
    results                  MEDIUMTEXT,
    decision_impact          MEDIUMTEXT,
    next_steps               MEDIUMTEXT,
    search_text              MEDIUMTEXT,
    status                   VARCHAR(40)   NOT NULL,
    owner_email              VARCHAR(254),
    reviewer                 VARCHAR(100),
    reviewer_name            VARCHAR(200),
    reviewer_email           VARCHAR(254),
    rubric_sections_complete BOOLEAN       NOT NULL DEFAULT FALSE,
    rubric_plain_language    BOOLEAN       NOT NULL DEFAULT FALSE,
    rubric_self_contained    BOOLEAN       NOT NULL DEFAULT FALSE,
    rubric_decision_impact   BOOLEAN       NOT NULL DEFAULT FALSE,
    rubric_note              TEXT,
    submissions              INT           NOT NULL DEFAULT 0,
    published_at             DATETIME(6),
    version                  BIGINT        NOT NULL DEFAULT 0,
    created_at               DATETIME(6)   NOT NULL,
    created_by               VARCHAR(100)  NOT NULL,
    modified_at              DATETIME(6)   NOT NULL,
    modified_by              VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_cs_country FOREIGN KEY (country_id) REFERENCES country (id),
    CONSTRAINT uq_cs_slug UNIQUE (slug),
    INDEX ix_cs_status (status, published_at),
    FULLTEXT INDEX ft_case_study (title, summary, search_text)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Translations of the title, summary and sections into other languages.
CREATE TABLE case_study_translation (
    case_study_id            BIGINT        NOT NULL,
    language                 CHAR(2)       NOT NULL,
    title                    VARCHAR(200)  NOT NULL,
    summary                  TEXT,
    motivation               MEDIUMTEXT,
    organisational_context   MEDIUMTEXT,
    data_context             MEDIUMTEXT,
    approach                 MEDIUMTEXT,
    results                  MEDIUMTEXT,
    decision_impact          MEDIUMTEXT,
    next_steps               MEDIUMTEXT,
    PRIMARY KEY (case_study_id, language),
    CONSTRAINT fk_cst_cs FOREIGN KEY (case_study_id) REFERENCES case_study (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE case_study_partnership (
    case_study_id  BIGINT NOT NULL,
    partnership_id BIGINT NOT NULL,
    PRIMARY KEY (case_study_id, partnership_id),
    CONSTRAINT fk_csp_cs FOREIGN KEY (case_study_id) REFERENCES case_study (id) ON DELETE CASCADE,
    CONSTRAINT fk_csp_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE case_study_pilot (
    case_study_id BIGINT NOT NULL,
    pilot_id      BIGINT NOT NULL,
    PRIMARY KEY (case_study_id, pilot_id),
    CONSTRAINT fk_cspi_cs FOREIGN KEY (case_study_id) REFERENCES case_study (id) ON DELETE CASCADE,
    CONSTRAINT fk_cspi_pilot FOREIGN KEY (pilot_id) REFERENCES pilot (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- What the reviewer saw: the content as it was at each submission.
CREATE TABLE case_study_submission (
    id                       BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_study_id            BIGINT        NOT NULL,
    number                   INT           NOT NULL,
    title                    VARCHAR(200)  NOT NULL,
    summary                  TEXT,
    motivation               MEDIUMTEXT,
    organisational_context   MEDIUMTEXT,
    data_context             MEDIUMTEXT,
    approach                 MEDIUMTEXT,
    results                  MEDIUMTEXT,
    decision_impact          MEDIUMTEXT,
    next_steps               MEDIUMTEXT,
    submitted_at             DATETIME(6)   NOT NULL,
    submitted_by             VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_css_cs FOREIGN KEY (case_study_id) REFERENCES case_study (id) ON DELETE CASCADE,
    CONSTRAINT uq_css_number UNIQUE (case_study_id, number)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Review comments, anchored to a section, threaded by parent.
CREATE TABLE case_study_comment (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_study_id BIGINT        NOT NULL,
    parent_id     BIGINT,
    section       VARCHAR(40)   NOT NULL,
    submission    INT           NOT NULL,
    body          TEXT          NOT NULL,
    author        VARCHAR(100)  NOT NULL,
    author_name   VARCHAR(200)  NOT NULL,
    created_at    DATETIME(6)   NOT NULL,
    CONSTRAINT fk_csc_cs FOREIGN KEY (case_study_id) REFERENCES case_study (id) ON DELETE CASCADE,
    CONSTRAINT fk_csc_parent FOREIGN KEY (parent_id) REFERENCES case_study_comment (id) ON DELETE CASCADE,
    INDEX ix_csc_cs (case_study_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Evidence: PDF and images. The bytes live in their own table so listing never loads them.
CREATE TABLE case_study_attachment (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_study_id BIGINT        NOT NULL,
    file_name     VARCHAR(200)  NOT NULL,
    content_type  VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    uploaded_at   DATETIME(6)   NOT NULL,
    uploaded_by   VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_csa_cs FOREIGN KEY (case_study_id) REFERENCES case_study (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE case_study_attachment_content (
    attachment_id BIGINT   NOT NULL PRIMARY KEY,
    content       LONGBLOB NOT NULL,
    CONSTRAINT fk_csac_att FOREIGN KEY (attachment_id) REFERENCES case_study_attachment (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- Clearance by a partner whose data-sharing agreement requires it before publication.
CREATE TABLE case_study_clearance (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_study_id   BIGINT        NOT NULL,
    agreement_id    BIGINT        NOT NULL,
    organisation_id BIGINT        NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    decided_by      VARCHAR(100),
    decided_name    VARCHAR(200),
    decided_at      DATETIME(6),
    comment         TEXT,
    CONSTRAINT fk_csl_cs FOREIGN KEY (case_study_id) REFERENCES case_study (id) ON DELETE CASCADE,
    CONSTRAINT fk_csl_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id),
    CONSTRAINT fk_csl_org FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT uq_csl UNIQUE (case_study_id, agreement_id, organisation_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Lessons learned, with the facets the cross-country search offers.
CREATE TABLE lesson (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    country_id        BIGINT        NOT NULL,
    case_study_id     BIGINT,
    partnership_id    BIGINT,
    pilot_id          BIGINT,
    category          VARCHAR(40)   NOT NULL,
    text              TEXT          NOT NULL,
    gsbpm_phase_id    BIGINT,
    source_kind       VARCHAR(40),
    partner_sector_id BIGINT,
    domain_id         BIGINT,
    ml_technique      VARCHAR(40),
    version           BIGINT        NOT NULL DEFAULT 0,
    created_at        DATETIME(6)   NOT NULL,
    created_by        VARCHAR(100)  NOT NULL,
    modified_at       DATETIME(6)   NOT NULL,
    modified_by       VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_lesson_country FOREIGN KEY (country_id) REFERENCES country (id),
    CONSTRAINT fk_lesson_cs FOREIGN KEY (case_study_id) REFERENCES case_study (id) ON DELETE CASCADE,
    CONSTRAINT fk_lesson_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id) ON DELETE CASCADE,
    CONSTRAINT fk_lesson_pilot FOREIGN KEY (pilot_id) REFERENCES pilot (id) ON DELETE CASCADE,
    CONSTRAINT fk_lesson_phase FOREIGN KEY (gsbpm_phase_id) REFERENCES gsbpm_phase (id),
    CONSTRAINT fk_lesson_sector FOREIGN KEY (partner_sector_id) REFERENCES organisation_type (id),
    CONSTRAINT fk_lesson_domain FOREIGN KEY (domain_id) REFERENCES policy_domain (id),
    FULLTEXT INDEX ft_lesson (text)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
