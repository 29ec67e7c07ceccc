package org.ddmsportal.api.v1.datasets;

import java.time.LocalDate;
import org.ddmsportal.application.data.DatasetForm;
import org.ddmsportal.domain.agreement.Confidentiality;
import org.ddmsportal.domain.data.DataFormat;
import org.ddmsportal.domain.data.Granularity;
import org.ddmsportal.domain.data.Periodicity;
import org.ddmsportal.domain.data.SourceKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a caller sends to record or replace a dataset: the fields of {@link DatasetForm}, which
 * validates them (422 with the fields named). The version comes from {@code If-Match}.
 */
@Schema(name = "DatasetInput")
public record DatasetInput(
        @Schema(required = true) String title,
        @Schema(nullable = true) String description,
        @Schema(required = true) Long providerId,
        @Schema(required = true) SourceKind sourceKind,
        @Schema(nullable = true) Long agreementId,
        @Schema(nullable = true) Granularity granularity,
        @Schema(nullable = true) String territorialCoverage,
        @Schema(nullable = true) LocalDate timeFrom,
        @Schema(nullable = true) LocalDate timeTo,
        @Schema(nullable = true) Periodicity periodicity,
        @Schema(required = true) Confidentiality confidentiality,
        @Schema(nullable = true) Boolean personalData,
        @Schema(nullable = true) DataFormat format,
        @Schema(nullable = true) String accessUrl,
        @Schema(nullable = true) Long partnershipId,
        @Schema(nullable = true) Long pilotId) {

    DatasetForm toForm(Long version) {
        DatasetForm f = new DatasetForm();
        f.setVersion(version);
        f.setTitle(title);
        f.setDescription(description);
        f.setProviderId(providerId);
        f.setSourceKind(sourceKind);
        f.setAgreementId(agreementId);
        f.setGranularity(granularity);
        f.setTerritorialCoverage(territorialCoverage);
        f.setTimeFrom(timeFrom);
        f.setTimeTo(timeTo);
        f.setPeriodicity(periodicity);
        f.setConfidentiality(confidentiality);
        f.setPersonalData(Boolean.TRUE.equals(personalData));
        f.setFormat(format);
        f.setAccessUrl(accessUrl);
        f.setPartnershipId(partnershipId);
        f.setPilotId(pilotId);
        return f;
    }
}
