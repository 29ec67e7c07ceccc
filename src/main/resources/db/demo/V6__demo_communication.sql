-- Demo communication: two published guidelines (one with two revisions) and a draft, public
-- and internal dissemination activities, and the Belgrade pilot's stakeholder map.

INSERT INTO guideline (slug, title, category, language, summary, body, published, revision, version, created_at, created_by, modified_at, modified_by) VALUES
('negotiating-access-to-privately-held-data', 'Negotiating access to privately held data', 'DATA_ACCESS', 'en',
 'How statistical offices and cities agree with companies on data for local decisions.',
 '## Start early\n\nOpen the conversation with the data holder in the **Design** phase, with a model agreement in hand.\n\n## Put it in writing\n\n- purposes and permitted uses\n- confidentiality and minimum cell counts\n- publication and clearance\n- retention and deletion\n\nSee the portal''s agreement checklist, built on the Contracts for Data Collaboration.',
 TRUE, 2, 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo'),
('writing-a-case-study-for-the-showcase', 'Writing a case study for the showcase', 'COMMUNICATION', 'en',
 'Plain language, self-contained, with evidence of impact on a decision.',
 'A good case study can be read on its own by a manager in another country.\n\n1. Say which decision it informed, and how you know.\n2. Tell what was planned and what was achieved.\n3. Keep methods short; link to documentation.',
 TRUE, 1, 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo'),
('small-area-estimation-for-cities', 'Small-area estimation for cities (draft)', 'METHODOLOGY', 'en', NULL,
 'Draft: methods for estimates below the level of survey design domains.',
 FALSE, 1, 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo');

INSERT INTO guideline_revision (guideline_id, revision, title, body, note, changed_at, changed_by)
SELECT g.id, 1, g.title, 'Open the conversation with the data holder early.', 'First version', TIMESTAMP '2026-06-01 09:00:00', 'demo'
FROM guideline g WHERE g.slug = 'negotiating-access-to-privately-held-data';
INSERT INTO guideline_revision (guideline_id, revision, title, body, note, changed_at, changed_by)
SELECT g.id, g.revision, g.title, g.body, CASE WHEN g.revision = 2 THEN 'Checklist added' ELSE 'First version' END,
    TIMESTAMP '2026-09-01 09:00:00', 'demo' FROM guideline g;

INSERT INTO dissemination_activity (kind, title, held_on, place, online, audience, outcome, public_event, country_id, version, created_at, created_by, modified_at, modified_by)
SELECT 'WEBINAR', 'Local data, local decisions: results of the pilots', DATE '2027-02-10', NULL, TRUE,
    'Statisticians and city officials of the UNECE region', NULL, TRUE, NULL, 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo'
UNION ALL SELECT 'SEMINAR', 'Mobility statistics for Poznań: what the bus data taught us', DATE '2026-10-20', 'Poznań', FALSE,
    'City transport authority, regional statistical office, university', 'The city asked for yearly updates of the matrices.',
    TRUE, c.id, 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo' FROM country c WHERE c.iso_alpha2 = 'PL'
UNION ALL SELECT 'MANAGEMENT_MEETING', 'Electricity price forecasts: briefing of SORS management', DATE '2026-11-05', 'Belgrade', FALSE,
    'SORS management board', 'Management supports signing the agreement with EPS.', FALSE, c.id, 0, UTC_TIMESTAMP(6), 'demo',
    UTC_TIMESTAMP(6), 'demo' FROM country c WHERE c.iso_alpha2 = 'RS';

INSERT INTO activity_country (activity_id, country_id)
SELECT a.id, c.id FROM dissemination_activity a JOIN country c
  ON (a.title LIKE 'Local data%' AND c.iso_alpha2 IN ('PL', 'IT', 'RS'))
  OR (a.title LIKE 'Mobility statistics%' AND c.iso_alpha2 = 'PL')
  OR (a.title LIKE 'Electricity price%' AND c.iso_alpha2 = 'RS');

INSERT INTO activity_case_study (activity_id, case_study_id)
SELECT a.id, cs.id FROM dissemination_activity a, case_study cs
WHERE a.title LIKE 'Mobility statistics%' AND cs.slug = 'pl-mobility-statistics-for-poznan';

INSERT INTO activity_pilot (activity_id, pilot_id)
SELECT a.id, p.id FROM dissemination_activity a, pilot p
WHERE a.title LIKE 'Electricity price%' AND p.title LIKE 'Forecasting household electricity%';

INSERT INTO activity_attendance (activity_id, organisation_id, attendees)
SELECT a.id, o.id, x.n FROM dissemination_activity a
JOIN (SELECT 'Mobility statistics%' AS t, 'PL-GUS-POZ' AS org, 6 AS n UNION ALL SELECT 'Mobility statistics%', 'PL-POZ', 14
      UNION ALL SELECT 'Mobility statistics%', 'PL-UEP', 3 UNION ALL SELECT 'Electricity price%', 'RS-SORS', 9) x ON a.title LIKE x.t
JOIN organisation o ON o.code = x.org;

INSERT INTO pilot_stakeholder (pilot_id, stakeholder, interest, influence, channel, frequency, key_message, version, created_at, created_by, modified_at, modified_by)
SELECT p.id, x.name, x.interest, x.influence, x.channel, x.freq, x.msg, 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo'
FROM pilot p JOIN (
    SELECT 'City Secretariat for Social Welfare' AS name, 'HIGH' AS interest, 'HIGH' AS influence, 'Steering group' AS channel,
        'Monthly' AS freq, 'Forecasts size the energy-poverty scheme before the budget is set.' AS msg
    UNION ALL SELECT 'Elektroprivreda Srbije', 'MEDIUM', 'HIGH', 'Bilateral meetings', 'Quarterly',
        'Aggregated results never disclose customers; the agreement protects your data.'
    UNION ALL SELECT 'Consumer associations', 'HIGH', 'LOW', 'Newsletter', 'Twice a year',
        'Official statistics help target support to households that need it.'
) x WHERE p.title LIKE 'Forecasting household electricity%';
