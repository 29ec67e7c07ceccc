package org.ddmsportal.web.activities;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.application.audit.AuditService;
import org.ddmsportal.application.communication.CommunicationService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.audit.AuditEntry;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.casestudy.CaseStudyPolicy;
import org.ddmsportal.domain.communication.Activity;
import org.ddmsportal.web.shared.Ids;
import org.omnifaces.util.Faces;

/** /app/activities/view?id=…: a dissemination activity. */
@Named
@ViewScoped
public class ActivityViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommunicationService service;

    @Inject
    AuditService audit;

    @Inject
    CurrentActor currentActor;

    @Getter @Setter private String idParam;
    private Long id;
    private transient Activity activity;
    private transient List<AuditEntry> history;

    public void load() {
        id = Ids.parse(idParam);
        activity = id == null ? null : service.activity(currentActor.get(), id).orElse(null);
        if (activity == null) {
            Faces.responseSendError(404, "not found");
        }
    }

    public Activity getActivity() {
        if (activity == null && id != null) {
            activity = service.activity(currentActor.get(), id).orElseThrow();
        }
        return activity;
    }

    /** The linked case studies the reader may open (an unpublished one's title is not shown). */
    public List<CaseStudy> getCaseStudies() {
        return getActivity().getCaseStudies().stream()
                .filter(c -> CaseStudyPolicy.mayRead(currentActor.get(), c)).toList();
    }

    public boolean isMayEdit() {
        return service.mayEdit(currentActor.get(), getActivity());
    }

    public List<AuditEntry> getHistory() {
        if (history == null) {
            history = audit.history(currentActor.get(), "Activity", id);
        }
        return history;
    }
}
