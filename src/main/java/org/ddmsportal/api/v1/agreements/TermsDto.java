package org.ddmsportal.api.v1.agreements;

import org.ddmsportal.application.agreement.AgreementForm;
import org.ddmsportal.domain.agreement.AccessMethod;
import org.ddmsportal.domain.agreement.Confidentiality;
import org.ddmsportal.domain.agreement.DataSharingTerms;
import org.ddmsportal.domain.agreement.LegalBasisKind;
import org.ddmsportal.domain.agreement.PersonalDataKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The data-sharing terms of an agreement, read and written whole (the agreement form's terms
 * section; {@code TermsChecklist} decides which are required before it may be sent).
 */
@Schema(name = "AgreementTerms")
public record TermsDto(
        String itemsCovered,
        String purposes,
        String legalBasis,
        LegalBasisKind legalBasisKind,
        Boolean personalData,
        PersonalDataKind personalDataKind,
        String personalDataCategories,
        Confidentiality confidentiality,
        String disclosureControl,
        Integer minCellCount,
        String permittedUses,
        String prohibitedUses,
        AccessMethod accessMethod,
        String frequency,
        String retentionPeriod,
        String deletionDuty,
        String breachProcedure,
        String proprietaryRights,
        Boolean publicationAllowed,
        Boolean publicationClearance,
        String costs,
        String term) {

    static TermsDto of(DataSharingTerms t) {
        return new TermsDto(t.getItemsCovered(), t.getPurposes(), t.getLegalBasis(), t.getLegalBasisKind(),
                t.getPersonalData(), t.getPersonalDataKind(), t.getPersonalDataCategories(), t.getConfidentiality(),
                t.getDisclosureControl(), t.getMinCellCount(), t.getPermittedUses(), t.getProhibitedUses(),
                t.getAccessMethod(), t.getFrequency(), t.getRetentionPeriod(), t.getDeletionDuty(), t.getBreachProcedure(),
                t.getProprietaryRights(), t.getPublicationAllowed(), t.getPublicationClearance(), t.getCosts(), t.getTerm());
    }

    void fill(AgreementForm f) {
        f.setItemsCovered(itemsCovered);
        f.setPurposes(purposes);
        f.setLegalBasis(legalBasis);
        f.setLegalBasisKind(legalBasisKind);
        f.setPersonalData(personalData);
        f.setPersonalDataKind(personalDataKind);
        f.setPersonalDataCategories(personalDataCategories);
        f.setConfidentiality(confidentiality);
        f.setDisclosureControl(disclosureControl);
        f.setMinCellCount(minCellCount);
        f.setPermittedUses(permittedUses);
        f.setProhibitedUses(prohibitedUses);
        f.setAccessMethod(accessMethod);
        f.setFrequency(frequency);
        f.setRetentionPeriod(retentionPeriod);
        f.setDeletionDuty(deletionDuty);
        f.setBreachProcedure(breachProcedure);
        f.setProprietaryRights(proprietaryRights);
        f.setPublicationAllowed(publicationAllowed);
        f.setPublicationClearance(publicationClearance);
        f.setCosts(costs);
        f.setTerm(term);
    }
}
