-- Demo data of WP1: the Belgrade pilot (electricity prices), its datasets — one governed by the
-- draft agreement RS-2026-0001, so it shows as "agreement not in force" until that is signed —,
-- two indicators with observations for the three pilot cities (chart, comparison, map), and a
-- decision of the City of Belgrade informed by them: the lineage runs from the partnership to it.

INSERT INTO pilot (title, city_id, lead_id, policy_question, decision_text, decision_body, decision_due, goal_types,
    statistical_methods, ml_technique, ml_purpose, status, phase, version, created_at, created_by, modified_at, modified_by)
SELECT 'Forecasting household electricity prices in Belgrade', city.id, nsi.id,
    'How will household electricity prices develop over the next three years, and which households will struggle to pay?',
    'Size and targeting of the city''s energy-poverty support scheme', 'City Assembly of Belgrade', '2027-03-31',
    'POLICY_MONITORING,INVESTMENT_PLAN',
    'Small-area estimation of consumption by municipality; seasonal adjustment of monthly series.',
    'Gradient-boosted trees', 'Forecast monthly consumption by municipality from weather, tariffs and calendar effects.',
    'RUNNING', 3, 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo'
FROM organisation city, organisation nsi WHERE city.code = 'RS-BEG' AND nsi.code = 'RS-SORS';

INSERT INTO pilot_domain (pilot_id, domain_id)
SELECT p.id, d.id FROM pilot p, policy_domain d WHERE p.title LIKE 'Forecasting household electricity%' AND d.code = 'ENERGY';
INSERT INTO pilot_partnership (pilot_id, partnership_id)
SELECT p.id, ps.id FROM pilot p, partnership ps WHERE p.title LIKE 'Forecasting household electricity%'
    AND ps.title = 'Forecasting electricity prices for Belgrade';
INSERT INTO pilot_partner (pilot_id, organisation_id)
SELECT p.id, o.id FROM pilot p, organisation o WHERE p.title LIKE 'Forecasting household electricity%' AND o.code = 'RS-EPS';
INSERT INTO pilot_sdg (pilot_id, sdg_code)
SELECT p.id, s.code FROM pilot p, sdg_entry s WHERE p.title LIKE 'Forecasting household electricity%' AND s.code IN ('7.1', '1.4');
INSERT INTO pilot_milestone (pilot_id, title, due, done_on, position)
SELECT p.id, x.title, x.due, x.done, x.pos FROM pilot p,
    (SELECT 'Data-sharing agreement with EPS signed' AS title, DATE '2026-12-15' AS due, CAST(NULL AS DATE) AS done, 0 AS pos
     UNION ALL SELECT 'First forecast presented to the City Assembly', DATE '2027-02-28', NULL, 1
     UNION ALL SELECT 'Methodology reviewed by the HLG-MOS', DATE '2026-10-31', DATE '2026-10-20', 2) x
WHERE p.title LIKE 'Forecasting household electricity%';

INSERT INTO dataset (title, description, provider_id, source_kind, agreement_id, granularity, territorial_coverage,
    time_from, time_to, periodicity, confidentiality, personal_data, format, access_url, partnership_id, pilot_id,
    version, created_at, created_by, modified_at, modified_by)
SELECT 'Household electricity consumption by municipality',
    'Hourly metered consumption of households, aggregated by Belgrade municipality and tariff group.',
    o.id, 'ADMINISTRATIVE', a.id, 'MUNICIPALITY', 'City of Belgrade (17 municipalities)', '2022-01-01', NULL,
    'MONTHLY', 'CONFIDENTIAL', FALSE, 'CSV', NULL, ps.id, NULL, 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo'
FROM organisation o, agreement a, partnership ps
WHERE o.code = 'RS-EPS' AND a.reference = 'RS-2026-0001' AND ps.title = 'Forecasting electricity prices for Belgrade';

INSERT INTO dataset (title, description, provider_id, source_kind, agreement_id, granularity, territorial_coverage,
    time_from, time_to, periodicity, confidentiality, personal_data, format, access_url, partnership_id, pilot_id,
    version, created_at, created_by, modified_at, modified_by)
SELECT 'Household Budget Survey: energy expenditure',
    'Household expenditure on electricity and heating, from the Household Budget Survey, by region.',
    o.id, 'SURVEY', NULL, 'REGION', 'Republic of Serbia', '2015-01-01', '2025-12-31',
    'ANNUAL', 'PUBLIC', FALSE, 'CSV', 'https://data.stat.gov.rs/hbs-energy.csv', NULL, NULL,
    0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo'
FROM organisation o WHERE o.code = 'RS-SORS';

INSERT INTO pilot_dataset (pilot_id, dataset_id)
SELECT p.id, d.id FROM pilot p, dataset d WHERE p.title LIKE 'Forecasting household electricity%'
    AND d.title IN ('Household electricity consumption by municipality', 'Household Budget Survey: energy expenditure');

INSERT INTO indicator (code, name_en, name_fr, name_ru, country_id, definition, unit, sdg_code, methodology, pilot_id,
    disaggregations, version, created_at, created_by, modified_at, modified_by)
SELECT 'RS-ELEC-PC', 'Household electricity consumption per inhabitant',
    'Consommation d''électricité des ménages par habitant', 'Потребление электроэнергии домохозяйствами на жителя',
    c.id, 'Electricity consumed by households in a year divided by the mid-year population.', 'kWh', '7.3.1',
    'Metered consumption (EPS) over population estimates (SORS).', p.id, 'municipality, tariff group',
    0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo'
FROM country c, pilot p WHERE c.iso_alpha2 = 'RS' AND p.title LIKE 'Forecasting household electricity%';

INSERT INTO indicator (code, name_en, name_fr, name_ru, country_id, definition, unit, sdg_code, methodology, pilot_id,
    disaggregations, version, created_at, created_by, modified_at, modified_by)
SELECT 'CITY-PT-ACCESS', 'Population with convenient access to public transport',
    'Population ayant aisément accès aux transports publics', 'Население с удобным доступом к общественному транспорту',
    c.id, 'Share of residents living within 500 m of a bus or tram stop (1 km of a rail station).', '%', '11.2.1',
    'UN-Habitat method: stops from the cities'' GTFS feeds, population grid from the census.', NULL, 'sex, age',
    0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo'
FROM country c WHERE c.iso_alpha2 = 'RS';

INSERT INTO indicator_dataset (indicator_id, dataset_id)
SELECT i.id, d.id FROM indicator i, dataset d WHERE i.code = 'RS-ELEC-PC'
    AND d.title IN ('Household electricity consumption by municipality', 'Household Budget Survey: energy expenditure');

INSERT INTO observation (indicator_id, territory_code, period, obs_value, status) VALUES
((SELECT id FROM indicator WHERE code = 'RS-ELEC-PC'), 'RS11', '2019', 1710, 'F'),
((SELECT id FROM indicator WHERE code = 'RS-ELEC-PC'), 'RS11', '2020', 1745, 'F'),
((SELECT id FROM indicator WHERE code = 'RS-ELEC-PC'), 'RS11', '2021', 1790, 'F'),
((SELECT id FROM indicator WHERE code = 'RS-ELEC-PC'), 'RS11', '2022', 1768, 'F'),
((SELECT id FROM indicator WHERE code = 'RS-ELEC-PC'), 'RS11', '2023', 1702, 'F'),
((SELECT id FROM indicator WHERE code = 'RS-ELEC-PC'), 'RS11', '2024', 1688, 'F'),
((SELECT id FROM indicator WHERE code = 'RS-ELEC-PC'), 'RS11', '2025', 1671, 'P'),
((SELECT id FROM indicator WHERE code = 'CITY-PT-ACCESS'), 'RS11', '2019', 71.0, 'F'),
((SELECT id FROM indicator WHERE code = 'CITY-PT-ACCESS'), 'RS11', '2020', 72.2, 'F'),
((SELECT id FROM indicator WHERE code = 'CITY-PT-ACCESS'), 'RS11', '2021', 73.4, 'F'),
((SELECT id FROM indicator WHERE code = 'CITY-PT-ACCESS'), 'RS11', '2022', 74.6, 'F'),
((SELECT id FROM indicator WHERE code = 'CITY-PT-ACCESS'), 'RS11', '2023', 75.8, 'F'),
((SELECT id FROM indicator WHERE code = 'CITY-PT-ACCESS'), 'RS11', '2024', 77.0, 'F'),
((SELECT id FROM indicator WHERE code = 'CITY-PT-ACCESS'), 'RS11', '2025', 78.2, 'P'),
((SELECT id FROM indicator WHERE code = 'CITY-PT-ACCESS'), '3064011', '2019', 78.5, 'F'),
((SELECT id FROM indicator WHERE code = 'CITY-PT-ACCESS'), '3064011', '2020', 79.3, 'F'),
((SELECT id FROM indicator WHERE code = 'CITY-PT-ACCESS'), '3064011', '2021', 80.1, 'F'),
((SELECT id FROM indicator WHERE code = 'CITY-PT-ACCESS'), '3064011', '2022', 80.9, 'F'),
((SELECT id FROM indicator WHERE code = 'CITY-PT-ACCESS'), '3064011', '2023', 81.7, 'F'),
((SELECT id FROM indicator WHERE code = 'CITY-PT-ACCESS'), '3064011', '2024', 82.5, 'F'),
((SELECT id FROM indicator WHERE code = 'CITY-PT-ACCESS'), '3064011', '2025', 83.3, 'P'),
((SELECT id FROM indicator WHERE code = 'CITY-PT-ACCESS'), '015146', '2019', 88.0, 'F'),
((SELECT id FROM indicator WHERE code = 'CITY-PT-ACCESS'), '015146', '2020', 88.4, 'F'),
((SELECT id FROM indicator WHERE code = 'CITY-PT-ACCESS'), '015146', '2021', 88.8, 'F'),
((SELECT id FROM indicator WHERE code = 'CITY-PT-ACCESS'), '015146', '2022', 89.2, 'F'),
((SELECT id FROM indicator WHERE code = 'CITY-PT-ACCESS'), '015146', '2023', 89.6, 'F'),
((SELECT id FROM indicator WHERE code = 'CITY-PT-ACCESS'), '015146', '2024', 90.0, 'F'),
((SELECT id FROM indicator WHERE code = 'CITY-PT-ACCESS'), '015146', '2025', 90.4, 'P');

INSERT INTO decision (title, city_id, decided_on, body, summary, link, version, created_at, created_by, modified_at, modified_by)
SELECT 'Energy-poverty support scheme 2027', o.id, '2026-10-15', 'City Assembly of Belgrade',
    'The scheme''s budget and eligibility threshold are set from the forecast household electricity consumption.',
    'https://www.beograd.rs/', 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo'
FROM organisation o WHERE o.code = 'RS-BEG';
INSERT INTO decision_indicator (decision_id, indicator_id)
SELECT d.id, i.id FROM decision d, indicator i WHERE d.title = 'Energy-poverty support scheme 2027' AND i.code = 'RS-ELEC-PC';
INSERT INTO decision_pilot (decision_id, pilot_id)
SELECT d.id, p.id FROM decision d, pilot p WHERE d.title = 'Energy-poverty support scheme 2027'
    AND p.title LIKE 'Forecasting household electricity%';
