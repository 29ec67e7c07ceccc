package org.ddmsportal.api.v1.datasets;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.ddmsportal.api.v1.support.ApiLinks;
import org.ddmsportal.domain.agreement.Confidentiality;
import org.ddmsportal.domain.data.DataFormat;
import org.ddmsportal.domain.data.Dataset;
import org.ddmsportal.domain.data.Granularity;
import org.ddmsportal.domain.data.Periodicity;
import org.ddmsportal.domain.data.SourceKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A dataset of the catalogue as the API shows it: the fields of {@code DatasetForm} (so a write
 * sends back what a read gave) and its country (its provider's).
 */
@Schema(name = "Dataset")
public record DatasetDto(
        long id,
        String title,
        String description,
        long providerId,
        String countryCode,
        SourceKind sourceKind,
        Long agreementId,
        Granularity granularity,
        String territorialCoverage,
        LocalDate timeFrom,
        LocalDate timeTo,
        Periodicity periodicity,
        Confidentiality confidentiality,
        boolean personalData,
        DataFormat format,
        String accessUrl,
        Long partnershipId,
        Long pilotId,
        long version,
        Instant modifiedAt,
        String modifiedBy,
        Map<String, URI> links) {

    static DatasetDto of(Dataset d, ApiLinks links) {
        Long agreementId = d.getAgreement() == null ? null : d.getAgreement().getId();
        Long partnershipId = d.getPartnership() == null ? null : d.getPartnership().getId();
        Long pilotId = d.getPilot() == null ? null : d.getPilot().getId();
        return new DatasetDto(d.getId(), d.getTitle(), d.getDescription(), d.getProvider().getId(),
                d.getCountry() == null ? null : d.getCountry().getAlpha2(), d.getSourceKind(), agreementId,
                d.getGranularity(), d.getTerritorialCoverage(), d.getTimeFrom(), d.getTimeTo(), d.getPeriodicity(),
                d.getConfidentiality(), d.isPersonalData(), d.getFormat(), d.getAccessUrl(), partnershipId, pilotId,
                d.getVersion(), d.getModifiedAt(), d.getModifiedBy(),
                links.self("datasets", d.getId()).add("provider", "organisations", d.getProvider().getId())
                        .add("agreement", "agreements", agreementId).add("partnership", "partnerships", partnershipId)
                        .add("pilot", "pilots", pilotId).add("indicators", "indicators?datasetId=" + d.getId()).build());
    }
}
