package org.ddmsportal.domain.workflow;

import org.ddmsportal.domain.shared.Auditable;

/** An aggregate whose state follows a workflow of {@code workflows/}. */
public interface Workflowable extends Auditable {

    /** The workflow's name, e.g. {@code partnership}. */
    String workflowName();

    String getStatus();

    /** Only the workflow engine calls this, after checking the transition. */
    void enterStatus(String status);
}
