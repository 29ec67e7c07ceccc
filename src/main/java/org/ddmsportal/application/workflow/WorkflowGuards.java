package org.ddmsportal.application.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.workflow.Workflowable;

/**
 * The named guards a workflow file may use. A guard is a condition on the record that must hold
 * for a transition; a failed guard refuses the transition with the message
 * {@code guard.<name>}. Adding a guard here makes it known to the workflow validation.
 */
@ApplicationScoped
public class WorkflowGuards {

    private static final Map<String, Predicate<Workflowable>> GUARDS = Map.of(
            "hasPartner", subject -> subject instanceof Partnership p && !p.getPartners().isEmpty(),
            "hasStartDate", subject -> subject instanceof Partnership p && p.getStartDate() != null);

    public Set<String> names() {
        return GUARDS.keySet();
    }

    public boolean holds(String guard, Workflowable subject) {
        Predicate<Workflowable> predicate = GUARDS.get(guard);
        return predicate != null && predicate.test(subject);
    }
}
