package org.ddmsportal.application.workflow;

import org.ddmsportal.domain.shared.AbstractEntity;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.workflow.Transition;
import org.ddmsportal.domain.workflow.WorkflowEvent;

/**
 * A CDI event, fired by the {@link WorkflowEngine} inside the transaction once a transition is
 * made. Observers write the transition's notifications to the mail outbox in that same
 * transaction; the outbox sends them only after commit, so a rolled-back move mails nobody.
 */
public record TransitionFired(Actor actor, AbstractEntity subject, Transition transition, WorkflowEvent event) {
}
