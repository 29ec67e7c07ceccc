-- Pilots, datasets, indicators, observations and decisions (WP1), and the SDG framework table.

CREATE TABLE sdg_entry (
    code        VARCHAR(12)  NOT NULL PRIMARY KEY,
    level       VARCHAR(10)  NOT NULL,
    parent_code VARCHAR(12),
    title_en    TEXT         NOT NULL,
    title_fr    TEXT         NOT NULL,
    title_ru    TEXT         NOT NULL,
    sort_key    INT          NOT NULL,
    INDEX ix_sdg_level (level, sort_key)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- long texts are TEXT: five VARCHAR(4000) in utf8mb4 exceed InnoDB's 65,535-byte row limit
CREATE TABLE pilot (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    title               VARCHAR(200)  NOT NULL,
    city_id             BIGINT        NOT NULL,
    lead_id             BIGINT        NOT NULL,
    policy_question     TEXT,
    decision_text       TEXT,
    decision_body       VARCHAR(200),
    decision_due        DATE,
    goal_types          VARCHAR(200),
    statistical_methods TEXT,
    ml_technique        VARCHAR(200),
    ml_purpose          TEXT,
    status              VARCHAR(40)   NOT NULL,
    phase               INT           NOT NULL DEFAULT 1,
    version             BIGINT        NOT NULL DEFAULT 0,
    created_at          DATETIME(6)   NOT NULL,
    created_by          VARCHAR(100)  NOT NULL,
    modified_at         DATETIME(6)   NOT NULL,
    modified_by         VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_pilot_city FOREIGN KEY (city_id) REFERENCES organisation (id),
    CONSTRAINT fk_pilot_lead FOREIGN KEY (lead_id) REFERENCES organisation (id),
    INDEX ix_pilot_title (title)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pilot_domain (
    pilot_id  BIGINT NOT NULL,
    domain_id BIGINT NOT NULL,
    PRIMARY KEY (pilot_id, domain_id),
    CONSTRAINT fk_pildomain_pilot FOREIGN KEY (pilot_id) REFERENCES pilot (id) ON DELETE CASCADE,
    CONSTRAINT fk_pildomain_domain FOREIGN KEY (domain_id) REFERENCES policy_domain (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pilot_partnership (
    pilot_id       BIGINT NOT NULL,
    partnership_id BIGINT NOT NULL,
    PRIMARY KEY (pilot_id, partnership_id),
    CONSTRAINT fk_pilpart_pilot FOREIGN KEY (pilot_id) REFERENCES pilot (id) ON DELETE CASCADE,
    CONSTRAINT fk_pilpart_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pilot_partner (
    pilot_id        BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    PRIMARY KEY (pilot_id, organisation_id),
    CONSTRAINT fk_pilpartner_pilot FOREIGN KEY (pilot_id) REFERENCES pilot (id) ON DELETE CASCADE,
    CONSTRAINT fk_pilpartner_org FOREIGN KEY (organisation_id) REFERENCES organisation (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pilot_sdg (
    pilot_id BIGINT      NOT NULL,
    sdg_code VARCHAR(12) NOT NULL,
    PRIMARY KEY (pilot_id, sdg_code),
    CONSTRAINT fk_pilsdg_pilot FOREIGN KEY (pilot_id) REFERENCES pilot (id) ON DELETE CASCADE,
    CONSTRAINT fk_pilsdg_sdg FOREIGN KEY (sdg_code) REFERENCES sdg_entry (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE pilot_milestone (
    id       BIGINT AUTO_INCREMENT PRIMARY KEY,
    pilot_id BIGINT       NOT NULL,
    title    VARCHAR(200) NOT NULL,
    due      DATE,
    done_on  DATE,
    position INT          NOT NULL,
    CONSTRAINT fk_milestone_pilot FOREIGN KEY (pilot_id) REFERENCES pilot (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE dataset (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    title                VARCHAR(200)  NOT NULL,
    description          VARCHAR(4000),
    provider_id          BIGINT        NOT NULL,
    source_kind          VARCHAR(30)   NOT NULL,
    agreement_id         BIGINT,
    granularity          VARCHAR(30)   NOT NULL,
    territorial_coverage VARCHAR(200),
    time_from            DATE,
    time_to              DATE,
    periodicity          VARCHAR(30)   NOT NULL,
    confidentiality      VARCHAR(30)   NOT NULL,
    personal_data        BOOLEAN       NOT NULL DEFAULT FALSE,
    format               VARCHAR(30),
    access_url           VARCHAR(500),
    partnership_id       BIGINT,
    pilot_id             BIGINT,
    version              BIGINT        NOT NULL DEFAULT 0,
    created_at           DATETIME(6)   NOT NULL,
    created_by           VARCHAR(100)  NOT NULL,
    modified_at          DATETIME(6)   NOT NULL,
    modified_by          VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_dataset_provider FOREIGN KEY (provider_id) REFERENCES organisation (id),
    CONSTRAINT fk_dataset_agreement FOREIGN KEY (agreement_id) REFERENCES agreement (id),
    CONSTRAINT fk_dataset_partnership FOREIGN KEY (partnership_id) REFERENCES partnership (id),
    CONSTRAINT fk_dataset_pilot FOREIGN KEY (pilot_id) REFERENCES pilot (id),
    INDEX ix_dataset_title (title)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- datasets a pilot uses (its data sources)
CREATE TABLE pilot_dataset (
    pilot_id   BIGINT NOT NULL,
    dataset_id BIGINT NOT NULL,
    PRIMARY KEY (pilot_id, dataset_id),
    CONSTRAINT fk_pildata_pilot FOREIGN KEY (pilot_id) REFERENCES pilot (id) ON DELETE CASCADE,
    CONSTRAINT fk_pildata_dataset FOREIGN KEY (dataset_id) REFERENCES dataset (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE indicator (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(40)   NOT NULL,
    name_en         VARCHAR(200)  NOT NULL,
    name_fr         VARCHAR(200)  NOT NULL,
    name_ru         VARCHAR(200)  NOT NULL,
    country_id      BIGINT        NOT NULL,
    definition      VARCHAR(4000),
    unit            VARCHAR(60)   NOT NULL,
    sdg_code        VARCHAR(12),
    methodology     VARCHAR(4000),
    pilot_id        BIGINT,
    disaggregations VARCHAR(500),
    version         BIGINT        NOT NULL DEFAULT 0,
    created_at      DATETIME(6)   NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    modified_at     DATETIME(6)   NOT NULL,
    modified_by     VARCHAR(100)  NOT NULL,
    CONSTRAINT uk_indicator_code UNIQUE (code),
    CONSTRAINT fk_indicator_country FOREIGN KEY (country_id) REFERENCES country (id),
    CONSTRAINT fk_indicator_sdg FOREIGN KEY (sdg_code) REFERENCES sdg_entry (code),
    CONSTRAINT fk_indicator_pilot FOREIGN KEY (pilot_id) REFERENCES pilot (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE indicator_dataset (
    indicator_id BIGINT NOT NULL,
    dataset_id   BIGINT NOT NULL,
    PRIMARY KEY (indicator_id, dataset_id),
    CONSTRAINT fk_inddata_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE,
    CONSTRAINT fk_inddata_dataset FOREIGN KEY (dataset_id) REFERENCES dataset (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Observations are many (a million per import is expected): no audit columns per row, the
-- import that wrote them is audited instead.
CREATE TABLE observation (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    indicator_id   BIGINT         NOT NULL,
    territory_code VARCHAR(20)    NOT NULL,
    period         VARCHAR(20)    NOT NULL,
    obs_value      DECIMAL(20, 6) NOT NULL,
    status         CHAR(1)        NOT NULL,
    CONSTRAINT fk_observation_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id) ON DELETE CASCADE,
    CONSTRAINT uk_observation UNIQUE (indicator_id, territory_code, period)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE decision (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    title       VARCHAR(200)  NOT NULL,
    city_id     BIGINT        NOT NULL,
    decided_on  DATE          NOT NULL,
    body        VARCHAR(200)  NOT NULL,
    summary     VARCHAR(4000),
    link        VARCHAR(500),
    version     BIGINT        NOT NULL DEFAULT 0,
    created_at  DATETIME(6)   NOT NULL,
    created_by  VARCHAR(100)  NOT NULL,
    modified_at DATETIME(6)   NOT NULL,
    modified_by VARCHAR(100)  NOT NULL,
    CONSTRAINT fk_decision_city FOREIGN KEY (city_id) REFERENCES organisation (id),
    INDEX ix_decision_date (decided_on)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE decision_indicator (
    decision_id  BIGINT NOT NULL,
    indicator_id BIGINT NOT NULL,
    PRIMARY KEY (decision_id, indicator_id),
    CONSTRAINT fk_decind_decision FOREIGN KEY (decision_id) REFERENCES decision (id) ON DELETE CASCADE,
    CONSTRAINT fk_decind_indicator FOREIGN KEY (indicator_id) REFERENCES indicator (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE decision_pilot (
    decision_id BIGINT NOT NULL,
    pilot_id    BIGINT NOT NULL,
    PRIMARY KEY (decision_id, pilot_id),
    CONSTRAINT fk_decpil_decision FOREIGN KEY (decision_id) REFERENCES decision (id) ON DELETE CASCADE,
    CONSTRAINT fk_decpil_pilot FOREIGN KEY (pilot_id) REFERENCES pilot (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
