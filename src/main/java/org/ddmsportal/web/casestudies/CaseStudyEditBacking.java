package org.ddmsportal.web.casestudies;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ddmsportal.application.casestudy.CaseStudyForm;
import org.ddmsportal.application.casestudy.CaseStudyQueries;
import org.ddmsportal.application.picker.Picker;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.casestudy.CaseStudyPolicy;
import org.ddmsportal.domain.casestudy.Section;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.web.shared.EditPage;
import org.ddmsportal.web.shared.Picks;

/** /app/case-studies/edit[?id=…]: write a case study in the structured template. */
@Named
@ViewScoped
public class CaseStudyEditBacking extends EditPage<CaseStudy, CaseStudyForm> {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseStudyQueries queries;

    @Inject
    Picks picks;

    public CaseStudyEditBacking() {
        super("case-studies", "caseStudy", CaseStudyForm::new, CaseStudyForm::of, CaseStudy::getTitle);
    }

    /**
     * The authors' side may open the form (the service's {@code mayEdit} adds the state, which the
     * page tells apart: a case study in review opens its page saying why, {@link #lockedBecause}).
     */
    @Override
    protected boolean mayEdit(CaseStudy caseStudy) {
        return CaseStudyPolicy.mayAuthor(currentActor.get(), caseStudy);
    }

    @Override
    protected void prepareNew(CaseStudyForm form) {
        form.setCountryCode(currentActor.get().countryCode());
    }

    public List<Section> getSections() {
        return List.of(Section.values());
    }

    /** The countries the actor may write a case study for: read once per view, not on each EL evaluation. */
    public List<Country> getCountryOptions() {
        if (countryOptions == null) {
            countryOptions = queries.countryOptions(currentActor.get());
        }
        return countryOptions;
    }

    private transient List<Country> countryOptions;

    public boolean isAdmin() {
        return currentActor.get().isAdmin();
    }

    /** Partnerships for the case study's links: the picker's, of the case study's country. */
    public List<Long> completePartnership(String text) {
        return picks.complete(Picker.PARTNERSHIP, text, getForm() == null ? null : getForm().getCountryCode());
    }

    /** Pilots for the case study's links: the picker's, of the case study's country. */
    public List<Long> completePilot(String text) {
        return picks.complete(Picker.PILOT, text, getForm() == null ? null : getForm().getCountryCode());
    }
}
