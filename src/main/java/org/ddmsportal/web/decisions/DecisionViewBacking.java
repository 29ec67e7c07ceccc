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
}
