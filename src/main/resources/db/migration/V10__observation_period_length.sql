-- SDMX time periods longer than 20 characters are valid observation periods: a date-time with
-- a time zone (2024-03-15T10:00:00+01:00, 25) or a time range from a date-time
-- (2024-01-01T00:00:00/P3M, 23). SdmxTimePeriod.MAX_LENGTH is 40.
ALTER TABLE observation MODIFY period VARCHAR(40) NOT NULL;
