package org.ddmsportal.application.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.PartyRole;
import org.ddmsportal.domain.agreement.TermsChecklist;
import org.ddmsportal.domain.casestudy.CaseStudy;
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
            "hasStartDate", subject -> subject instanceof Partnership p && p.getStartDate() != null,
            "hasSigner", subject -> subject instanceof Agreement a
                    && a.getParties().stream().anyMatch(p -> p.getRole() == PartyRole.SIGNER),
            "checklistComplete", subject -> subject instanceof Agreement a && TermsChecklist.check(a).complete(),
            "effectiveDateReached", subject -> subject instanceof Agreement a
                    && (a.getEffectiveDate() == null || !a.getEffectiveDate().isAfter(LocalDate.now())),
            "rubricMet", subject -> subject instanceof CaseStudy c && c.getRubric().allMet()
                    && c.getContent().missing().isEmpty(),
            "partnersCleared", subject -> subject instanceof CaseStudy c && c.isCleared());

    public Set<String> names() {
        return GUARDS.keySet();
    }

    public boolean holds(String guard, Workflowable subject) {
        Predicate<Workflowable> predicate = GUARDS.get(guard);
        return predicate != null && predicate.test(subject);
    }
}
