-- Communication (WP3): the guidelines and best-practices library with its revisions,
-- dissemination activities with attendance, and each pilot's stakeholder map.

CREATE TABLE guideline (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    slug        VARCHAR(120)  NOT NULL,
    title       VARCHAR(200)  NOT NULL,
    category    VARCHAR(40)   NOT NULL,
    language    CHAR(2)       NOT NULL,
    summary     TEXT,
    body        MEDIUMTEXT    NOT NULL,
    published   BOOLEAN       NOT NULL DEFAULT FALSE,
    revision    INT           NOT NULL DEFAULT 1,
    version     BIGINT        NOT NULL DEFAULT 0,
    created_at  DATETIME(6)   NOT NULL,
    created_by  VARCHAR(100)  NOT NULL,
    modified_at DATETIME(6)   NOT NULL,
    modified_by VARCHAR(100)  NOT NULL,
    CONSTRAINT uq_guideline_slug UNIQUE (slug),
    INDEX ix_guideline_category (category, published)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE guideline_revision (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    guideline_id BIGINT        NOT NULL,
    revision     INT           NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    body         MEDIUMTEXT    NOT NULL,
    note         VARCHAR(500),
    changed_at   DATETIME(6)   NOT NULL,
    changed_by   VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_gr_guideline FOREIGN KEY (guideline_id) REFERENCES guideline (id) ON DELETE CASCADE,
    CONSTRAINT uq_gr UNIQUE (guideline_id, revision)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE dissemination_activity (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind         VARCHAR(40)   NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    held_on      DATE          NOT NULL,
    place        VARCHAR(200),
    online       BOOLEAN       NOT NULL DEFAULT FALSE,
    audience     VARCHAR(500),
    outcome      TEXT,
    public_event BOOLEAN       NOT NULL DEFAULT FALSE,
    country_id   BIGINT,
    version      BIGINT        NOT NULL DEFAULT 0,
    created_at   DATETIME(6)   NOT NULL,
    created_by   VARCHAR(100)  NOT NULL,
    modified_at  DATETIME(6)   NOT NULL,
    modified_by  VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_da_country FOREIGN KEY (country_id) REFERENCES country (id),
    INDEX ix_da_date (held_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE activity_country (
    activity_id BIGINT NOT NULL,
    country_id  BIGINT NOT NULL,
    PRIMARY KEY (activity_id, country_id),
    CONSTRAINT fk_ac_activity FOREIGN KEY (activity_id) REFERENCES dissemination_activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_ac_country FOREIGN KEY (country_id) REFERENCES country (id)
) ENGINE=InnoDB;

CREATE TABLE activity_case_study (
    activity_id   BIGINT NOT NULL,
    case_study_id BIGINT NOT NULL,
    PRIMARY KEY (activity_id, case_study_id),
    CONSTRAINT fk_acs_activity FOREIGN KEY (activity_id) REFERENCES dissemination_activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_acs_cs FOREIGN KEY (case_study_id) REFERENCES case_study (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE activity_pilot (
    activity_id BIGINT NOT NULL,
    pilot_id    BIGINT NOT NULL,
    PRIMARY KEY (activity_id, pilot_id),
    CONSTRAINT fk_ap_activity FOREIGN KEY (activity_id) REFERENCES dissemination_activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_ap_pilot FOREIGN KEY (pilot_id) REFERENCES pilot (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE activity_indicator (
    activity_id  BIGINT NOT NULL,
    indicator_id BIGINT NOT NULL,
    PRIMARY KEY (activity_id, indicator_id),
    CONSTRAINT fk_ai_activity FOREIGN KEY (activity_id) REFERENCES dissemination_activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_ai_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE activity_attendance (
    activity_id     BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    attendees       INT    NOT NULL,
    PRIMARY KEY (activity_id, organisation_id),
    CONSTRAINT fk_aa_activity FOREIGN KEY (activity_id) REFERENCES dissemination_activity (id) ON DELETE CASCADE,
    CONSTRAINT fk_aa_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB;

CREATE TABLE pilot_stakeholder (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    pilot_id    BIGINT        NOT NULL,
    stakeholder VARCHAR(200)  NOT NULL,
    interest    VARCHAR(10)   NOT NULL,
    influence   VARCHAR(10)   NOT NULL,
    channel     VARCHAR(200),
    frequency   VARCHAR(100),
    key_message TEXT,
    version     BIGINT        NOT NULL DEFAULT 0,
    created_at  DATETIME(6)   NOT NULL,
    created_by  VARCHAR(100)  NOT NULL,
    modified_at DATETIME(6)   NOT NULL,
    modified_by VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_ps_pilot FOREIGN KEY (pilot_id) REFERENCES pilot (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
