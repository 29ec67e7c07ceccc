package org.ddmsportal.web.showcase;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.application.casestudy.CaseStudyDocuments;
import org.ddmsportal.application.casestudy.CaseStudyShowcase;
import org.ddmsportal.application.casestudy.LessonService;
import org.ddmsportal.domain.casestudy.Attachment;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.casestudy.CaseStudyContent;
import org.ddmsportal.domain.casestudy.Lesson;
import org.ddmsportal.domain.casestudy.Section;
import org.ddmsportal.web.shared.Texts;
import org.omnifaces.util.Faces;

/**
 * /showcase/case-studies/&lt;slug&gt;: a published case study for everyone — its text (in the
 * visitor's language when translated), lessons and attachments. Anything unpublished is 404.
 */
@Named
@RequestScoped
public class ShowcaseCaseStudyBacking {

    @Inject
    CaseStudyShowcase service;

    @Inject
    LessonService lessons;

    @Getter @Setter private String slug;
    @Getter @Setter private String lang;
    @Getter private CaseStudy caseStudy;
    private List<Lesson> lessonList;
    private List<Attachment> attachmentList;

    public void load() {
        caseStudy = service.publishedBySlug(slug).orElse(null);
        if (caseStudy == null) {
            Faces.responseSendError(404, "not found");
        }
    }

    public CaseStudyContent getContent() {
        return caseStudy.contentIn(getReadIn());
    }

    /**
     * The language the page is read in: the one asked for ({@code ?lang=}), else the interface's.
     * Its printable PDF is asked in it too, so a reader of the French page gets the French document.
     */
    public String getReadIn() {
        String asked = CaseStudyDocuments.languageAsked(lang);
        return asked.isEmpty() ? Texts.locale().getLanguage() : asked;
    }

    public List<Section> getSections() {
        return List.of(Section.values());
    }

    public List<Lesson> getLessons() {
        if (lessonList == null) {
            lessonList = lessons.ofPublished(caseStudy);
        }
        return lessonList;
    }

    /** Read once per request (the page asks whether there are any, then lists them). */
    public List<Attachment> getAttachments() {
        if (attachmentList == null) {
            attachmentList = service.publishedAttachments(caseStudy);
        }
        return attachmentList;
    }
}
