package org.ddmsportal.web.decisions;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.application.audit.AuditService;
import org.ddmsportal.application.decision.DecisionService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.audit.AuditEntry;
import org.ddmsportal.domain.decision.Decision;
import org.ddmsportal.web.shared.Ids;
import org.omnifaces.util.Faces;

/** /app/decisions/view?id=…: a decision and the indicators and pilots that informed it. */
@Named
@ViewScoped
public class DecisionViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DecisionService service;

    @Inject
    AuditService audit;

    @Inject
    CurrentActor currentActor;

    @Getter @Setter private String idParam;
    private Long id;
    private transient Decision decision;
    private transient List<AuditEntry> history;

    public void load() {
        id = Ids.parse(idParam);
        decision = id == null ? null : service.find(currentActor.get(), id).orElse(null);
        if (decision == null) {
            Faces.responseSendError(404, "not found");
        }
    }

    public Decision getDecision() {
        if (decision == null && id != null) {
            decision = service.get(currentActor.get(), id);
        }
        return decision;
    }

    public boolean isMayEdit() {
        return getDecision() != null && service.mayEdit(currentActor.get(), getDecision());
    }

    public List<AuditEntry> getHistory() {
        if (history == null) {
            history = audit.history(currentActor.get(), "Decision", id);
        }
        return history;
    }
}
