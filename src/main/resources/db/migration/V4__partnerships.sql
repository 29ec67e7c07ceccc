-- Partnerships (WP2) and the events of every workflow.

CREATE TABLE partnership (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    title                VARCHAR(200)  NOT NULL,
    lead_organisation_id BIGINT        NOT NULL,
    type                 VARCHAR(30)   NOT NULL,
    lead_resources       VARCHAR(200),
    objectives           VARCHAR(4000),
    expected_value       VARCHAR(4000),
    start_date           DATE,
    end_date             DATE,
    notes                VARCHAR(4000),
    status               VARCHAR(40)   NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    created_at           DATETIME(6)   NOT NULL,
    created_by           VARCHAR(100)  NOT NULL,
    modified_at          DATETIME(6)   NOT NULL,
    modified_by          VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_partnership_lead FOREIGN KEY (lead_organisation_id) REFERENCES organisation (id),
    INDEX ix_partnership_title (title),
    INDEX ix_partnership_status (status)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE partnership_partner (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    partnership_id  BIGINT       NOT NULL,
    organisation_id BIGINT       NOT NULL,
    role            VARCHAR(30)  NOT NULL,
    resources       VARCHAR(200),
    CONSTRAINT fk_partner_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id) ON DELETE CASCADE,
    CONSTRAINT fk_partner_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    CONSTRAINT uk_partner UNIQUE (partnership_id, organisation_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE partnership_domain (
    partnership_id BIGINT NOT NULL,
    domain_id      BIGINT NOT NULL,
    PRIMARY KEY (partnership_id, domain_id),
    CONSTRAINT fk_pdomain_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id) ON DELETE CASCADE,
    CONSTRAINT fk_pdomain_domain FOREIGN KEY (domain_id) REFERENCES policy_domain (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE workflow_event (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    workflow        VARCHAR(40)   NOT NULL,
    subject_id      BIGINT        NOT NULL,
    transition_name VARCHAR(40)   NOT NULL,
    from_state      VARCHAR(40)   NOT NULL,
    to_state        VARCHAR(40)   NOT NULL,
    comment_text    VARCHAR(4000) NOT NULL,
    actor           VARCHAR(100)  NOT NULL,
    at              DATETIME(6)   NOT NULL,
    INDEX ix_workflow_event_subject (workflow, subject_id, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
