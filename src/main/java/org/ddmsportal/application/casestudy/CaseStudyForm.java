package org.ddmsportal.application.casestudy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.casestudy.CaseStudyContent;
import org.ddmsportal.domain.casestudy.Section;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.shared.Lengths;

/**
 * What a country writes: title, summary and sections in Markdown (keyed by {@link Section}
 * name), the language they are written in, and the partnerships and pilots told about. Used for
 * the original and, with {@code language} set to another language, for a translation.
 */
@Getter @Setter
public class CaseStudyForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long version;

    private String countryCode;

    @NotNull
    @Pattern(regexp = "en|fr|ru|[a-z]{2}", message = "{ddms.language.pattern}")
    private String language = "en";

    @NotBlank
    @Size(max = Lengths.NAME)
    private String title;

    private Map<String, @Size(max = CaseStudyContent.MAX_SECTION, message = "{ddms.section.size}") String> texts = new HashMap<>();

    @Size(max = 50)
    private List<@NotNull Long> partnershipIds = new ArrayList<>();

    @Size(max = 50)
    private List<@NotNull Long> pilotIds = new ArrayList<>();

    public static CaseStudyForm of(CaseStudy c) {
        CaseStudyForm f = new CaseStudyForm();
        f.version = c.getVersion();
        f.countryCode = c.getCountry().getAlpha2();
        f.language = c.getLanguage();
        f.title = c.getTitle();
        c.getContent().texts().forEach((s, t) -> f.texts.put(s.name(), t));
        f.partnershipIds = new ArrayList<>(c.getPartnerships().stream().map(Partnership::getId).toList());
        f.pilotIds = new ArrayList<>(c.getPilots().stream().map(Pilot::getId).toList());
        return f;
    }

    /** A form for a translation of the case study into {@code lang}, filled if it exists. */
    public static CaseStudyForm translationOf(CaseStudy c, String lang) {
        CaseStudyForm f = new CaseStudyForm();
        f.version = c.getVersion();
        f.language = lang;
        CaseStudyContent t = c.getTranslations().get(lang);
        if (t != null) {
            f.title = t.getTitle();
            t.texts().forEach((s, text) -> f.texts.put(s.name(), text));
        }
        return f;
    }

    public CaseStudyContent content() {
        Map<Section, String> m = new HashMap<>();
        texts.forEach((k, v) -> {
            try {
                m.put(Section.valueOf(k), v);
            } catch (IllegalArgumentException ignored) {
                // an unknown key from the request is dropped
            }
        });
        return new CaseStudyContent(title, m);
    }
    public Map<String, String> getTexts() { return texts; }
    public void setTexts(Map<String, String> texts) { this.texts = texts; }
}
