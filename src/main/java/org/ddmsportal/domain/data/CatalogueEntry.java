package org.ddmsportal.domain.data;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.organisation.Organisation;

/**
 * What the open catalogue says about one public dataset: a flat read model, loaded a page at a
 * time by one projection query ({@link CatalogueRepository}) instead of dataset entities with
 * their provider, country, pilot, partnership and agreement.
 *
 * @param policyReference the reference of the signed data-sharing agreement whose ODRL terms
 *        govern the dataset, or null
 */
public record CatalogueEntry(long id, String title, String description, Periodicity periodicity, SourceKind sourceKind,
        DataFormat format, String accessUrl, LocalDate timeFrom, LocalDate timeTo, Instant createdAt, Instant modifiedAt,
        long providerId, String providerName, String providerWebsite, String providerType, String countryAlpha3,
        String countryName, String policyReference) {

    /** The entry of a dataset entity (tests and small catalogues). */
    public static CatalogueEntry of(Dataset d) {
        Organisation provider = d.getProvider();
        Agreement agreement = d.getAgreement();
        return new CatalogueEntry(d.getId(), d.getTitle(), d.getDescription(), d.getPeriodicity(), d.getSourceKind(),
                d.getFormat(), d.getAccessUrl(), d.getTimeFrom(), d.getTimeTo(), d.getCreatedAt(), d.getModifiedAt(),
                provider.getId(), provider.getName(), provider.getWebsite(),
                provider.getType() == null ? "" : provider.getType().getCode(),
                d.getCountry().getAlpha3(), d.getCountry().nameIn(Locale.ENGLISH),
                governingPolicy(agreement));
    }

    /** The agreement whose ODRL twin the catalogue links: a signed data-sharing agreement only. */
    public static String governingPolicy(Agreement agreement) {
        return agreement != null && agreement.isDataSharing() && agreement.isFrozen() ? agreement.getReference() : null;
    }
}
