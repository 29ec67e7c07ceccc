package org.ddmsportal.infrastructure.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ddmsportal.domain.workflow.WorkflowDefinition;
import org.ddmsportal.domain.workflow.WorkflowEvent;
import org.ddmsportal.domain.workflow.WorkflowRepository;
import org.ddmsportal.infrastructure.persistence.InstantConverter;

@ApplicationScoped
public class JpaWorkflowRepository implements WorkflowRepository {

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkflowRegistry registry;

    /** Ids per statement of {@link #lastFiredAt} (a bounded IN list). */
    private static final int CHUNK = 1_000;

    @Override
    public Optional<WorkflowDefinition> definition(String workflow) {
        return registry.definition(workflow);
    }

    @Override
    public List<WorkflowDefinition> definitions() {
        return registry.definitions();
    }

    @Override
    public Map<Long, Instant> lastFiredAt(String workflow, Collection<Long> subjectIds) {
        Map<Long, Instant> last = new HashMap<>();
        List<Long> ids = List.copyOf(new HashSet<>(subjectIds));
        for (int from = 0; from < ids.size(); from += CHUNK) {
            for (Object[] row : em.createQuery("SELECT e.subjectId, MAX(e.at) FROM WorkflowEvent e WHERE e.workflow = :w"
                            + " AND e.subjectId IN :ids GROUP BY e.subjectId", Object[].class)
                    .setParameter("w", workflow).setParameter("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .getResultList()) {
                last.put(((Number) row[0]).longValue(),
                        InstantConverter.fromRaw(row[1]));
            }
        }
        return last;
    }

    @Override
    public void append(WorkflowEvent event) {
        em.persist(event);
        em.flush();
    }

    @Override
    public List<WorkflowEvent> events(String workflow, long subjectId) {
        return em.createQuery("SELECT e FROM WorkflowEvent e WHERE e.workflow = :w AND e.subjectId = :id"
                        + " ORDER BY e.at DESC, e.id DESC", WorkflowEvent.class)
                .setParameter("w", workflow).setParameter("id", subjectId).getResultList();
    }
}
