package org.ddmsportal.web.guidelines;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.application.communication.CommunicationService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.communication.Guideline;
import org.ddmsportal.domain.communication.GuidelineRevision;
import org.ddmsportal.web.shared.Ids;
import org.omnifaces.util.Faces;

/** /app/guidelines/view?id=…[&amp;revision=n]: a guideline, or one of its earlier revisions, and its history. */
@Named
@ViewScoped
public class GuidelineViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommunicationService service;

    @Inject
    CurrentActor currentActor;

    @Getter @Setter private String idParam;
    @Setter private String revisionParam;
    private Integer revision;
    private Long id;
    private transient Guideline guideline;
    private transient List<GuidelineRevision> revisions;

    public void load() {
        id = Ids.parse(idParam);
        Long asked = Ids.parse(revisionParam);
        revision = asked == null || asked > Integer.MAX_VALUE ? null : asked.intValue();
        boolean mangled = revisionParam != null && !revisionParam.isBlank() && revision == null;
        guideline = id == null || mangled ? null : service.guideline(currentActor.get(), id).orElse(null);
        if (guideline == null) {
            Faces.responseSendError(404, "not found");
        }
    }

    public Guideline getGuideline() {
        if (guideline == null && id != null) {
            guideline = service.guideline(currentActor.get(), id).orElseThrow();
        }
        return guideline;
    }

    public List<GuidelineRevision> getRevisions() {
        if (revisions == null) {
            revisions = service.revisions(currentActor.get(), id);
        }
        return revisions;
    }

    /** The revision shown: the one asked for, or null for the current text. */
    public GuidelineRevision getShown() {
        if (revision == null || revision == getGuideline().getRevision()) {
            return null;
        }
        return getRevisions().stream().filter(r -> r.getRevision() == revision).findFirst().orElse(null);
    }

    public boolean isMayEdit() {
        return service.mayEditGuidelines(currentActor.get());
    }
    /** The revision asked for, as text: a mangled one (?revision=abc) is "not found", like a mangled id. */
    public String getRevisionParam() { return revisionParam; }
}
