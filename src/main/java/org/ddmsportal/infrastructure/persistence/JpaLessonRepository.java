package org.ddmsportal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import org.ddmsportal.domain.casestudy.Lesson;
import org.ddmsportal.domain.casestudy.LessonRepository;

@ApplicationScoped
public class JpaLessonRepository extends JpaStore implements LessonRepository {

    @Override
    public Optional<Lesson> find(long id) {
        return byId(Lesson.class, id);
    }

    @Override
    public List<Lesson> attachedTo(String kind, long id) {
        String path = switch (kind) {
            case "case-study" -> "l.caseStudy.id";
            case "partnership" -> "l.partnership.id";
            case "pilot" -> "l.pilot.id";
            default -> throw new IllegalArgumentException(kind);
        };
        return em.createQuery("SELECT l FROM Lesson l WHERE " + path + " = :id ORDER BY l.category, l.id", Lesson.class)
                .setParameter("id", id)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "l.phase")
                .setHint("eclipselink.batch", "l.partnerSector")
                .setHint("eclipselink.batch", "l.domain")
                .getResultList();
    }

    @Override
    public void add(Lesson lesson) {
        insert(lesson);
    }

    @Override
    public void remove(Lesson lesson) {
        em.remove(lesson);
    }
}
