package org.ddmsportal.domain.casestudy;

import java.util.List;
import java.util.Optional;

/** Lessons learned, by what they are attached to. */
public interface LessonRepository {

    Optional<Lesson> find(long id);

    /** kind: {@code case-study}, {@code partnership} or {@code pilot}. */
    List<Lesson> attachedTo(String kind, long id);

    void add(Lesson lesson);

    void remove(Lesson lesson);
}
