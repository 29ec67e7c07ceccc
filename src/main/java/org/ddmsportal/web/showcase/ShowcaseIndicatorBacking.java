package org.ddmsportal.web.showcase;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.application.data.IndicatorService;
import org.ddmsportal.application.data.ObservationStore;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.web.shared.Charts;
import org.ddmsportal.web.shared.Texts;
import org.omnifaces.util.Faces;

/** /showcase/indicator?code=…: an indicator's public values as a chart, with its open-data links. */
@Named
@RequestScoped
public class ShowcaseIndicatorBacking {

    @Inject
    IndicatorService service;

    @Getter @Setter private String code;
    @Getter private Indicator indicator;
    private String seriesChart;

    public void load() {
        indicator = code == null ? null : service.byCode(code).orElse(null);
        if (indicator == null) {
            Faces.responseSendError(404, "not found");
        }
    }

    private Long territories;

    /** How many territories have public values (read once a request); the chart draws the first {@link #getChartTerritories}. */
    public long getTerritories() {
        if (territories == null) {
            territories = service.publicTerritories(indicator.getId());
        }
        return territories;
    }

    public int getChartTerritories() {
        return ObservationStore.SERIES_TERRITORIES;
    }

    /** Built once per request: EL may read it more than once while rendering. */
    public String getSeriesChart() {
        if (seriesChart == null) {
            seriesChart = seriesChart();
        }
        return seriesChart;
    }

    private String seriesChart() {
        var series = service.publicSeries(indicator.getId());
        Map<String, String> names = service.territoryNames(series.stream().map(o -> o.territory())
                .collect(Collectors.toSet()));
        return Charts.series(series, t -> names.containsKey(t) ? names.get(t) + " (" + t + ")" : t, indicator.getUnit(),
                Texts.locale());
    }
}
