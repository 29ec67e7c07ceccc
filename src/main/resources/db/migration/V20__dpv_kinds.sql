-- The data-sharing terms' legal basis and personal data as concepts of the W3C Data Privacy
-- Vocabulary (DPV 2.2), chosen on the agreement form beside the free text (issue 16): the
-- agreement's ODRL/DPV twin types dpv:hasLegalBasis and dpv:hasPersonalData with them.
-- Values: domain.agreement.LegalBasisKind and PersonalDataKind (enum names); NULL = not chosen.
ALTER TABLE agreement
    ADD COLUMN legal_basis_kind   VARCHAR(30) NULL AFTER legal_basis,
    ADD COLUMN personal_data_kind VARCHAR(30) NULL AFTER personal_data;
