-- An attachment is listed under its stored name. Names are now stored without control and format
-- characters (AttachmentRules.safeName): a right-to-left override (U+202E) showed a name reversed,
-- so a file could pass for another kind. The names stored before lose them too; a name of nothing
-- else becomes "attachment", as an upload's would.
UPDATE case_study_attachment
   SET file_name = COALESCE(NULLIF(TRIM(REGEXP_REPLACE(file_name, '[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]', '')), ''), 'attachment')
 WHERE file_name REGEXP '[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]';
