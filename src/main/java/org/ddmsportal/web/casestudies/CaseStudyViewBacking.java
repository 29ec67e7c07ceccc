package org.ddmsportal.web.casestudies;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ddmsportal.application.casestudy.CaseStudyService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.casestudy.CaseStudyContent;
import org.ddmsportal.domain.casestudy.Section;
import org.ddmsportal.web.shared.Ids;
import org.ddmsportal.web.shared.Texts;
import org.omnifaces.util.Faces;

/**
 * /app/case-studies/view?id=…[&amp;lang=…]: the case study in the template, in the reader's
 * language where it is translated. Each tab has its own small bean that works on the case study
 * loaded here: {@link CaseStudyCommentsBacking} (the text with its review comments),
 * {@link CaseStudyReviewBacking} (rubric and submissions), {@link CaseStudyAttachmentsBacking},
 * {@link CaseStudyTranslationsBacking} and {@link CaseStudyClearanceBacking}; the lessons and the
 * lifecycle are the shared panels ({@code LessonsBacking}, {@code LifecycleBacking}).
 */
@Named
@ViewScoped
public class CaseStudyViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseStudyService service;

    @Inject
    CurrentActor currentActor;

    private String idParam;
    private String langParam;
    private Long id;
    private long seenVersion;
    private transient CaseStudy caseStudy;

    public void load() {
        id = Ids.parse(idParam);
        caseStudy = id == null ? null : service.find(currentActor.get(), id).orElse(null);
        if (caseStudy == null) {
            Faces.responseSendError(404, "not found");
            return;
        }
        seenVersion = caseStudy.getVersion();
    }

    /** The outcome that shows the page again, after a change made from one of its tabs. */
    String reload() {
        return "/app/case-studies/view?faces-redirect=true&id=" + id;
    }

    public CaseStudy getCaseStudy() {
        if (caseStudy == null && id != null) {
            caseStudy = service.get(currentActor.get(), id);
        }
        return caseStudy;
    }

    /** The content shown: the translation in the chosen (or the user's) language, or the original. */
    public CaseStudyContent getContent() {
        String lang = langParam != null ? langParam : Texts.locale().getLanguage();
        return getCaseStudy().contentIn(lang);
    }

    public boolean isTranslated() {
        return getContent() != getCaseStudy().getContent();
    }

    public List<Section> getSections() {
        return List.of(Section.values());
    }

    public List<Section> getMissing() {
        return getCaseStudy().getContent().missing();
    }

    public boolean isMayEdit() {
        return service.mayEdit(currentActor.get(), getCaseStudy());
    }

    /** Review material (review, lifecycle and history tabs) — see CaseStudyService.mayReadReview. */
    public boolean isMayReadReview() {
        return service.mayReadReview(currentActor.get(), getCaseStudy());
    }

    public Long getId() { return id; }
    /** The version the user saw: a change made from a stale page is refused. */
    public long getSeenVersion() { return seenVersion; }
    public String getIdParam() { return idParam; }
    public void setIdParam(String idParam) { this.idParam = idParam; }
    public String getLangParam() { return langParam; }
    public void setLangParam(String langParam) { this.langParam = langParam; }
}
