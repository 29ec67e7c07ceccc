-- A dataset's country (the producing pilot city's, else the partnership lead's, else the
-- provider's) is stored, so that lists, the workspace and pickers filter by an index instead of
-- evaluating that rule over six joins for every row (issue 12: 3 s of database time per page at
-- 100,000 datasets). The application keeps it current (Dataset.locate, DatasetRepository.relocateFor).
ALTER TABLE dataset ADD COLUMN country_id BIGINT NULL;

UPDATE dataset d
    JOIN organisation pr ON pr.id = d.provider_id
    LEFT JOIN pilot pi ON pi.id = d.pilot_id
    LEFT JOIN organisation pic ON pic.id = pi.city_id
    LEFT JOIN partnership ps ON ps.id = d.partnership_id
    LEFT JOIN organisation psl ON psl.id = ps.lead_organisation_id
SET d.country_id = COALESCE(pic.country_id, psl.country_id, pr.country_id);

-- NULL-able for rows inserted by SQL without it (the demo data, bulk loads): the portal gives them
-- their country by the same rule when it starts (DatabaseSetup). No trigger: with a BEFORE INSERT
-- trigger that reads another table, MariaDB 11.4 refuses every many-row INSERT … SELECT.
ALTER TABLE dataset
    ADD CONSTRAINT fk_dataset_country FOREIGN KEY (country_id) REFERENCES country (id),
    ADD INDEX ix_dataset_country_title (country_id, title);
