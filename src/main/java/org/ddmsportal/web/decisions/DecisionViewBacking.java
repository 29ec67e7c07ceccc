package org.ddmsportal.web.decisions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.ddmsportal.domain.decision.Decision;
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
    public java.util.List<org.ddmsportal.domain.data.Indicator> getIndicators() {
        return getDecision().getIndicators().stream()
                .filter(i -> org.ddmsportal.domain.data.IndicatorPolicy.mayRead(currentActor.get(), i)).toList();
    }

    /** The pilots that informed it, those the reader may open. */
    public java.util.List<org.ddmsportal.domain.pilot.Pilot> getPilots() {
        return getDecision().getPilots().stream()
                .filter(p -> org.ddmsportal.domain.pilot.PilotPolicy.mayRead(currentActor.get(), p)).toList();
    }
}
