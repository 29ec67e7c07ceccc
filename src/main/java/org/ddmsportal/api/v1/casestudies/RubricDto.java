package org.ddmsportal.api.v1.casestudies;

import org.ddmsportal.domain.casestudy.Rubric;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The reviewer's acceptance rubric: approval needs every criterion met (the workflow's guard). */
@Schema(name = "Rubric")
public record RubricDto(boolean sectionsComplete, boolean plainLanguage, boolean selfContained, boolean decisionImpact,
                        String note) {

    static RubricDto of(Rubric r) {
        Rubric rubric = r == null ? Rubric.empty() : r;
        return new RubricDto(rubric.isSectionsComplete(), rubric.isPlainLanguage(), rubric.isSelfContained(),
                rubric.isDecisionImpact(), rubric.getNote());
    }

    Rubric toRubric() {
        return new Rubric(sectionsComplete, plainLanguage, selfContained, decisionImpact, note);
    }
}
