package org.ddmsportal.api.v1.indicators;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ddmsportal.api.v1.support.ApiLinks;
import org.ddmsportal.domain.data.Dataset;
import org.ddmsportal.domain.data.Indicator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An indicator as the API shows it: the fields of {@code IndicatorForm} (so a write sends back
 * what a read gave) and its country. {@code datasetIds} is read on a single read only ({@code null}
 * in lists).
 *
 * <p>No {@code @Schema} on the record's components (see {@code OrganisationDto}): Payara's OpenAPI
 * scanner fails on the accessors they annotate.
 */
@Schema(name = "Indicator")
public record IndicatorDto(
        long id,
        String code,
        String nameEn,
        String nameFr,
        String nameRu,
        String countryCode,
        String definition,
        String unit,
        String sdgCode,
        String methodology,
        Long pilotId,
        String disaggregations,
        List<Long> datasetIds,
        long version,
        Instant modifiedAt,
        String modifiedBy,
        Map<String, URI> links) {

    static IndicatorDto of(Indicator i, boolean detail, ApiLinks links) {
        Long pilotId = i.getPilot() == null ? null : i.getPilot().getId();
        return new IndicatorDto(i.getId(), i.getCode(), i.getName().getEn(), i.getName().getFr(), i.getName().getRu(),
                i.getCountry() == null ? null : i.getCountry().getAlpha2(), i.getDefinition(), i.getUnit(),
                i.getSdg() == null ? null : i.getSdg().getCode(), i.getMethodology(), pilotId, i.getDisaggregations(),
                detail ? i.getDatasets().stream().map(Dataset::getId).toList() : null,
                i.getVersion(), i.getModifiedAt(), i.getModifiedBy(),
                links.self("indicators", i.getId()).add("pilot", "pilots", pilotId)
                        .add("observations", "indicators/" + i.getId() + "/observations")
                        .add("decisions", "decisions?indicatorId=" + i.getId()).build());
    }
}
