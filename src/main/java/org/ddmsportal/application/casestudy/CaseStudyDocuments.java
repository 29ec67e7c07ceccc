package org.ddmsportal.application.casestudy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ddmsportal.application.shared.MarkdownRenderer;
import org.ddmsportal.application.shared.PdfRenderer;
import org.ddmsportal.application.shared.PortalAddress;
import org.ddmsportal.application.shared.Templates;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.casestudy.CaseStudyContent;
import org.ddmsportal.domain.casestudy.Lesson;
import org.ddmsportal.domain.casestudy.LessonRepository;
import org.ddmsportal.domain.casestudy.Section;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.pilot.Pilot;

/**
 * The printable PDF of a published case study ({@code templates/documents/case-study.html}):
 * its sections and lessons, Markdown rendered safe as XHTML (no images are fetched).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CaseStudyDocuments {

    private static final Map<Section, String> HEADINGS = Map.of(
            Section.SUMMARY, "Summary", Section.MOTIVATION, "Motivation",
            Section.ORGANISATIONAL_CONTEXT, "Organisational context", Section.DATA_CONTEXT, "Data context",
            Section.APPROACH, "Approach and methods", Section.RESULTS, "Results",
            Section.DECISION_IMPACT, "Impact on decisions", Section.NEXT_STEPS, "Next steps");

    @Inject
    CaseStudyShowcase caseStudies;

    @Inject
    LessonRepository lessons;

    @Inject
    Templates templates;

    @Inject
    PdfRenderer pdf;

    @Inject
    MarkdownRenderer markdown;

    @Inject
    PortalAddress portal;

    /** The PDF of the published case study with this slug, in the given language if translated. */
    public Optional<byte[]> publishedPdf(String slug, String language) {
        return caseStudies.publishedBySlug(slug).map(c -> pdf.pdf(templates.html("documents/case-study", model(c, language))));
    }

    Map<String, Object> model(CaseStudy c, String language) {
        CaseStudyContent content = c.contentIn(language);
        Map<String, Object> m = new HashMap<>();
        m.put("title", content.getTitle());
        m.put("language", content == c.getContent() ? c.getLanguage() : language);
        m.put("country", c.getCountry().nameIn(Locale.ENGLISH));
        m.put("publishedAt", c.getPublishedAt() == null ? null : c.getPublishedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString());
        m.put("partnerships", c.getPartnerships().isEmpty() ? null
                : c.getPartnerships().stream().map(Partnership::getTitle).collect(Collectors.joining("; ")));
        m.put("pilots", c.getPilots().isEmpty() ? null
                : c.getPilots().stream().map(Pilot::getTitle).collect(Collectors.joining("; ")));
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Section s : Section.values()) {
            String text = content.text(s);
            if (text != null) {
                sections.add(Map.of("heading", HEADINGS.get(s), "html", markdown.toSafeXhtml(text),
                        "cssClass", s == Section.SUMMARY ? "summary" : "section"));
            }
        }
        m.put("sections", sections);
        List<Map<String, Object>> ls = new ArrayList<>();
        for (Lesson l : lessons.attachedTo("case-study", c.getId())) {
            String category = l.getCategory().name().replace('_', ' ').toLowerCase(Locale.ROOT);
            ls.add(Map.of("category", Character.toUpperCase(category.charAt(0)) + category.substring(1),
                    "html", markdown.toSafeXhtml(l.getText())));
        }
        m.put("lessons", ls);
        m.put("hasLessons", !ls.isEmpty());
        m.put("url", portal.url() + "/showcase/case-studies/" + c.getSlug());
        return m;
    }
}
