-- The owner (V25) of the entries written before it, for the parts that still exist: a stakeholder's
-- pilot, a lesson's case study, partnership or pilot. A part deleted before V25 keeps no owner: its
-- row is gone, and with it what it belonged to (its entries stay in the audit trail).
UPDATE audit_entry a JOIN pilot_stakeholder s ON a.entity_type = 'Stakeholder' AND a.entity_id = s.id
SET a.owner_type = 'Pilot', a.owner_id = s.pilot_id
WHERE a.owner_type IS NULL;

UPDATE audit_entry a JOIN lesson l ON a.entity_type = 'Lesson' AND a.entity_id = l.id
SET a.owner_type = CASE WHEN l.case_study_id IS NOT NULL THEN 'CaseStudy'
                        WHEN l.partnership_id IS NOT NULL THEN 'Partnership' ELSE 'Pilot' END,
    a.owner_id = COALESCE(l.case_study_id, l.partnership_id, l.pilot_id)
WHERE a.owner_type IS NULL;
