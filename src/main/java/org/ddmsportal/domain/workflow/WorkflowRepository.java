package org.ddmsportal.domain.workflow;

import java.util.List;
import java.util.Optional;

/** The loaded workflow definitions and the events of fired transitions. */
public interface WorkflowRepository {

    Optional<WorkflowDefinition> definition(String workflow);

    List<WorkflowDefinition> definitions();

    void append(WorkflowEvent event);

    /** A record's fired transitions, newest first. */
    List<WorkflowEvent> events(String workflow, long subjectId);
}
