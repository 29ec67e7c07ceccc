-- Two country names corrected to the United Nations' own short names, as given by UNTERM, the UN
-- terminology database (https://unterm.un.org, country names of the UN Member States, maintained by the
-- Department for General Assembly and Conference Management):
--   BA  en "Bosnia and Herzegovina"  (V2 had the CLDR/display form "Bosnia & Herzegovina")
--   KG  fr "Kirghizistan"            (V2 had "Kirghizstan")
-- Only a name still as V2 loaded it is changed, so a correction made since by an administrator is kept;
-- the version moves on so that an open edit form notices.

UPDATE country SET name_en = 'Bosnia and Herzegovina', version = version + 1,
                   modified_at = UTC_TIMESTAMP(6), modified_by = 'system'
WHERE iso_alpha2 = 'BA' AND name_en = 'Bosnia & Herzegovina';

UPDATE country SET name_fr = 'Kirghizistan', version = version + 1,
                   modified_at = UTC_TIMESTAMP(6), modified_by = 'system'
WHERE iso_alpha2 = 'KG' AND name_fr = 'Kirghizstan';
