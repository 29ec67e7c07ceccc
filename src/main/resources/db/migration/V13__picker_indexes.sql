-- Indexes for the autocomplete pickers (application.picker.PickerService, JpaPickerRepository).
-- A picker first asks for what starts with the typed text, within the user's country where the
-- picker is scoped to it, ordered by name and cut at 20 rows: each index below serves such a
-- query as one range read in order, so the query stops after 20 rows whatever the table's size.

-- Organisations of one country by name (pilot cities, leads, a contact's organisation, a parent).
CREATE INDEX ix_organisation_country_name ON organisation (country_id, name);

-- Organisations by acronym ("SORS", "EPS") and case studies by title (activities' links).
CREATE INDEX ix_organisation_acronym ON organisation (acronym);
CREATE INDEX ix_case_study_title ON case_study (title);
