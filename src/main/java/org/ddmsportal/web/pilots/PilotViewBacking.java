package org.ddmsportal.web.pilots;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.application.data.IndicatorService;
import org.ddmsportal.application.decision.DecisionService;
import org.ddmsportal.application.pilot.PilotService;
import org.ddmsportal.domain.data.Dataset;
import org.ddmsportal.domain.data.DatasetPolicy;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.data.SourceKind;
import org.ddmsportal.domain.decision.Decision;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.partnership.PartnershipPolicy;
import org.ddmsportal.domain.pilot.PhaseGates;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.web.shared.Texts;
import org.ddmsportal.web.shared.ViewPage;

/**
 * /app/pilots/view?id=…: a pilot, its data and methods, its GSBPM phase with what the next phase
 * needs, the indicators it produces and the decisions it informed, its lifecycle and history.
 */
@Named
@ViewScoped
public class PilotViewBacking extends ViewPage<Pilot> {

    private static final long serialVersionUID = 1L;

    @Inject
    PilotService service;

    @Inject
    IndicatorService indicatorService;

    @Inject
    DecisionService decisionService;

    @Getter @Setter private String phaseComment;

    public PilotViewBacking() {
        super("pilots");
    }

    /** Moves to the next phase, or (with a comment) back one; what is missing is listed on refusal. */
    public String movePhase(int phase) {
        return Texts.attempt(() -> {
            service.movePhase(currentActor.get(), getId(), getSeenVersion(), phase, phaseComment);
        }, "pilot.phaseMoved", reload("phase"));
    }

    public Pilot getPilot() {
        return record();
    }

    /** The partnerships it belongs to that the reader may open. */
    public List<Partnership> getPartnerships() {
        return readable("partnerships", () -> getPilot().getPartnerships(), PartnershipPolicy::mayRead);
    }

    /** Its data sources the reader may open. */
    public List<Dataset> getDatasets() {
        return readable("datasets", () -> getPilot().getDatasets(), DatasetPolicy::mayRead);
    }

    /** {@link #getDatasets} by kind of source. */
    public Map<SourceKind, List<Dataset>> getDataSources() {
        return once("dataSources", () -> Pilot.bySourceKind(getDatasets()));
    }

    public boolean isLastPhase() {
        return getPilot().getPhase() >= Pilot.LAST_PHASE;
    }

    public List<PhaseGates.Missing> getMissingForNext() {
        return once("missingForNext", () -> isLastPhase() ? List.of()
                : service.missingFor(currentActor.get(), getPilot(), getPilot().getPhase() + 1));
    }

    public String missingText(PhaseGates.Missing m) {
        return Texts.get(m.key(), m.subject() == null ? "" : m.subject());
    }

    public List<Integer> getPhases() {
        return java.util.stream.IntStream.rangeClosed(Pilot.FIRST_PHASE, Pilot.LAST_PHASE).boxed().toList();
    }

    /** More than one pilot in the country: the proposal expects one city per country. */
    public long getPilotsInCountry() {
        return once("pilotsInCountry", () -> service.pilotsInCountry(getPilot()));
    }

    public List<Indicator> getIndicators() {
        return linked("indicators", indicatorService::search, "pilot", "code");
    }

    public List<Decision> getDecisions() {
        return linked("decisions", decisionService::search, "pilot", null);
    }
}
