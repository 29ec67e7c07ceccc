package org.ddmsportal.web.guidelines;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lombok.Setter;
import org.ddmsportal.application.communication.GuidelineService;
import org.ddmsportal.domain.communication.Guideline;
import org.ddmsportal.domain.communication.GuidelineRevision;
import org.ddmsportal.web.shared.Ids;
import org.ddmsportal.web.shared.ViewPage;
import org.omnifaces.util.Faces;

/** /app/guidelines/view?id=…[&amp;revision=n]: a guideline, or one of its earlier revisions, and its history. */
@Named
@ViewScoped
public class GuidelineViewBacking extends ViewPage<Guideline> {

    private static final long serialVersionUID = 1L;

    @Inject
    GuidelineService service;

    @Setter private String revisionParam;
    private Integer revision;

    public GuidelineViewBacking() {
        super("guidelines");
    }

    /** viewAction: as every record's page, and a mangled revision (?revision=abc) is "not found" too. */
    @Override
    public void load() {
        Long asked = Ids.parse(revisionParam);
        revision = asked == null || asked > Integer.MAX_VALUE ? null : asked.intValue();
        if (revisionParam != null && !revisionParam.isBlank() && revision == null) {
            Faces.responseSendError(404, "not found");
            return;
        }
        super.load();
    }

    public Guideline getGuideline() {
        return record();
    }

    public List<GuidelineRevision> getRevisions() {
        return once("revisions", () -> service.revisions(currentActor.get(), getId()));
    }

    /** The revision shown: the one asked for, or null for the current text. */
    public GuidelineRevision getShown() {
        if (revision == null || revision == getGuideline().getRevision()) {
            return null;
        }
        return getRevisions().stream().filter(r -> r.getRevision() == revision).findFirst().orElse(null);
    }

    /** The revision asked for, as text: a mangled one (?revision=abc) is "not found", like a mangled id. */
    public String getRevisionParam() { return revisionParam; }
}
