-- Registry schema: reference data, organisations, contacts, audit trail.
-- Every editable table carries version (optimistic locking) and created/modified by/at.
-- Times are UTC, DATETIME(6).

CREATE TABLE country (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    iso_alpha2    CHAR(2)      NOT NULL,
    iso_alpha3    CHAR(3)      NOT NULL,
    iso_numeric   CHAR(3)      NOT NULL,
    name_en       VARCHAR(200) NOT NULL,
    name_fr       VARCHAR(200) NOT NULL,
    name_ru       VARCHAR(200) NOT NULL,
    unece_member  BOOLEAN      NOT NULL DEFAULT FALSE,
    version       BIGINT       NOT NULL DEFAULT 0,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    modified_at   DATETIME(6)  NOT NULL,
    modified_by   VARCHAR(100) NOT NULL,
    CONSTRAINT uk_country_alpha2 UNIQUE (iso_alpha2),
    CONSTRAINT uk_country_alpha3 UNIQUE (iso_alpha3),
    CONSTRAINT uk_country_numeric UNIQUE (iso_numeric)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE organisation_type (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    code        VARCHAR(40)  NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    name_fr     VARCHAR(200) NOT NULL,
    name_ru     VARCHAR(200) NOT NULL,
    sort_order  INT          NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    created_at  DATETIME(6)  NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    modified_at DATETIME(6)  NOT NULL,
    modified_by VARCHAR(100) NOT NULL,
    CONSTRAINT uk_organisation_type_code UNIQUE (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE gsbpm_phase LIKE organisation_type;
ALTER TABLE gsbpm_phase RENAME INDEX uk_organisation_type_code TO uk_gsbpm_phase_code;

CREATE TABLE policy_domain LIKE organisation_type;
ALTER TABLE policy_domain RENAME INDEX uk_organisation_type_code TO uk_policy_domain_code;

CREATE TABLE organisation (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    code             VARCHAR(20),
    name             VARCHAR(200)  NOT NULL,
    acronym          VARCHAR(40),
    type_id          BIGINT        NOT NULL,
    country_id       BIGINT        NOT NULL,
    parent_id        BIGINT,
    territorial_code VARCHAR(20),
    city             VARCHAR(200),
    latitude         DECIMAL(9, 6),
    longitude        DECIMAL(9, 6),
    website          VARCHAR(500),
    description      VARCHAR(4000),
    version          BIGINT        NOT NULL DEFAULT 0,
    created_at       DATETIME(6)   NOT NULL,
    created_by       VARCHAR(100)  NOT NULL,
    modified_at      DATETIME(6)   NOT NULL,
    modified_by      VARCHAR(100)  NOT NULL,
    CONSTRAINT uk_organisation_code UNIQUE (code),
    CONSTRAINT fk_organisation_type FOREIGN KEY (type_id) REFERENCES organisation_type (id),
    CONSTRAINT fk_organisation_country FOREIGN KEY (country_id) REFERENCES country (id),
    CONSTRAINT fk_organisation_parent FOREIGN KEY (parent_id) REFERENCES organisation (id),
    INDEX ix_organisation_name (name),
    INDEX ix_organisation_city (city)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE contact (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    full_name       VARCHAR(200) NOT NULL,
    email           VARCHAR(254) NOT NULL,
    phone           VARCHAR(40),
    position        VARCHAR(200),
    organisation_id BIGINT       NOT NULL,
    languages       VARCHAR(40),
    version         BIGINT       NOT NULL DEFAULT 0,
    created_at      DATETIME(6)  NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    modified_at     DATETIME(6)  NOT NULL,
    modified_by     VARCHAR(100) NOT NULL,
    CONSTRAINT uk_contact_email UNIQUE (email),
    CONSTRAINT fk_contact_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
    INDEX ix_contact_name (full_name)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE audit_entry (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    at           DATETIME(6)  NOT NULL,
    actor        VARCHAR(100) NOT NULL,
    entity_type  VARCHAR(40)  NOT NULL,
    entity_id    BIGINT       NOT NULL,
    entity_label VARCHAR(200),
    action       VARCHAR(10)  NOT NULL,
    changes      LONGTEXT     NOT NULL,
    INDEX ix_audit_entity (entity_type, entity_id, at),
    INDEX ix_audit_at (at),
    INDEX ix_audit_actor (actor)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
