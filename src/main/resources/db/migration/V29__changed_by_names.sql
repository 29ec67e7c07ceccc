-- Who last changed a record, who stored an attachment and who wrote a guideline's revision are shown
-- by their name as well as their account ("Ana Petrović (manager.rs)"), as audit entries and lifecycle
-- events have been since V26: the name is kept beside the account when the change is made. Rows
-- written before this version have no name and go on showing the account alone.
ALTER TABLE organisation ADD COLUMN IF NOT EXISTS modified_by_name VARCHAR(200) NULL;
ALTER TABLE organisation_type ADD COLUMN IF NOT EXISTS modified_by_name VARCHAR(200) NULL;
ALTER TABLE policy_domain ADD COLUMN IF NOT EXISTS modified_by_name VARCHAR(200) NULL;
ALTER TABLE gsbpm_phase ADD COLUMN IF NOT EXISTS modified_by_name VARCHAR(200) NULL;
ALTER TABLE country ADD COLUMN IF NOT EXISTS modified_by_name VARCHAR(200) NULL;
ALTER TABLE contact ADD COLUMN IF NOT EXISTS modified_by_name VARCHAR(200) NULL;
ALTER TABLE partnership ADD COLUMN IF NOT EXISTS modified_by_name VARCHAR(200) NULL;
ALTER TABLE agreement ADD COLUMN IF NOT EXISTS modified_by_name VARCHAR(200) NULL;
ALTER TABLE pilot ADD COLUMN IF NOT EXISTS modified_by_name VARCHAR(200) NULL;
ALTER TABLE pilot_stakeholder ADD COLUMN IF NOT EXISTS modified_by_name VARCHAR(200) NULL;
ALTER TABLE dataset ADD COLUMN IF NOT EXISTS modified_by_name VARCHAR(200) NULL;
ALTER TABLE indicator ADD COLUMN IF NOT EXISTS modified_by_name VARCHAR(200) NULL;
ALTER TABLE decision ADD COLUMN IF NOT EXISTS modified_by_name VARCHAR(200) NULL;
ALTER TABLE case_study ADD COLUMN IF NOT EXISTS modified_by_name VARCHAR(200) NULL;
ALTER TABLE lesson ADD COLUMN IF NOT EXISTS modified_by_name VARCHAR(200) NULL;
ALTER TABLE guideline ADD COLUMN IF NOT EXISTS modified_by_name VARCHAR(200) NULL;
ALTER TABLE dissemination_activity ADD COLUMN IF NOT EXISTS modified_by_name VARCHAR(200) NULL;
ALTER TABLE case_study_attachment ADD COLUMN IF NOT EXISTS uploaded_by_name VARCHAR(200) NULL;
ALTER TABLE guideline_revision ADD COLUMN IF NOT EXISTS changed_by_name VARCHAR(200) NULL;
