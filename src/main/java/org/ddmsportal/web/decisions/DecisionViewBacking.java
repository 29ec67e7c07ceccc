package org.ddmsportal.web.decisions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ddmsportal.application.audit.AuditService;
import org.ddmsportal.application.decision.DecisionService;
import org.ddmsportal.application.shared.Editing;
import org.ddmsportal.domain.audit.AuditEntry;
import org.ddmsportal.domain.decision.Decision;
import org.ddmsportal.web.shared.ViewPage;

/** /app/decisions/view?id=…: a decision and the indicators and pilots that informed it. */
@Named
@ViewScoped
public class DecisionViewBacking extends ViewPage<Decision> {

    private static final long serialVersionUID = 1L;

    @Inject
    DecisionService service;

    @Inject
    AuditService audit;

    public DecisionViewBacking() {
        super("decisions");
    }

    @Override
    protected Editing<Decision, ?> editing() {
        return service;
    }

    public Decision getDecision() {
        return record();
    }

    public List<AuditEntry> getHistory() {
        return once("history", () -> audit.history(currentActor.get(), "Decision", getId()));
    }
}
