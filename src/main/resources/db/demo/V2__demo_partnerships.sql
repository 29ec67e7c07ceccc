-- Demo partnerships, one per country; the Serbian one is the proposal's example
-- (the statistical office and the electricity company forecasting electricity prices).

INSERT INTO partnership (title, lead_organisation_id, type, lead_resources, objectives, expected_value, start_date, end_date, notes, status, version, created_at, created_by, modified_at, modified_by)
SELECT 'Forecasting electricity prices for Belgrade', o.id, 'DATA_SHARING', 'SKILLS,STATISTICAL_DATA',
       'Combine household consumption data of the electricity company with official statistics to forecast electricity prices.',
       'Informs the City of Belgrade''s energy-poverty support scheme and its 2027 investment plan.',
       '2026-02-01', '2027-12-31', NULL, 'ACTIVE', 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo'
FROM organisation o WHERE o.code = 'RS-SORS';

INSERT INTO partnership (title, lead_organisation_id, type, lead_resources, objectives, expected_value, start_date, end_date, notes, status, version, created_at, created_by, modified_at, modified_by)
SELECT 'Mobility statistics for Poznań', o.id, 'JOINT_ANALYTICS', 'STATISTICAL_DATA,GEOSPATIAL_DATA',
       'Daily commuting flows from public transport and mobile network data.',
       'Supports the city''s sustainable urban mobility plan.',
       NULL, NULL, NULL, 'NEGOTIATING', 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo'
FROM organisation o WHERE o.code = 'PL-GUS-POZ';

INSERT INTO partnership (title, lead_organisation_id, type, lead_resources, objectives, expected_value, start_date, end_date, notes, status, version, created_at, created_by, modified_at, modified_by)
SELECT 'Energy efficiency of housing in Milan', o.id, 'STRATEGIC', 'EXPERTISE',
       'Indicators of the energy performance of the housing stock by district.',
       'Targets the city''s renovation subsidies.',
       NULL, NULL, NULL, 'PROPOSED', 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo'
FROM organisation o WHERE o.code = 'IT-ISTAT-LOM';

INSERT INTO partnership_partner (partnership_id, organisation_id, role, resources)
SELECT p.id, o.id, r.role, r.resources FROM partnership p
JOIN (SELECT 'Forecasting electricity prices for Belgrade' AS title, 'RS-EPS' AS code, 'DATA_PROVIDER' AS role, 'STATISTICAL_DATA,INFRASTRUCTURE' AS resources
      UNION ALL SELECT 'Forecasting electricity prices for Belgrade', 'RS-BEG', 'USER_OF_RESULTS', NULL
      UNION ALL SELECT 'Mobility statistics for Poznań', 'PL-POZ', 'DATA_PROVIDER', 'STATISTICAL_DATA'
      UNION ALL SELECT 'Mobility statistics for Poznań', 'PL-UEP', 'EXPERTISE', 'SKILLS,EXPERTISE'
      UNION ALL SELECT 'Energy efficiency of housing in Milan', 'IT-MIL', 'USER_OF_RESULTS', NULL
      UNION ALL SELECT 'Energy efficiency of housing in Milan', 'IT-A2A', 'DATA_PROVIDER', 'STATISTICAL_DATA') r
  ON r.title = p.title
JOIN organisation o ON o.code = r.code;

INSERT INTO partnership_domain (partnership_id, domain_id)
SELECT p.id, d.id FROM partnership p
JOIN (SELECT 'Forecasting electricity prices for Belgrade' AS title, 'ENERGY' AS code
      UNION ALL SELECT 'Forecasting electricity prices for Belgrade', 'LOCAL_ECONOMY'
      UNION ALL SELECT 'Mobility statistics for Poznań', 'MOBILITY'
      UNION ALL SELECT 'Energy efficiency of housing in Milan', 'ENERGY'
      UNION ALL SELECT 'Energy efficiency of housing in Milan', 'HOUSING') r ON r.title = p.title
JOIN policy_domain d ON d.code = r.code;
