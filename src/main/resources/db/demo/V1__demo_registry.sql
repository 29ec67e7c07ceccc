-- Demo data: three countries, each with an NSI, a regional office, a pilot city and partners.
-- Loaded once (own history table) when app.demo-data=true. Never part of a production schema.

INSERT INTO organisation (code, name, acronym, type_id, country_id, parent_id, territorial_code, city, latitude, longitude, website, description, version, created_at, created_by, modified_at, modified_by)
SELECT 'UNECE', 'United Nations Economic Commission for Europe', 'UNECE', t.id, c.id, NULL, NULL, 'Geneva', 46.226700, 6.140500, 'https://unece.org', 'Secretariat of the HLG-MOS; coordinates the review of case studies.', 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo'
FROM organisation_type t, country c WHERE t.code = 'INTERNATIONAL' AND c.iso_alpha2 = 'CH';
INSERT INTO organisation (code, name, acronym, type_id, country_id, parent_id, territorial_code, city, latitude, longitude, website, description, version, created_at, created_by, modified_at, modified_by)
SELECT 'RS-SORS', 'Statistical Office of the Republic of Serbia', 'SORS', t.id, c.id, NULL, NULL, 'Belgrade', 44.808800, 20.463200, 'https://www.stat.gov.rs', 'National statistical institute of Serbia.', 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo'
FROM organisation_type t, country c WHERE t.code = 'NSI' AND c.iso_alpha2 = 'RS';
INSERT INTO organisation (code, name, acronym, type_id, country_id, parent_id, territorial_code, city, latitude, longitude, website, description, version, created_at, created_by, modified_at, modified_by)
SELECT 'RS-SORS-NS', 'SORS Regional Office Novi Sad', NULL, t.id, c.id, (SELECT p.id FROM organisation p WHERE p.code = 'RS-SORS'), NULL, 'Novi Sad', 45.255100, 19.845200, NULL, NULL, 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo'
FROM organisation_type t, country c WHERE t.code = 'NSI_REGIONAL' AND c.iso_alpha2 = 'RS';
INSERT INTO organisation (code, name, acronym, type_id, country_id, parent_id, territorial_code, city, latitude, longitude, website, description, version, created_at, created_by, modified_at, modified_by)
SELECT 'RS-BEG', 'City of Belgrade', NULL, t.id, c.id, NULL, 'RS11', 'Belgrade', 44.786600, 20.448900, 'https://www.beograd.rs', 'Pilot city of the Serbian partnership.', 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo'
FROM organisation_type t, country c WHERE t.code = 'MUNICIPALITY' AND c.iso_alpha2 = 'RS';
INSERT INTO organisation (code, name, acronym, type_id, country_id, parent_id, territorial_code, city, latitude, longitude, website, description, version, created_at, created_by, modified_at, modified_by)
SELECT 'RS-EPS', 'Elektroprivreda Srbije', 'EPS', t.id, c.id, NULL, NULL, 'Belgrade', 44.812000, 20.459000, 'https://www.eps.rs', 'Electricity company; shares consumption data to forecast electricity prices.', 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo'
FROM organisation_type t, country c WHERE t.code = 'UTILITY' AND c.iso_alpha2 = 'RS';
INSERT INTO organisation (code, name, acronym, type_id, country_id, parent_id, territorial_code, city, latitude, longitude, website, description, version, created_at, created_by, modified_at, modified_by)
SELECT 'RS-PKS', 'Chamber of Commerce and Industry of Serbia', 'PKS', t.id, c.id, NULL, NULL, 'Belgrade', 44.817000, 20.465000, 'https://pks.rs', NULL, 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo'
FROM organisation_type t, country c WHERE t.code = 'CHAMBER' AND c.iso_alpha2 = 'RS';
INSERT INTO organisation (code, name, acronym, type_id, country_id, parent_id, territorial_code, city, latitude, longitude, website, description, version, created_at, created_by, modified_at, modified_by)
SELECT 'PL-GUS', 'Statistics Poland', 'GUS', t.id, c.id, NULL, NULL, 'Warsaw', 52.218000, 21.005000, 'https://stat.gov.pl', 'National statistical institute of Poland.', 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo'
FROM organisation_type t, country c WHERE t.code = 'NSI' AND c.iso_alpha2 = 'PL';
INSERT INTO organisation (code, name, acronym, type_id, country_id, parent_id, territorial_code, city, latitude, longitude, website, description, version, created_at, created_by, modified_at, modified_by)
SELECT 'PL-GUS-POZ', 'Statistical Office in Poznań', NULL, t.id, c.id, (SELECT p.id FROM organisation p WHERE p.code = 'PL-GUS'), NULL, 'Poznań', 52.406400, 16.925200, 'https://poznan.stat.gov.pl', NULL, 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo'
FROM organisation_type t, country c WHERE t.code = 'NSI_REGIONAL' AND c.iso_alpha2 = 'PL';
INSERT INTO organisation (code, name, acronym, type_id, country_id, parent_id, territorial_code, city, latitude, longitude, website, description, version, created_at, created_by, modified_at, modified_by)
SELECT 'PL-POZ', 'City of Poznań', NULL, t.id, c.id, NULL, '3064011', 'Poznań', 52.408200, 16.934000, 'https://www.poznan.pl', 'Pilot city for mobility statistics.', 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo'
FROM organisation_type t, country c WHERE t.code = 'MUNICIPALITY' AND c.iso_alpha2 = 'PL';
INSERT INTO organisation (code, name, acronym, type_id, country_id, parent_id, territorial_code, city, latitude, longitude, website, description, version, created_at, created_by, modified_at, modified_by)
SELECT 'PL-UEP', 'Poznań University of Economics and Business', 'PUEB', t.id, c.id, NULL, NULL, 'Poznań', 52.411400, 16.901200, 'https://ue.poznan.pl', NULL, 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo'
FROM organisation_type t, country c WHERE t.code = 'ACADEMIC' AND c.iso_alpha2 = 'PL';
INSERT INTO organisation (code, name, acronym, type_id, country_id, parent_id, territorial_code, city, latitude, longitude, website, description, version, created_at, created_by, modified_at, modified_by)
SELECT 'PL-AQN', 'Aquanet', 'AQN', t.id, c.id, NULL, NULL, 'Poznań', 52.395000, 16.935000, NULL, 'Water utility of the Poznań agglomeration.', 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo'
FROM organisation_type t, country c WHERE t.code = 'UTILITY' AND c.iso_alpha2 = 'PL';
INSERT INTO organisation (code, name, acronym, type_id, country_id, parent_id, territorial_code, city, latitude, longitude, website, description, version, created_at, created_by, modified_at, modified_by)
SELECT 'IT-ISTAT', 'Italian National Institute of Statistics', 'Istat', t.id, c.id, NULL, NULL, 'Rome', 41.901000, 12.495000, 'https://www.istat.it', 'National statistical institute of Italy.', 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo'
FROM organisation_type t, country c WHERE t.code = 'NSI' AND c.iso_alpha2 = 'IT';
INSERT INTO organisation (code, name, acronym, type_id, country_id, parent_id, territorial_code, city, latitude, longitude, website, description, version, created_at, created_by, modified_at, modified_by)
SELECT 'IT-ISTAT-LOM', 'Istat Regional Office for Lombardy', NULL, t.id, c.id, (SELECT p.id FROM organisation p WHERE p.code = 'IT-ISTAT'), NULL, 'Milan', 45.464200, 9.190000, NULL, NULL, 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo'
FROM organisation_type t, country c WHERE t.code = 'NSI_REGIONAL' AND c.iso_alpha2 = 'IT';
INSERT INTO organisation (code, name, acronym, type_id, country_id, parent_id, territorial_code, city, latitude, longitude, website, description, version, created_at, created_by, modified_at, modified_by)
SELECT 'IT-MIL', 'Comune di Milano', NULL, t.id, c.id, NULL, '015146', 'Milan', 45.466400, 9.190000, 'https://www.comune.milano.it', 'Pilot city for energy and housing indicators.', 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo'
FROM organisation_type t, country c WHERE t.code = 'MUNICIPALITY' AND c.iso_alpha2 = 'IT';
INSERT INTO organisation (code, name, acronym, type_id, country_id, parent_id, territorial_code, city, latitude, longitude, website, description, version, created_at, created_by, modified_at, modified_by)
SELECT 'IT-POLIMI', 'Politecnico di Milano', 'POLIMI', t.id, c.id, NULL, NULL, 'Milan', 45.478000, 9.227000, 'https://www.polimi.it', NULL, 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo'
FROM organisation_type t, country c WHERE t.code = 'ACADEMIC' AND c.iso_alpha2 = 'IT';
INSERT INTO organisation (code, name, acronym, type_id, country_id, parent_id, territorial_code, city, latitude, longitude, website, description, version, created_at, created_by, modified_at, modified_by)
SELECT 'IT-A2A', 'A2A', 'A2A', t.id, c.id, NULL, NULL, 'Milan', 45.470000, 9.180000, 'https://www.a2a.eu', 'Energy and environment utility.', 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo'
FROM organisation_type t, country c WHERE t.code = 'UTILITY' AND c.iso_alpha2 = 'IT';

INSERT INTO contact (full_name, email, phone, position, organisation_id, languages, version, created_at, created_by, modified_at, modified_by)
SELECT 'Ana Petrović', 'ana.petrovic@demo.stat.gov.rs', '+381 11 2412 922', 'Head of regional statistics', o.id, 'en,sr', 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo' FROM organisation o WHERE o.code = 'RS-SORS';
INSERT INTO contact (full_name, email, phone, position, organisation_id, languages, version, created_at, created_by, modified_at, modified_by)
SELECT 'Marko Jovanović', 'marko.jovanovic@demo.eps.rs', '+381 11 3972 000', 'Data officer', o.id, 'en,sr', 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo' FROM organisation o WHERE o.code = 'RS-EPS';
INSERT INTO contact (full_name, email, phone, position, organisation_id, languages, version, created_at, created_by, modified_at, modified_by)
SELECT 'Jelena Nikolić', 'jelena.nikolic@demo.beograd.rs', NULL, 'Strategy department', o.id, 'en,sr', 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo' FROM organisation o WHERE o.code = 'RS-BEG';
INSERT INTO contact (full_name, email, phone, position, organisation_id, languages, version, created_at, created_by, modified_at, modified_by)
SELECT 'Piotr Kowalski', 'piotr.kowalski@demo.stat.gov.pl', '+48 22 608 30 00', 'Statistician', o.id, 'en,pl', 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo' FROM organisation o WHERE o.code = 'PL-GUS';
INSERT INTO contact (full_name, email, phone, position, organisation_id, languages, version, created_at, created_by, modified_at, modified_by)
SELECT 'Katarzyna Nowak', 'katarzyna.nowak@demo.poznan.pl', NULL, 'Mobility officer', o.id, 'en,pl', 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo' FROM organisation o WHERE o.code = 'PL-POZ';
INSERT INTO contact (full_name, email, phone, position, organisation_id, languages, version, created_at, created_by, modified_at, modified_by)
SELECT 'Giulia Rossi', 'giulia.rossi@demo.istat.it', '+39 06 46731', 'Director, territorial statistics', o.id, 'en,fr,it', 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo' FROM organisation o WHERE o.code = 'IT-ISTAT';
INSERT INTO contact (full_name, email, phone, position, organisation_id, languages, version, created_at, created_by, modified_at, modified_by)
SELECT 'Luca Bianchi', 'luca.bianchi@demo.comune.milano.it', NULL, 'Energy transition office', o.id, 'en,it', 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo' FROM organisation o WHERE o.code = 'IT-MIL';
INSERT INTO contact (full_name, email, phone, position, organisation_id, languages, version, created_at, created_by, modified_at, modified_by)
SELECT 'Claire Martin', 'claire.martin@demo.unece.org', NULL, 'HLG-MOS coordinator', o.id, 'en,fr,ru', 0, UTC_TIMESTAMP(6), 'demo', UTC_TIMESTAMP(6), 'demo' FROM organisation o WHERE o.code = 'UNECE';
