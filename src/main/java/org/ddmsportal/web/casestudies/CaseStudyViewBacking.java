package org.ddmsportal.web.casestudies;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.application.casestudy.CaseStudyQueries;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.casestudy.CaseStudyPolicy;
import org.ddmsportal.domain.casestudy.CaseStudyContent;
import org.ddmsportal.domain.casestudy.Section;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.partnership.PartnershipPolicy;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.pilot.PilotPolicy;
import org.ddmsportal.web.shared.Texts;
import org.ddmsportal.web.shared.ViewPage;

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
public class CaseStudyViewBacking extends ViewPage<CaseStudy> {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseStudyQueries service;

    @Getter @Setter private String langParam;

    public CaseStudyViewBacking() {
        super("case-studies");
    }

    @Override
    protected Optional<CaseStudy> find(long id) {
        return service.find(currentActor.get(), id);
    }

    public CaseStudy getCaseStudy() {
        return record();
    }

    /** The partnerships it tells of that the reader may open. */
    public List<Partnership> getPartnerships() {
        return readable("partnerships", () -> getCaseStudy().getPartnerships(), PartnershipPolicy::mayRead);
    }

    /** The pilots it tells of that the reader may open. */
    public List<Pilot> getPilots() {
        return readable("pilots", () -> getCaseStudy().getPilots(), PilotPolicy::mayRead);
    }

    /** The content shown: the translation in the chosen (or the user's) language, or the original. */
    public CaseStudyContent getContent() {
        return getCaseStudy().contentIn(askedLanguage());
    }

    /** The language of the content shown ({@code lang} on its title and text, WCAG 3.1.2). */
    public String getContentLanguage() {
        return getCaseStudy().languageIn(askedLanguage());
    }

    /** The language the reader asks for: the address's {@code lang}, else their interface's. */
    private String askedLanguage() {
        return langParam != null ? langParam : Texts.locale().getLanguage();
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

    @Override
    protected boolean mayEdit(CaseStudy caseStudy) {
        return CaseStudyPolicy.mayEdit(currentActor.get(), caseStudy);
    }

    /** Review material (review, lifecycle and history tabs) — see CaseStudyPolicy.mayReadReview. */
    public boolean isMayReadReview() {
        return CaseStudyPolicy.mayReadReview(currentActor.get(), getCaseStudy());
    }
}
