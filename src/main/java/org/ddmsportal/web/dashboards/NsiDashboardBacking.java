package org.ddmsportal.web.dashboards;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ddmsportal.application.dashboard.DashboardService;
import org.ddmsportal.application.dashboard.DashboardService.NsiDashboard;
import org.ddmsportal.application.pilot.PilotService;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.application.shared.Html;
import org.ddmsportal.application.shared.Jsons;
import org.ddmsportal.domain.dashboard.DashboardRepository.CityPoint;
import org.ddmsportal.domain.partnership.PartnershipHealth;
import org.ddmsportal.domain.partnership.PipelineStage;
import org.ddmsportal.domain.shared.Scope;
import org.ddmsportal.web.shared.MapSettings;
import org.ddmsportal.web.shared.ReferenceOptions;
import org.ddmsportal.web.shared.Texts;
import org.omnifaces.util.Faces;

/**
 * /app/dashboards/nsi: the NSI management dashboard — the partnership pipeline and computed
 * status, agreements' deadlines and signatures, pilots, data without an agreement, the pilot
 * cities' map. A manager sees their country; coordinators and administrators choose one
 * ({@code ?country=RS}) or all. Every number links to the list it counts, filtered by address
 * parameters named as the list's criteria.
 */
@Named
@RequestScoped
public class NsiDashboardBacking {

    @Inject
    Clock clock;

    @Inject
    DashboardService service;

    @Inject
    CurrentActor currentActor;

    @Inject
    PilotService pilots;

    @Inject
    ReferenceOptions options;

    @Inject
    MapSettings mapSettings;

    private String country;
    private NsiDashboard dashboard;

    public void load() {
        try {
            dashboard = service.nsi(currentActor.get(), country);
        } catch (AccessDeniedException e) {
            Faces.responseSendError(403, "not allowed");
        }
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public NsiDashboard getD() {
        return dashboard;
    }

    /** Coordinators and administrators choose the country. */
    public boolean isMayChoose() {
        return Scope.of(currentActor.get()).isAll();
    }

    /** The country shown, for the links (null: all). */
    public String getShown() {
        return dashboard == null ? null : dashboard.country();
    }

    public String getShownName() {
        return getShown() == null ? Texts.get("dashboards.allCountries") : options.countryName(getShown());
    }

    public List<PipelineStage> getStages() {
        return List.of(PipelineStage.values());
    }

    public List<PartnershipHealth.Status> getHealthStates() {
        return List.of(PartnershipHealth.Status.values());
    }

    public List<PartnershipHealth.Rule> getRules() {
        return PartnershipHealth.RULES;
    }

    public List<String> getPilotStates() {
        return pilots.states();
    }

    public List<Integer> getPhases() {
        return List.of(1, 2, 3, 4, 5, 6, 7, 8);
    }

    public long daysSince(Instant instant) {
        return instant == null ? 0 : ChronoUnit.DAYS.between(instant, clock.instant());
    }

    public long daysSinceDay(LocalDate day) {
        return day == null ? 0 : ChronoUnit.DAYS.between(day, dashboard.today());
    }

    public String getPipelineChart() {
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (var s : dashboard.pipeline()) {
            labels.add(Texts.get("PipelineStage." + s.stage()));
            values.add(s.count());
        }
        return DashboardCharts.bars(labels, values, Texts.get("dashboards.partnerships"), Texts.get("dashboards.partnerships"));
    }

    public String getHealthChart() {
        List<String> labels = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (PartnershipHealth.Status s : PartnershipHealth.Status.values()) {
            labels.add(Texts.get("PartnershipHealth." + s));
            values.add(dashboard.health().get(s));
        }
        return DashboardCharts.doughnut(labels, values, List.of("#2e7d32", "#8d6e00", "#c62828"));
    }

    public String getPilotsChart() {
        List<String> labels = new ArrayList<>();
        for (int phase : getPhases()) {
            labels.add(Texts.get("Status.pilot-phase." + phase));
        }
        Map<String, List<Long>> series = new LinkedHashMap<>();
        for (String status : getPilotStates()) {
            List<Long> values = new ArrayList<>();
            for (int phase : getPhases()) {
                values.add(dashboard.pilots(phase, status));
            }
            series.put(Texts.get("Status.pilot." + status), values);
        }
        return DashboardCharts.stacked(labels, series, Texts.get("dashboards.pilots"), true);
    }

    /** The pilot cities for portal.js's map (escaped for the page; shown with textContent). */
    public String getMapJson() {
        JsonArrayBuilder points = Jsons.array();
        for (CityPoint c : dashboard.cities()) {
            points.add(Jsons.object().add("name", c.name()).add("lat", c.latitude()).add("lon", c.longitude())
                    .add("label", c.name() + Texts.colon() + " " + Texts.get("dashboards.map.pilots", c.pilots())));
        }
        return Html.scriptJson(mapSettings.config().add("unit", "").add("points", points).build().toString());
    }
}
