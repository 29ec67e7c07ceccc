package org.ddmsportal.application.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.PartyRole;
import org.ddmsportal.domain.agreement.TermsChecklist;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.workflow.Workflowable;

/**
 * The named guards a workflow file may use. A guard is a condition on the record that must hold
 * for a transition; a failed guard refuses the transition with the message
 * {@code guard.<name>}. Each guard is typed to the one workflow whose records it reads: a file
 * naming it in another workflow is refused at start-up. Adding a guard here makes it known to
 * the workflow validation.
 */
@ApplicationScoped
public class WorkflowGuards {

    /** A guard on the records of one workflow; its test is given the record and today's date. */
    record Guard<E extends Workflowable>(String name, String workflow, Class<E> type, BiPredicate<E, LocalDate> test) {

        boolean holds(Workflowable subject, LocalDate today) {
            return type.isInstance(subject) && test.test(type.cast(subject), today);
        }
    }

    private static final List<Guard<?>> GUARDS = List.of(
            new Guard<>("hasPartner", Partnership.WORKFLOW, Partnership.class, (p, today) -> !p.getPartners().isEmpty()),
            new Guard<>("hasStartDate", Partnership.WORKFLOW, Partnership.class, (p, today) -> p.getStartDate() != null),
            new Guard<>("hasSigner", Agreement.WORKFLOW, Agreement.class,
                    (a, today) -> a.getParties().stream().anyMatch(p -> p.getRole() == PartyRole.SIGNER)),
            new Guard<>("checklistComplete", Agreement.WORKFLOW, Agreement.class,
                    (a, today) -> TermsChecklist.check(a).complete()),
            // sent after its expiry date, it would be signed for a term already over
            new Guard<>("notExpired", Agreement.WORKFLOW, Agreement.class,
                    (a, today) -> a.getExpiryDate() == null || !a.getExpiryDate().isBefore(today)),
            new Guard<>("effectiveDateReached", Agreement.WORKFLOW, Agreement.class,
                    (a, today) -> a.getEffectiveDate() == null || !a.getEffectiveDate().isAfter(today)),
            new Guard<>("rubricMet", CaseStudy.WORKFLOW, CaseStudy.class,
                    (c, today) -> c.getRubric().allMet() && c.getContent().missing().isEmpty()),
            new Guard<>("partnersCleared", CaseStudy.WORKFLOW, CaseStudy.class, (c, today) -> c.isCleared()));

    private static final Map<String, Guard<?>> BY_NAME = byName();

    @Inject
    Clock clock;

    private static Map<String, Guard<?>> byName() {
        Map<String, Guard<?>> m = new LinkedHashMap<>();
        for (Guard<?> g : GUARDS) {
            if (m.put(g.name(), g) != null) {
                throw new IllegalStateException("guard '" + g.name() + "' is declared twice");
            }
        }
        return Map.copyOf(m);
    }

    public Set<String> names() {
        return BY_NAME.keySet();
    }

    /** Each guard's name and the workflow it belongs to. */
    public Map<String, String> workflows() {
        Map<String, String> m = new LinkedHashMap<>();
        GUARDS.forEach(g -> m.put(g.name(), g.workflow()));
        return m;
    }

    /** False for an unknown guard, and for a record of another workflow than the guard's. */
    public boolean holds(String guard, Workflowable subject) {
        Guard<?> g = BY_NAME.get(guard);
        return g != null && g.holds(subject, LocalDate.now(clock));
    }
}
