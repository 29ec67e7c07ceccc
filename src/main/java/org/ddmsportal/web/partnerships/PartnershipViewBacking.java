package org.ddmsportal.web.partnerships;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ddmsportal.application.audit.AuditService;
import org.ddmsportal.application.partnership.PartnershipService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.audit.AuditEntry;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.workflow.Transition;
import org.ddmsportal.domain.workflow.WorkflowEvent;
import org.ddmsportal.web.shared.Ids;
import org.ddmsportal.web.shared.Texts;
import org.omnifaces.util.Faces;

/**
 * /app/partnerships/view?id=…: a partnership, its partners, its lifecycle (with the moves the
 * user may make now, each with a comment) and its history.
 */
@Named
@ViewScoped
public class PartnershipViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PartnershipService service;

    @Inject
    AuditService audit;

    @Inject
    CurrentActor currentActor;

    private String idParam;
    private Long id;
    private transient Partnership partnership;
    private String comment;

    public void load() {
        id = Ids.parse(idParam);
        partnership = id == null ? null : service.find(currentActor.get(), id).orElse(null);
        if (partnership == null) {
            Faces.responseSendError(404, "not found");
        }
    }

    /** Fires a lifecycle transition with the comment typed; a refusal keeps the comment. */
    public String fire(String transition) {
        long version = partnership().getVersion();
        return Texts.attempt(() -> {
            service.transition(currentActor.get(), id, version, transition, comment);
            Texts.info("partnership.moved");
            return "/app/partnerships/view?faces-redirect=true&id=" + id;
        });
    }

    public Partnership getPartnership() {
        return partnership();
    }

    private Partnership partnership() {
        if (partnership == null && id != null) {
            partnership = service.get(currentActor.get(), id);
        }
        return partnership;
    }

    public boolean isMayEdit() {
        return partnership() != null && service.mayEdit(currentActor.get(), partnership());
    }

    public List<Transition> getTransitions() {
        return service.availableTransitions(currentActor.get(), partnership());
    }

    public List<WorkflowEvent> getLifecycle() {
        return service.lifecycle(currentActor.get(), id);
    }

    public List<AuditEntry> getHistory() {
        return audit.history(currentActor.get(), "Partnership", id);
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
