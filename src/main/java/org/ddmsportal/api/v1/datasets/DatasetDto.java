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
        @Schema(nullable = true) String description,
        long providerId,
        @Schema(description = "The provider's country (ISO 3166-1 alpha-2)", example = "RS") String countryCode,
        SourceKind sourceKind,
        @Schema(nullable = true) Long agreementId,
        @Schema(nullable = true) Granularity granularity,
        @Schema(nullable = true) String territorialCoverage,
        @Schema(nullable = true) LocalDate timeFrom,
        @Schema(nullable = true) LocalDate timeTo,
        @Schema(nullable = true) Periodicity periodicity,
        Confidentiality confidentiality,
        boolean personalData,
        @Schema(nullable = true) DataFormat format,
        @Schema(nullable = true) String accessUrl,
        @Schema(nullable = true) Long partnershipId,
        @Schema(nullable = true) Long pilotId,
        @Schema(description = "The record's version; sent as ETag, expected back as If-Match") long version,
        Instant modifiedAt,
        String modifiedBy,
        @Schema(description = "self, provider, agreement, partnership, pilot, indicators") Map<String, URI> links) {

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
