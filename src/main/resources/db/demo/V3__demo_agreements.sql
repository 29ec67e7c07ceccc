-- A demo data-sharing agreement of the Serbian partnership, complete and in draft: the NSI
-- manager can submit it for review and send it; the city's and the company's contacts sign.

INSERT INTO agreement_counter (country_code, year, last_number) VALUES ('RS', 2026, 1);

INSERT INTO agreement (reference, kind, title, partnership_id, country_code, template_code, status, owner_email,
    effective_date, expiry_date, renewal_notice_days, review_date,
    items_covered, purposes, legal_basis, personal_data, personal_data_categories, confidentiality,
    disclosure_control, min_cell_count, permitted_uses, prohibited_uses, access_method, frequency,
    retention_period, deletion_duty, breach_procedure, proprietary_rights, publication_allowed,
    publication_clearance, costs, term_text, version, created_at, created_by, modified_at, modified_by)
SELECT 'RS-2026-0001', 'DSA', 'Household electricity consumption for price forecasting', p.id, 'RS', 'dsa', 'DRAFT',
    'ana.petrovic@demo.stat.gov.rs', '2026-12-01', '2028-11-30', 90, '2027-12-01',
    'Hourly electricity consumption of households, aggregated by Belgrade municipality and tariff group, 2022 onwards.',
    'Forecasting household electricity prices for the city''s energy-poverty support scheme; official statistics on energy.',
    'Law on Official Statistics (Republic of Serbia), Art. 26; GDPR-equivalent national law, Art. 12(1)(5).',
    FALSE, NULL, 'CONFIDENTIAL', 'Cells with fewer than 10 households are suppressed; results at municipality level only.', 10,
    'Production of official statistics and of the price forecasts agreed in the partnership.',
    'Commercial use; any attempt to identify a household; transfer to third parties.',
    'SECURE_TRANSFER', 'Monthly, by the 10th of the following month', '5 years',
    'The statistical office deletes the microdata at the end of the retention period and confirms it in writing.',
    'The receiving party notifies the others within 72 hours of any breach and suspends transfers until it is resolved.',
    'The data remain the property of Elektroprivreda Srbije; results and methods belong to the statistical office.',
    TRUE, TRUE, 'Each party bears its own costs.', 'Renewable by amendment.',
    0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo'
FROM partnership p WHERE p.title = 'Forecasting electricity prices for Belgrade';

INSERT INTO agreement_party (agreement_id, organisation_id, contact_id, party_role, sign_order, status)
SELECT a.id, o.id, c.id, x.role, x.ord, 'PENDING'
FROM agreement a
JOIN (SELECT 'RS-BEG' AS org, 'jelena.nikolic@demo.beograd.rs' AS email, 'SIGNER' AS role, 1 AS ord
      UNION ALL SELECT 'RS-EPS', 'marko.jovanovic@demo.eps.rs', 'SIGNER', 2
      UNION ALL SELECT 'RS-SORS', 'ana.petrovic@demo.stat.gov.rs', 'COPY', 3) x
JOIN organisation o ON o.code = x.org
JOIN contact c ON c.email = x.email
WHERE a.reference = 'RS-2026-0001';
