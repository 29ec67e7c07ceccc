-- A large link set for EXPLAIN and timing of the lineage queries by hand, in the database that
-- `bench/search.sh N hold` keeps (mariadb -h127.0.0.1 -P3313 -uroot bench < bench/lineage-links.sql):
-- 20,000 partnerships with 2 agreements and 5 datasets each: 240,000 links (40,000
-- partnership→agreement, 100,000 agreement→dataset, 100,000 partnership→dataset). Run once.
SET @now = NOW(6);
INSERT INTO organisation (name, type_id, country_id, created_at, created_by, modified_at, modified_by)
SELECT 'Lineage bench NSI', (SELECT MIN(id) FROM organisation_type), (SELECT MIN(id) FROM country), @now, 'b', @now, 'b';
SET @org = LAST_INSERT_ID();
INSERT INTO partnership (title, lead_organisation_id, type, status, created_at, created_by, modified_at, modified_by)
SELECT CONCAT('Bench partnership ', seq), @org, 'DATA_SHARING', 'ACTIVE', @now, 'b', @now, 'b' FROM seq_1_to_20000;
INSERT INTO agreement (reference, kind, title, partnership_id, country_code, template_code, status, created_at, created_by,
                       modified_at, modified_by)
SELECT CONCAT('BQ-', p.id, '-', s.seq), 'DSA', CONCAT('Bench agreement ', p.id, '/', s.seq), p.id, 'RS', 'dsa', 'ACTIVE',
       @now, 'b', @now, 'b'
FROM partnership p JOIN seq_1_to_2 s WHERE p.title LIKE 'Bench partnership %';
INSERT INTO dataset (title, provider_id, source_kind, agreement_id, granularity, periodicity, confidentiality, partnership_id,
                     created_at, created_by, modified_at, modified_by)
SELECT CONCAT('Bench dataset ', a.id, '/', s.seq), @org, 'ADMINISTRATIVE', a.id, 'CITY', 'ANNUAL', 'PUBLIC', a.partnership_id,
       @now, 'b', @now, 'b'
FROM agreement a JOIN seq_1_to_3 s WHERE a.reference LIKE 'BQ-%' AND (s.seq < 3 OR MOD(a.id, 2) = 0);
