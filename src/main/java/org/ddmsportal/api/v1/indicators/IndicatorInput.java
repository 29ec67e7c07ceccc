package org.ddmsportal.api.v1.indicators;

import java.util.ArrayList;
import java.util.List;
import org.ddmsportal.application.data.IndicatorForm;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a caller sends to record or replace an indicator: the fields of {@link IndicatorForm},
 * which validates them (422 with the fields named). The version comes from {@code If-Match}.
 */
@Schema(name = "IndicatorInput")
public record IndicatorInput(
        String code,
        String nameEn,
        String nameFr,
        String nameRu,
        String definition,
        String unit,
        String sdgCode,
        String methodology,
        Long pilotId,
        String disaggregations,
        List<Long> datasetIds) {

    IndicatorForm toForm(Long version) {
        IndicatorForm f = new IndicatorForm();
        f.setVersion(version);
        f.setCode(code);
        f.setNameEn(nameEn);
        f.setNameFr(nameFr);
        f.setNameRu(nameRu);
        f.setDefinition(definition);
        f.setUnit(unit);
        f.setSdgCode(sdgCode);
        f.setMethodology(methodology);
        f.setPilotId(pilotId);
        f.setDisaggregations(disaggregations);
        f.setDatasetIds(datasetIds == null ? new ArrayList<>() : new ArrayList<>(datasetIds));
        return f;
    }
}
