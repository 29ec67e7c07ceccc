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
        String title,
        String description,
        Long providerId,
        SourceKind sourceKind,
        Long agreementId,
        Granularity granularity,
        String territorialCoverage,
        LocalDate timeFrom,
        LocalDate timeTo,
        Periodicity periodicity,
        Confidentiality confidentiality,
        Boolean personalData,
        DataFormat format,
        String accessUrl,
        Long partnershipId,
        Long pilotId) {

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
