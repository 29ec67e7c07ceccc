package org.ddmsportal.application.task;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.ddmsportal.application.audit.ChangeMarks;
import org.ddmsportal.application.shared.MarkedCache;
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
 *
 * <p>The count is on every page a signed-in user opens (six COUNTs for an NSI manager), and it
 * changes only when the data does: so it, and the workspace's list, are kept per task query (who asks, as the policy sees
 * them) under the audit trail's change mark and the day ({@link ChangeMarks}, {@link MarkedCache},
 * as the dashboards are) — one cheap statement per page instead of six while nothing changes,
 * counted anew after any committed change.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MyTasks {

    /** At most this many of each kind on the workspace. */
    public static final int MAX_PER_KIND = 20;

    @Inject
    TaskRepository tasks;

    @Inject
    @ConfigProperty(name = "app.agreements.review-notice-days", defaultValue = "30")
    int reviewNoticeDays;

    @Inject
    ChangeMarks marks;

    /** Counts of the users active lately (a few bytes each). */
    private MarkedCache<TaskQuery, Long> counts;

    /** Their lists (at most {@value #MAX_PER_KIND} tasks of each kind, a few KB each). */
    private MarkedCache<TaskQuery, List<Task>> lists;

    @PostConstruct
    void createCache() {
        counts = marks.newCache(2_000);
        lists = marks.newCache(500);
    }

    /** How many tasks wait for the actor. */
    public long count(@NotNull Actor actor) {
        ChangeMarks.Mark mark = marks.current();
        TaskQuery query = TaskPolicy.of(actor, mark.day(), reviewNoticeDays);
        return counts.get(query, mark, () -> tasks.count(query));
    }

    /** The tasks waiting for the actor, newest first (kept like the count; an unmodifiable list). */
    public List<Task> list(@NotNull Actor actor) {
        ChangeMarks.Mark mark = marks.current();
        TaskQuery query = TaskPolicy.of(actor, mark.day(), reviewNoticeDays);
        return lists.get(query, mark, () -> List.copyOf(tasks.list(query, MAX_PER_KIND)));
    }
}
