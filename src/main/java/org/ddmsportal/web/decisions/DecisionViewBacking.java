package org.ddmsportal.web.decisions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.ddmsportal.domain.data.Indicator;
import org.ddmsportal.domain.data.IndicatorPolicy;
import org.ddmsportal.domain.decision.Decision;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.pilot.PilotPolicy;
import org.ddmsportal.web.shared.ViewPage;

/** /app/decisions/view?id=…: a decision and the indicators and pilots that informed it. */
@Named
@ViewScoped
public class DecisionViewBacking extends ViewPage<Decision> {

    private static final long serialVersionUID = 1L;

    public DecisionViewBacking() {
        super("decisions");
    }

    public Decision getDecision() {
        return record();
    }

    /** The indicators that informed it, those the reader may open (a contact: what their organisation takes part in). */
    public List<Indicator> getIndicators() {
        return readable("indicators", () -> getDecision().getIndicators(), IndicatorPolicy::mayRead);
    }

    /** The pilots that informed it, those the reader may open. */
    public List<Pilot> getPilots() {
        return readable("pilots", () -> getDecision().getPilots(), PilotPolicy::mayRead);
    }
}
