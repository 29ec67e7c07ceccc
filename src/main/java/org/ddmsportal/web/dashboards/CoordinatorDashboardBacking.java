package org.ddmsportal.web.dashboards;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ddmsportal.application.casestudy.CaseStudyQueries;
import org.ddmsportal.application.dashboard.DashboardService;
import org.ddmsportal.application.dashboard.DashboardService.CoordinatorDashboard;
import org.ddmsportal.application.dashboard.DashboardService.PhaseStay;
import org.ddmsportal.application.partnership.PartnershipService;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.casestudy.LessonCategory;
import org.ddmsportal.domain.dashboard.DashboardRepository.PhaseTime;
import org.ddmsportal.web.shared.Texts;
import org.omnifaces.util.Faces;

/**
 * /app/dashboards/coordinator: the coordinators' dashboard — the review queue with its ages, the
 * cross-country table, where pilots stall (days per GSBPM phase) and lessons by category and
 * phase. Coordinators and administrators only.
 */
@Named
@RequestScoped
public class CoordinatorDashboardBacking {

    @Inject
    DashboardService service;

    @Inject
    CurrentActor currentActor;

    @Inject
    PartnershipService partnerships;

    @Inject
    CaseStudyQueries caseStudies;

    private CoordinatorDashboard dashboard;

    public void load() {
        try {
            dashboard = service.coordinator(currentActor.get());
        } catch (AccessDeniedException e) {
            Faces.responseSendError(403, "not allowed");
        }
    }

    public CoordinatorDashboard getD() {
        return dashboard;
    }

    public long daysSince(Instant instant) {
        return instant == null ? 0 : ChronoUnit.DAYS.between(instant, dashboard.now());
    }

    public List<String> getPartnershipStates() {
        return partnerships.states();
    }

    public List<String> getCaseStudyStates() {
        return caseStudies.states();
    }

    public List<Integer> getPhases() {
        return List.of(1, 2, 3, 4, 5, 6, 7, 8);
    }

    public List<LessonCategory> getCategories() {
        return List.of(LessonCategory.values());
    }

    /** Phase codes of the lessons' table: the eight phases and none (""). */
    public List<String> getLessonPhases() {
        return List.of("1", "2", "3", "4", "5", "6", "7", "8", "");
    }

    /** Average days of a country's stays in a phase, rounded; null when none. */
    public Long averageDays(PhaseStay stay, String country) {
        PhaseTime t = stay.in(country);
        return t == null || t.stays() == 0 ? null : Math.round((double) t.days() / t.stays());
    }

    public long round(double value) {
        return Math.round(value);
    }

    public String getPhaseChart() {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (PhaseStay s : dashboard.phases()) {
            labels.add(Texts.get("Status.pilot-phase." + s.phase()));
            values.add((double) Math.round(s.averageDays()));
        }
        return DashboardCharts.bars(labels, values, Texts.get("dashboards.stall.average"), Texts.get("dashboards.daysAxis"));
    }

    public String getLessonsChart() {
        List<String> labels = new ArrayList<>();
        for (String phase : getLessonPhases()) {
            labels.add(phase.isEmpty() ? Texts.get("dashboards.noPhase") : Texts.get("Status.pilot-phase." + phase));
        }
        Map<String, List<Long>> series = new LinkedHashMap<>();
        for (LessonCategory c : LessonCategory.values()) {
            List<Long> values = new ArrayList<>();
            for (String phase : getLessonPhases()) {
                values.add(dashboard.lessons(c.name(), phase));
            }
            series.put(Texts.get("LessonCategory." + c.name()), values);
        }
        return DashboardCharts.stacked(labels, series, Texts.get("dashboards.lessons"), true);
    }
}
