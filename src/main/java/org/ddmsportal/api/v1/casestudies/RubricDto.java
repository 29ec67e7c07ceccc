package org.ddmsportal.api.v1.casestudies;

import org.ddmsportal.domain.casestudy.Rubric;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The reviewer's acceptance rubric: approval needs every criterion met (the workflow's guard). Its
 * criteria are {@code Boolean}, not {@code boolean}: JSON-B applies {@code StrictJsonb}'s yes/no
 * check to the boxed type only, and a primitive read "yes" as false (absent is not met).
 */
@Schema(name = "Rubric")
public record RubricDto(Boolean sectionsComplete, Boolean plainLanguage, Boolean selfContained, Boolean decisionImpact,
                        String note) {

    static RubricDto of(Rubric r) {
        Rubric rubric = r == null ? Rubric.empty() : r;
        return new RubricDto(rubric.isSectionsComplete(), rubric.isPlainLanguage(), rubric.isSelfContained(),
                rubric.isDecisionImpact(), rubric.getNote());
    }

    Rubric toRubric() {
        return new Rubric(Boolean.TRUE.equals(sectionsComplete), Boolean.TRUE.equals(plainLanguage),
                Boolean.TRUE.equals(selfContained), Boolean.TRUE.equals(decisionImpact), note);
    }
}
