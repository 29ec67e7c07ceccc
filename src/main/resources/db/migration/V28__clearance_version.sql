-- A partner's clearance is decided with the version its contact saw (optimistic locking, as every
-- editable record): a decision from a stale page no longer overwrites one made meanwhile.
ALTER TABLE case_study_clearance ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
