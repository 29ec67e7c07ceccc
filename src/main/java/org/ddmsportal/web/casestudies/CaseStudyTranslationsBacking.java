package org.ddmsportal.web.casestudies;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.application.casestudy.CaseStudyAuthoring;
import org.ddmsportal.application.casestudy.CaseStudyForm;
import org.ddmsportal.web.shared.Texts;

/** The translations tab of a case study's page: start, write and remove a translation. */
@Named
@ViewScoped
public class CaseStudyTranslationsBacking extends CaseStudyTab {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseStudyAuthoring authoring;

    @Getter private CaseStudyForm translation;
    @Getter @Setter private String translationLanguage;

    public void startTranslation() {
        if (translationLanguage != null) {
            translation = CaseStudyForm.translationOf(page.getCaseStudy(), translationLanguage);
        }
    }

    public String saveTranslation() {
        return Texts.attempt(() -> authoring.translate(currentActor.get(), page.getId(), translation),
                "saved", page.reload("translations"));
    }

    public String removeTranslation(String language) {
        return Texts.attempt(() -> {
            authoring.removeTranslation(currentActor.get(), page.getId(), page.getSeenVersion(), language);
        }, "saved", page.reload("translations"));
    }

    /** The portal's languages other than the original's. */
    public List<String> getTranslationOptions() {
        return List.of("en", "fr", "ru").stream().filter(l -> !l.equals(page.getCaseStudy().getLanguage())).toList();
    }
}
