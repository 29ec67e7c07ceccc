-- The record whose history also shows an entry: a pilot for its stakeholders, a case study,
-- partnership or pilot for its lessons (Auditable.auditOwner). Empty for a record shown on its own.
ALTER TABLE audit_entry
    ADD COLUMN owner_type VARCHAR(40) NULL,
    ADD COLUMN owner_id   BIGINT      NULL,
    ADD INDEX ix_audit_owner (owner_type, owner_id, at);
