-- Each open partnership's pipeline stage (1-6, PipelineStage) and computed status (ON_TRACK,
-- AT_RISK, OFF_TRACK; PartnershipHealth), written by the portal from the same SQL the dashboards
-- count with (PartnershipSignalsSql), so that the lists the dashboards' numbers open
-- (/app/partnerships?stage=..., ?health=...) filter on an indexed column instead of computing
-- both for every partnership on every request (issue 14: 3.9 requests/s for a coordinator's
-- "at risk" list at 20,000 partnerships). A derived table, not a record: it is rewritten whole
-- when the audit trail shows a committed change or the day changes (PartnershipSignalTable),
-- and may be emptied at any time. No foreign key: a partnership deleted before the next rewrite
-- only leaves a row no list joins to.
CREATE TABLE partnership_signal (
    partnership_id BIGINT      NOT NULL PRIMARY KEY,
    stage          TINYINT     NOT NULL,
    health         VARCHAR(10) NOT NULL,
    INDEX ix_partnership_signal_stage (stage),
    INDEX ix_partnership_signal_health (health)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
