package org.ddmsportal.web.casestudies;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import org.ddmsportal.application.casestudy.LessonForm;
import org.ddmsportal.application.casestudy.LessonService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.casestudy.Lesson;
import org.ddmsportal.domain.casestudy.LessonCategory;
import org.ddmsportal.domain.casestudy.MlTechnique;
import org.ddmsportal.domain.data.SourceKind;
import org.ddmsportal.domain.shared.AbstractEntity;
import org.ddmsportal.web.shared.Texts;

/**
 * The lessons-learned panel ({@code /WEB-INF/parts/lessons.xhtml}) of a case study, partnership
 * or pilot page: the lessons with their facets, and a form to add one.
 */
@Named
@ViewScoped
public class LessonsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> PAGES = Map.of(
            LessonService.CASE_STUDY, "/app/case-studies/view",
            LessonService.PARTNERSHIP, "/app/partnerships/view",
            LessonService.PILOT, "/app/pilots/view");

    @Inject
    LessonService service;

    @Inject
    CurrentActor currentActor;

    @Getter private final LessonForm form = new LessonForm();
    private final transient Map<String, List<Lesson>> lessons = new HashMap<>();

    /** The lessons of the record the page has loaded (it is not read again). */
    public List<Lesson> lessons(AbstractEntity owner) {
        return lessons.computeIfAbsent(owner.getClass().getName() + owner.getId(),
                k -> service.attachedTo(currentActor.get(), owner));
    }

    public boolean mayRecord(AbstractEntity owner) {
        return service.mayRecord(currentActor.get(), owner);
    }

    public String add(String kind, long id) {
        return Texts.attempt(() -> service.add(currentActor.get(), kind, id, form),
                "lesson.added", PAGES.get(kind) + "?faces-redirect=true&tab=lessons&id=" + id);
    }

    public String remove(long lessonId, String kind, long id) {
        return Texts.attempt(() -> service.remove(currentActor.get(), lessonId),
                "lesson.removed", PAGES.get(kind) + "?faces-redirect=true&tab=lessons&id=" + id);
    }

    public LessonCategory[] getCategories() {
        return LessonCategory.values();
    }

    public SourceKind[] getSourceKinds() {
        return SourceKind.values();
    }

    public MlTechnique[] getMlTechniques() {
        return MlTechnique.values();
    }
}
