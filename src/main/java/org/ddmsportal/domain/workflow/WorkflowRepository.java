package org.ddmsportal.domain.workflow;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The loaded workflow definitions and the events of fired transitions. */
public interface WorkflowRepository {

    Optional<WorkflowDefinition> definition(String workflow);

    List<WorkflowDefinition> definitions();

    void append(WorkflowEvent event);

    /** A record's fired transitions, newest first. */
    List<WorkflowEvent> events(String workflow, long subjectId);

    /** When the newest transition of each of these records was fired (records without one are left out). */
    Map<Long, Instant> lastFiredAt(String workflow, Collection<Long> subjectIds);
}
