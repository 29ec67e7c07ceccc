-- Who last changed a record, who stored an attachment and who wrote a guideline's revision are shown
-- by their name as well as their account ("Ana Petrović (manager.rs)"), as audit entries and lifecycle
-- events have been since V26: the name is kept beside the account when the change is made. Rows
-- written before this version take the name the account last had in the audit trail (one pass
-- over audit_entry, then one join a table); an account the audit trail has never named keeps
-- showing alone.
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

CREATE TEMPORARY TABLE v29_actor_name (actor VARCHAR(100) NOT NULL PRIMARY KEY, actor_name VARCHAR(200) NOT NULL)
    ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
INSERT INTO v29_actor_name (actor, actor_name)
SELECT a.actor, a.actor_name
FROM audit_entry a
JOIN (SELECT actor, MAX(id) AS last_id FROM audit_entry WHERE actor_name IS NOT NULL GROUP BY actor) l ON l.last_id = a.id;
UPDATE organisation t JOIN v29_actor_name n ON n.actor = t.modified_by SET t.modified_by_name = n.actor_name WHERE t.modified_by_name IS NULL;
UPDATE organisation_type t JOIN v29_actor_name n ON n.actor = t.modified_by SET t.modified_by_name = n.actor_name WHERE t.modified_by_name IS NULL;
UPDATE policy_domain t JOIN v29_actor_name n ON n.actor = t.modified_by SET t.modified_by_name = n.actor_name WHERE t.modified_by_name IS NULL;
UPDATE gsbpm_phase t JOIN v29_actor_name n ON n.actor = t.modified_by SET t.modified_by_name = n.actor_name WHERE t.modified_by_name IS NULL;
UPDATE country t JOIN v29_actor_name n ON n.actor = t.modified_by SET t.modified_by_name = n.actor_name WHERE t.modified_by_name IS NULL;
UPDATE contact t JOIN v29_actor_name n ON n.actor = t.modified_by SET t.modified_by_name = n.actor_name WHERE t.modified_by_name IS NULL;
UPDATE partnership t JOIN v29_actor_name n ON n.actor = t.modified_by SET t.modified_by_name = n.actor_name WHERE t.modified_by_name IS NULL;
UPDATE agreement t JOIN v29_actor_name n ON n.actor = t.modified_by SET t.modified_by_name = n.actor_name WHERE t.modified_by_name IS NULL;
UPDATE pilot t JOIN v29_actor_name n ON n.actor = t.modified_by SET t.modified_by_name = n.actor_name WHERE t.modified_by_name IS NULL;
UPDATE pilot_stakeholder t JOIN v29_actor_name n ON n.actor = t.modified_by SET t.modified_by_name = n.actor_name WHERE t.modified_by_name IS NULL;
UPDATE dataset t JOIN v29_actor_name n ON n.actor = t.modified_by SET t.modified_by_name = n.actor_name WHERE t.modified_by_name IS NULL;
UPDATE indicator t JOIN v29_actor_name n ON n.actor = t.modified_by SET t.modified_by_name = n.actor_name WHERE t.modified_by_name IS NULL;
UPDATE decision t JOIN v29_actor_name n ON n.actor = t.modified_by SET t.modified_by_name = n.actor_name WHERE t.modified_by_name IS NULL;
UPDATE case_study t JOIN v29_actor_name n ON n.actor = t.modified_by SET t.modified_by_name = n.actor_name WHERE t.modified_by_name IS NULL;
UPDATE lesson t JOIN v29_actor_name n ON n.actor = t.modified_by SET t.modified_by_name = n.actor_name WHERE t.modified_by_name IS NULL;
UPDATE guideline t JOIN v29_actor_name n ON n.actor = t.modified_by SET t.modified_by_name = n.actor_name WHERE t.modified_by_name IS NULL;
UPDATE dissemination_activity t JOIN v29_actor_name n ON n.actor = t.modified_by SET t.modified_by_name = n.actor_name WHERE t.modified_by_name IS NULL;
UPDATE case_study_attachment t JOIN v29_actor_name n ON n.actor = t.uploaded_by SET t.uploaded_by_name = n.actor_name WHERE t.uploaded_by_name IS NULL;
UPDATE guideline_revision t JOIN v29_actor_name n ON n.actor = t.changed_by SET t.changed_by_name = n.actor_name WHERE t.changed_by_name IS NULL;
DROP TEMPORARY TABLE v29_actor_name;
