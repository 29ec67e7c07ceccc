package org.ddmsportal.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.application.task.MyTasks;

/**
 * The header's "My tasks (n)" on every signed-in page: counted once per request (a few COUNT
 * queries, {@link MyTasks#count}), never for an anonymous reader.
 */
@Named("taskCount")
@RequestScoped
public class TaskCount {

    @Inject
    MyTasks tasks;

    @Inject
    CurrentActor currentActor;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = currentActor.find().map(tasks::count).orElse(0L);
        }
        return count;
    }
}
