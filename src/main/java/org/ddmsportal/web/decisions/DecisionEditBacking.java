package org.ddmsportal.web.decisions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.ddmsportal.application.decision.DecisionForm;
import org.ddmsportal.domain.decision.Decision;
import org.ddmsportal.web.shared.EditPage;

/** /app/decisions/edit[?id=…]: record or change a decision and what informed it. */
@Named
@ViewScoped
public class DecisionEditBacking extends EditPage<Decision, DecisionForm> {

    private static final long serialVersionUID = 1L;

    public DecisionEditBacking() {
        super("decisions", "decision", DecisionForm::new, DecisionForm::of, Decision::getTitle);
    }
}
