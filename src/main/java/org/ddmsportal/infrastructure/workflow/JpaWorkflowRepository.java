package org.ddmsportal.infrastructure.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.ddmsportal.domain.workflow.WorkflowDefinition;
import org.ddmsportal.domain.workflow.WorkflowEvent;
import org.ddmsportal.domain.workflow.WorkflowRepository;

@ApplicationScoped
public class JpaWorkflowRepository implements WorkflowRepository {

    @PersistenceContext
    EntityManager em;

    @Inject
    WorkflowRegistry registry;

    @Override
    public Optional<WorkflowDefinition> definition(String workflow) {
        return registry.definition(workflow);
    }

    @Override
    public List<WorkflowDefinition> definitions() {
        return registry.definitions();
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
