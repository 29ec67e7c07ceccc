package org.ddmsportal.domain.casestudy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import lombok.Getter;
import org.ddmsportal.domain.shared.Texts;

/**
 * What a case study says in one language: title, summary and the template's sections, each in
 * Markdown as its author wrote it (it is rendered safe when shown, never stored altered).
 */
@Embeddable
public class CaseStudyContent implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Longest text of one section, in characters. */
    public static final int MAX_SECTION = 20_000;

    @Column(name = "title", nullable = false, length = 200)
    @Getter private String title;

    @Column(name = "summary")
    @Getter private String summary;

    @Column(name = "motivation")
    private String motivation;

    @Column(name = "organisational_context")
    private String organisationalContext;

    @Column(name = "data_context")
    private String dataContext;

    @Column(name = "approach")
    private String approach;

    @Column(name = "results")
    private String results;

    @Column(name = "decision_impact")
    private String decisionImpact;

    @Column(name = "next_steps")
    private String nextSteps;

    protected CaseStudyContent() {
        // for JPA
    }

    public CaseStudyContent(String title, Map<Section, String> texts) {
        this.title = Texts.required(title, "title");
        this.summary = clean(texts.get(Section.SUMMARY));
        this.motivation = clean(texts.get(Section.MOTIVATION));
        this.organisationalContext = clean(texts.get(Section.ORGANISATIONAL_CONTEXT));
        this.dataContext = clean(texts.get(Section.DATA_CONTEXT));
        this.approach = clean(texts.get(Section.APPROACH));
        this.results = clean(texts.get(Section.RESULTS));
        this.decisionImpact = clean(texts.get(Section.DECISION_IMPACT));
        this.nextSteps = clean(texts.get(Section.NEXT_STEPS));
    }

    private static String clean(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return text.replace("\r\n", "\n").strip();
    }

    public CaseStudyContent copy() {
        return new CaseStudyContent(title, texts());
    }

    public String text(Section section) {
        return switch (section) {
            case SUMMARY -> summary;
            case MOTIVATION -> motivation;
            case ORGANISATIONAL_CONTEXT -> organisationalContext;
            case DATA_CONTEXT -> dataContext;
            case APPROACH -> approach;
            case RESULTS -> results;
            case DECISION_IMPACT -> decisionImpact;
            case NEXT_STEPS -> nextSteps;
        };
    }

    /** Every section with its text (absent ones null), in template order. */
    public Map<Section, String> texts() {
        Map<Section, String> m = new EnumMap<>(Section.class);
        for (Section s : Section.values()) {
            m.put(s, text(s));
        }
        return m;
    }

    /** The sections of the template still empty (summary included). */
    public java.util.List<Section> missing() {
        return java.util.Arrays.stream(Section.values()).filter(s -> text(s) == null).toList();
    }

    /** Everything as one text, for the full-text index. */
    public String plain() {
        StringBuilder b = new StringBuilder(title);
        for (Section s : Section.values()) {
            if (text(s) != null) {
                b.append('\n').append(text(s));
            }
        }
        return b.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseStudyContent c && title.equals(c.title) && texts().equals(c.texts());
    }

    @Override
    public int hashCode() {
        return Objects.hash(title, texts());
    }
}
