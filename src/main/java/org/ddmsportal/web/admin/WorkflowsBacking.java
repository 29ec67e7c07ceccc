package org.ddmsportal.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.Collectors;
import org.ddmsportal.application.workflow.WorkflowEngine;
import org.ddmsportal.domain.workflow.Transition;
import org.ddmsportal.domain.workflow.WorkflowDefinition;
import org.ddmsportal.web.shared.Texts;

/** /app/admin/workflows: each lifecycle of workflows/ drawn, with its transitions as a table. */
@Named
@RequestScoped
public class WorkflowsBacking {

    @Inject
    WorkflowEngine workflows;

    public List<WorkflowDefinition> getWorkflows() {
        return workflows.definitions();
    }

    public String diagram(WorkflowDefinition workflow) {
        String w = workflow.name();
        return WorkflowDiagram.svg(workflow, s -> Texts.get("Status." + w + "." + s),
                t -> Texts.get("Transition." + w + "." + t), Texts.get("workflow.diagramOf", Texts.get("workflow." + w)));
    }

    public String roles(Transition transition) {
        if (transition.automatic()) {
            return Texts.get("workflow.automatic");
        }
        return transition.roles().stream().sorted().map(r -> Texts.get("Role." + r.name())).collect(Collectors.joining(", "));
    }
}
