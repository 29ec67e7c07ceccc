package org.ddmsportal.domain.casestudy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import lombok.Getter;

/**
 * The reviewer's acceptance rubric: a case study is approved only when every criterion is met.
 */
@Embeddable
@Getter
public class Rubric implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "rubric_sections_complete", nullable = false)
    private boolean sectionsComplete;

    @Column(name = "rubric_plain_language", nullable = false)
    private boolean plainLanguage;

    @Column(name = "rubric_self_contained", nullable = false)
    private boolean selfContained;

    @Column(name = "rubric_decision_impact", nullable = false)
    private boolean decisionImpact;

    @Column(name = "rubric_note")
    private String note;

    protected Rubric() {
        // for JPA
    }

    public Rubric(boolean sectionsComplete, boolean plainLanguage, boolean selfContained, boolean decisionImpact,
                  String note) {
        this.sectionsComplete = sectionsComplete;
        this.plainLanguage = plainLanguage;
        this.selfContained = selfContained;
        this.decisionImpact = decisionImpact;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    public static Rubric empty() {
        return new Rubric(false, false, false, false, null);
    }

    public boolean allMet() {
        return sectionsComplete && plainLanguage && selfContained && decisionImpact;
    }

    @Override
    public String toString() {
        return "sections complete " + sectionsComplete + ", plain language " + plainLanguage + ", self-contained "
                + selfContained + ", decision impact " + decisionImpact;
    }
}
