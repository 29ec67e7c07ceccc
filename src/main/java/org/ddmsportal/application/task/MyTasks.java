package org.ddmsportal.application.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.task.Task;
import org.ddmsportal.domain.task.TaskPolicy;
import org.ddmsportal.domain.task.TaskQuery;
import org.ddmsportal.domain.task.TaskRepository;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * My tasks: what waits for the actor — drafts, approvals and signatures whose turn is hers,
 * revisions, reviews, clearances, renewal and review reminders — as {@link TaskPolicy} decides
 * from her roles and scope. The count is what the header shows on every page (COUNT queries only);
 * the list is the workspace's, newest first.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MyTasks {

    /** At most this many of each kind on the workspace. */
    public static final int MAX_PER_KIND = 20;

    @Inject
    TaskRepository tasks;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "app.agreements.review-notice-days", defaultValue = "30")
    int reviewNoticeDays;

    /** How many tasks wait for the actor. */
    public long count(@NotNull Actor actor) {
        return tasks.count(query(actor));
    }

    /** The tasks waiting for the actor, newest first. */
    public List<Task> list(@NotNull Actor actor) {
        return tasks.list(query(actor), MAX_PER_KIND);
    }

    private TaskQuery query(Actor actor) {
        return TaskPolicy.of(actor, LocalDate.now(clock), reviewNoticeDays);
    }
}
