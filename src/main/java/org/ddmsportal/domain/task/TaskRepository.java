package org.ddmsportal.domain.task;

import java.util.List;

/** Counts and lists a user's tasks; cheap enough to count on every page (COUNT queries only). */
public interface TaskRepository {

    /** How many tasks the query finds. */
    long count(TaskQuery query);

    /** The tasks the query finds, newest first, at most {@code max} of each kind. */
    List<Task> list(TaskQuery query, int max);
}
