-- The name of who made a change or a lifecycle move, as the portal knew them at that moment
-- (the account's display name), shown instead of the account name; empty in older entries,
-- which show the account name.
ALTER TABLE audit_entry ADD COLUMN IF NOT EXISTS actor_name VARCHAR(200) NULL;
ALTER TABLE workflow_event ADD COLUMN IF NOT EXISTS actor_name VARCHAR(200) NULL;
