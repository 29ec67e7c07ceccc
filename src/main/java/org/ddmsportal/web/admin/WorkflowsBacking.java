package org.ddmsportal.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ddmsportal.application.partnership.PartnershipService;
import org.ddmsportal.domain.workflow.WorkflowDefinition;
import org.ddmsportal.web.shared.Texts;

/** /app/admin/workflows: each lifecycle of workflows/ drawn, with its transitions as a table. */
@Named
@RequestScoped
public class WorkflowsBacking {

    @Inject
    PartnershipService partnerships;

    public List<WorkflowDefinition> getWorkflows() {
        return partnerships.workflows();
    }

    public String diagram(WorkflowDefinition workflow) {
        String w = workflow.name();
        return WorkflowDiagram.svg(workflow, s -> Texts.get("Status." + w + "." + s),
                t -> Texts.get("Transition." + w + "." + t), Texts.get("workflow.diagramOf", Texts.get("workflow." + w)));
    }

    public String roles(java.util.Set<org.ddmsportal.domain.shared.Role> roles) {
        return roles.stream().sorted().map(r -> Texts.get("Role." + r.name())).reduce((a, b) -> a + ", " + b).orElse("");
    }
}
