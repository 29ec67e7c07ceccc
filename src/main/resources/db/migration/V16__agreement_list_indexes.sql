-- The agreement list opens ordered by reference, newest first, often filtered by status or by
-- country (issue 12): with these indexes MariaDB reads the first page in index order instead of
-- sorting every matching agreement with all its text columns (a filesort of 37,000 rows for
-- "active" at 40,000 agreements). References are unique, so the list needs no tie-break after them.
CREATE INDEX ix_agreement_status_reference ON agreement (status, reference);
CREATE INDEX ix_agreement_country_reference ON agreement (country_code, reference);
