package org.ddmsportal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.application.task.MyTasks;
import org.ddmsportal.domain.task.Task;

/** /app/index, "My tasks": what waits for the user, newest first, each a link to its record. */
@Named
@RequestScoped
public class MyTasksBacking {

    @Inject
    MyTasks tasks;

    @Inject
    CurrentActor currentActor;

    private List<Task> list;

    public List<Task> getTasks() {
        if (list == null) {
            list = tasks.list(currentActor.get());
        }
        return list;
    }

    /** The page a task opens: its record's view. */
    public String outcome(Task task) {
        return "agreement".equals(task.kind().recordType()) ? "/app/agreements/view" : "/app/case-studies/view";
    }
}
