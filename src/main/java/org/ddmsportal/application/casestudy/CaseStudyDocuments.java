package org.ddmsportal.application.casestudy;

import jakarta.annotation.PostConstruct;
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
import org.ddmsportal.application.audit.ChangeMarks;
import org.ddmsportal.application.shared.MarkdownRenderer;
import org.ddmsportal.application.shared.MarkedCache;
import org.ddmsportal.application.shared.MessagePatterns;
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

    @Inject
    ChangeMarks marks;

    /** The showcase's PDFs by (slug, language), kept until the next change in the portal. */
    private MarkedCache<List<String>, byte[]> kept;

    @PostConstruct
    void createCache() {
        kept = marks.newCache(200);
    }

    /**
     * The PDF of the published case study with this slug, in the given language if translated.
     * Anyone may ask for it, as often as they like: it is made once per change of the portal's
     * data ({@link ChangeMarks}) and language, not once per request.
     */
    public Optional<byte[]> publishedPdf(String slug, String language) {
        // the key is exactly what the document depends on, so no request can store one language's
        // PDF under another's key ("?lang=FR", "?lang=pl" for a Polish translation)
        String key = languageAsked(language);
        ChangeMarks.Mark mark = marks.current();
        return caseStudies.publishedBySlug(slug).map(c -> kept.get(List.of(slug, key), mark,
                () -> pdf.pdf(templates.html("documents/case-study", model(c, key.isEmpty() ? null : key)))));
    }

    /**
     * A language asked for ({@code ?lang=}) as the documents and the showcase read it: two lower-case
     * letters, as a translation's code is ("FR" is fr); anything else is {@code ""}, none asked.
     */
    public static String languageAsked(String language) {
        String lang = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        return lang.matches("[a-z]{2}") ? lang : "";
    }

    /**
     * The document's model. Its own words (headings, "Lessons learned", the page footer), the
     * country and the date are in the language asked for, as the showcase's page shows them (one of
     * the portal's languages, English otherwise); the text is the translation in it, if there is one.
     */
    Map<String, Object> model(CaseStudy c, String language) {
        CaseStudyContent content = c.contentIn(language);
        Locale words = MessagePatterns.spoken(language == null ? null : Locale.forLanguageTag(language));
        Map<String, Object> m = new HashMap<>();
        m.put("title", content.getTitle());
        m.put("language", content == c.getContent() ? c.getLanguage() : language);
        m.put("country", c.getCountry().nameIn(words));
        m.put("publishedAt", c.getPublishedAt() == null ? null : java.time.format.DateTimeFormatter
                .ofLocalizedDate(java.time.format.FormatStyle.LONG).withLocale(words)
                .format(c.getPublishedAt().atOffset(ZoneOffset.UTC).toLocalDate()));
        for (String key : List.of("kind", "published", "partnerships", "pilots", "lessons", "footer", "page", "pageOf")) {
            m.put("t_" + key, MessagePatterns.text(words, "caseStudy.pdf." + key));
        }
        m.put("partnerships", c.getPartnerships().isEmpty() ? null
                : c.getPartnerships().stream().map(Partnership::getTitle).collect(Collectors.joining("; ")));
        m.put("pilots", c.getPilots().isEmpty() ? null
                : c.getPilots().stream().map(Pilot::getTitle).collect(Collectors.joining("; ")));
        List<Map<String, Object>> sections = new ArrayList<>();
        for (Section s : Section.values()) {
            String text = content.text(s);
            if (text != null) {
                sections.add(Map.of("heading", MessagePatterns.text(words, "Section." + s.name()), "html", markdown.toSafeXhtml(text),
                        "cssClass", s == Section.SUMMARY ? "summary" : "section"));
            }
        }
        m.put("sections", sections);
        List<Map<String, Object>> ls = new ArrayList<>();
        for (Lesson l : lessons.attachedTo("case-study", c.getId())) {
            ls.add(Map.of("category", MessagePatterns.text(words, "LessonCategory." + l.getCategory().name()),
                    "html", markdown.toSafeXhtml(l.getText())));
        }
        m.put("lessons", ls);
        m.put("hasLessons", !ls.isEmpty());
        m.put("url", portal.url() + "/showcase/case-studies/" + c.getSlug());
        return m;
    }
}
