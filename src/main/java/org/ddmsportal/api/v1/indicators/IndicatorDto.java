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
 * <p>No {@code @Schema} on a component whose name contains "set" ({@code datasetIds}): Payara's
 * OpenAPI scanner takes such an accessor for a setter and fails on it.
 */
@Schema(name = "Indicator")
public record IndicatorDto(
        long id,
        @Schema(example = "RS-ENERGY-01") String code,
        String nameEn,
        String nameFr,
        String nameRu,
        @Schema(description = "The country of its pilot or datasets (ISO 3166-1 alpha-2)", nullable = true) String countryCode,
        @Schema(nullable = true) String definition,
        @Schema(example = "kWh") String unit,
        @Schema(nullable = true, description = "SDG indicator code", example = "7.3.1") String sdgCode,
        @Schema(nullable = true) String methodology,
        @Schema(nullable = true) Long pilotId,
        @Schema(nullable = true) String disaggregations,
        List<Long> datasetIds,
        @Schema(description = "The record's version; sent as ETag, expected back as If-Match") long version,
        Instant modifiedAt,
        String modifiedBy,
        @Schema(description = "self, pilot, observations, decisions") Map<String, URI> links) {

    static IndicatorDto summary(Indicator i, ApiLinks links) {
        return of(i, false, links);
    }

    static IndicatorDto detail(Indicator i, ApiLinks links) {
        return of(i, true, links);
    }

    private static IndicatorDto of(Indicator i, boolean detail, ApiLinks links) {
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
