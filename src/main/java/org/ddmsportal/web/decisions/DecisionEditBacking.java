package org.ddmsportal.web.decisions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ddmsportal.application.decision.DecisionForm;
import org.ddmsportal.domain.decision.Decision;
import org.ddmsportal.web.shared.EditPage;
import org.ddmsportal.web.shared.Picks;

/** /app/decisions/edit[?id=…]: record or change a decision and what informed it. */
@Named
@ViewScoped
public class DecisionEditBacking extends EditPage<Decision, DecisionForm> {

    private static final long serialVersionUID = 1L;

    @Inject
    Picks picks;

    public DecisionEditBacking() {
        super("decisions", "decision", DecisionForm::new, DecisionForm::of, Decision::getTitle);
    }

    /** The links the decision has stay, also those the reader may not open (a city's contact: another partnership's pilot). */
    @Override
    protected DecisionForm formOf(Decision record) {
        DecisionForm form = super.formOf(record);
        picks.keep("INDICATOR", form.getIndicatorIds());
        picks.keep("PILOT", form.getPilotIds());
        return form;
    }
}
