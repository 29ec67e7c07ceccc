-- Demo case studies: Poznań and Milan published (on the showcase, in the feed and the search),
-- Belgrade in draft for the Serbian manager to submit; lessons learned with facets.

INSERT INTO case_study (country_id, slug, language, title, summary, motivation, organisational_context, data_context,
    approach, results, decision_impact, next_steps, search_text, status, owner_email, reviewer, reviewer_name,
    reviewer_email, rubric_sections_complete, rubric_plain_language, rubric_self_contained, rubric_decision_impact,
    submissions, published_at, version, created_at, created_by, modified_at, modified_by)
SELECT c.id, x.slug, 'en', x.title, x.summary, x.motivation, x.org, x.data, x.approach, x.results, x.impact, x.next,
    CONCAT_WS('\n', x.title, x.summary, x.motivation, x.org, x.data, x.approach, x.results, x.impact, x.next),
    x.status, x.owner, x.reviewer, x.reviewer_name, x.reviewer_email, x.met, x.met, x.met, x.met, x.subs,
    x.published, 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo'
FROM country c JOIN (
    SELECT 'PL' AS country, 'pl-mobility-statistics-for-poznan' AS slug,
        'Mobility statistics for Poznań: commuting flows from bus and mobile-network data' AS title,
        'Statistics Poland and the City of Poznań estimated daily commuting flows between districts to redesign three bus lines. Mobile-network data stalled for months in the collection phase; smart-card data from the city''s transport company carried the pilot.' AS summary,
        'Poznań''s transport authority had to decide which bus lines to reorganise in **2026** and had no recent origin–destination data: the last household travel survey dated from 2013.' AS motivation,
        'The regional statistical office in Poznań led the work with the city''s transport authority and the University of Economics, which contributed methods. A steering group met monthly.' AS org,
        'Smart-card validations (anonymised by the transport company), census commuting flows, and — as planned — aggregated mobile-network data, which could not be obtained in time.' AS data,
        'Origin–destination matrices from smart-card tap-ins with trip chaining; calibration against census flows; a gravity model for districts without validations.' AS approach,
        'District-to-district commuting matrices for working days, published as experimental statistics. Planned: mobile-network based matrices — not achieved.' AS results,
        'The city council''s transport committee used the matrices to reorganise lines 164, 174 and 190 in September 2026 (resolution of 12 June 2026).' AS impact,
        'Sign a data-sharing agreement with a mobile operator, with clearance of publications; repeat the matrices every year.' AS next,
        'PUBLISHED' AS status, 'piotr.kowalski@demo.stat.gov.pl' AS owner, 'coordinator' AS reviewer, 'Claire Martin' AS reviewer_name,
        'claire.martin@demo.unece.org' AS reviewer_email, TRUE AS met, 2 AS subs, TIMESTAMP '2026-10-05 09:00:00' AS published
    UNION ALL SELECT 'IT', 'it-energy-efficiency-of-housing-in-milan',
        'Energy efficiency of housing in Milan: where renovation subsidies matter most',
        'Istat, the City of Milan and the energy utility A2A combined metered consumption with building registers to find the neighbourhoods where renovation subsidies would save most energy.',
        'Milan planned a renovation subsidy scheme and needed to target it at the least efficient housing.',
        'Istat led with the city''s energy office; A2A provided data under a data-sharing agreement.',
        'Metered gas and electricity consumption by building (A2A), building register, energy performance certificates.',
        'Gradient-boosted regression of consumption per square metre on building characteristics; small-area estimates by neighbourhood.',
        'A map of expected savings per euro of subsidy for 88 neighbourhoods.',
        'The city targeted the first call of the subsidy scheme at 12 neighbourhoods (council decision of 3 March 2026).',
        'Evaluate the savings after the first heating season.',
        'PUBLISHED', 'giulia.rossi@demo.istat.it', 'coordinator', 'Claire Martin', 'claire.martin@demo.unece.org', TRUE, 1,
        TIMESTAMP '2026-09-14 10:30:00'
    UNION ALL SELECT 'RS', 'rs-forecasting-household-electricity-prices-for-belgrade',
        'Forecasting household electricity prices for Belgrade',
        'The Statistical Office of Serbia, the City of Belgrade and Elektroprivreda Srbije forecast household electricity prices to size the city''s energy-poverty support scheme.',
        'Belgrade''s energy-poverty support scheme needs a forecast of household electricity bills by municipality.',
        'SORS leads; the city is the user of the results; EPS provides hourly consumption data.',
        'Hourly household consumption by municipality and tariff group (EPS), household budget survey.',
        NULL, NULL, NULL, NULL,
        'DRAFT', 'ana.petrovic@demo.stat.gov.rs', NULL, NULL, NULL, FALSE, 0, NULL
) x ON x.country = c.iso_alpha2;

INSERT INTO case_study_partnership (case_study_id, partnership_id)
SELECT cs.id, p.id FROM case_study cs JOIN partnership p ON
    (cs.slug = 'pl-mobility-statistics-for-poznan' AND p.title = 'Mobility statistics for Poznań')
 OR (cs.slug = 'it-energy-efficiency-of-housing-in-milan' AND p.title = 'Energy efficiency of housing in Milan')
 OR (cs.slug = 'rs-forecasting-household-electricity-prices-for-belgrade' AND p.title = 'Forecasting electricity prices for Belgrade');

INSERT INTO case_study_pilot (case_study_id, pilot_id)
SELECT cs.id, p.id FROM case_study cs, pilot p
WHERE cs.slug = 'rs-forecasting-household-electricity-prices-for-belgrade' AND p.title LIKE 'Forecasting household electricity%';

INSERT INTO case_study_submission (case_study_id, number, title, summary, motivation, organisational_context, data_context,
    approach, results, decision_impact, next_steps, submitted_at, submitted_by)
SELECT cs.id, n.n, cs.title, cs.summary, cs.motivation, cs.organisational_context, cs.data_context, cs.approach,
    cs.results, cs.decision_impact, cs.next_steps, TIMESTAMP '2026-09-01 08:00:00' + INTERVAL n.n DAY, 'demo'
FROM case_study cs JOIN (SELECT 1 AS n UNION ALL SELECT 2) n ON n.n <= cs.submissions;

INSERT INTO lesson (country_id, case_study_id, partnership_id, pilot_id, category, text, gsbpm_phase_id, source_kind,
    partner_sector_id, domain_id, ml_technique, version, created_at, created_by, modified_at, modified_by)
SELECT cs.country_id, cs.id, NULL, NULL, x.category, x.text,
    (SELECT id FROM gsbpm_phase WHERE code = x.phase), x.source_kind,
    (SELECT id FROM organisation_type WHERE code = x.sector), (SELECT id FROM policy_domain WHERE code = x.domain),
    x.ml, 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo'
FROM case_study cs JOIN (
    SELECT 'pl-mobility-statistics-for-poznan' AS slug, 'OBSTACLE' AS category,
        'Mobile-network data stalled in the Collect phase for five months: the operator''s lawyers needed a signed data-sharing agreement with a publication clause before any extract.' AS text,
        '4' AS phase, 'BIG_DATA' AS source_kind, 'PRIVATE' AS sector, 'MOBILITY' AS domain, 'NONE' AS ml
    UNION ALL SELECT 'pl-mobility-statistics-for-poznan', 'SUCCESS_FACTOR',
        'Smart-card validations from the city''s own transport company were available within weeks, because the city was a partner from the start.',
        '4', 'ADMINISTRATIVE', 'MUNICIPALITY', 'MOBILITY', 'NONE'
    UNION ALL SELECT 'pl-mobility-statistics-for-poznan', 'RECOMMENDATION',
        'Start negotiating with data holders during the Design phase, with a model agreement, not after the methods are built.',
        '2', 'BIG_DATA', 'PRIVATE', 'MOBILITY', NULL
    UNION ALL SELECT 'it-energy-efficiency-of-housing-in-milan', 'PLANNED_VS_ACHIEVED',
        'Planned: savings estimates for every building. Achieved: estimates by neighbourhood, because building-level results would have disclosed individual consumption.',
        '6', 'ADMINISTRATIVE', 'UTILITY', 'ENERGY', 'REGRESSION'
    UNION ALL SELECT 'it-energy-efficiency-of-housing-in-milan', 'SUCCESS_FACTOR',
        'A gradient-boosted regression explained consumption far better than the engineering model the city used before.',
        '6', 'ADMINISTRATIVE', 'UTILITY', 'HOUSING', 'REGRESSION'
    UNION ALL SELECT 'rs-forecasting-household-electricity-prices-for-belgrade', 'STILL_TO_ACHIEVE',
        'The data-sharing agreement with EPS must be signed before hourly consumption can be collected.',
        '4', 'ADMINISTRATIVE', 'UTILITY', 'ENERGY', 'TIME_SERIES'
) x ON x.slug = cs.slug;

INSERT INTO lesson (country_id, case_study_id, partnership_id, pilot_id, category, text, gsbpm_phase_id, source_kind,
    partner_sector_id, domain_id, ml_technique, version, created_at, created_by, modified_at, modified_by)
SELECT c.id, NULL, NULL, p.id, 'OBSTACLE',
    'The city''s energy-poverty register uses its own district codes; a correspondence table to statistical municipalities had to be built first.',
    (SELECT id FROM gsbpm_phase WHERE code = '5'), 'ADMINISTRATIVE', (SELECT id FROM organisation_type WHERE code = 'MUNICIPALITY'),
    (SELECT id FROM policy_domain WHERE code = 'ENERGY'), NULL, 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo'
FROM pilot p JOIN country c ON c.iso_alpha2 = 'RS' WHERE p.title LIKE 'Forecasting household electricity%';
