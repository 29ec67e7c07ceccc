package org.ddmsportal.application.workflow;

import java.time.Instant;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.workflow.Transition;

/**
 * A state just entered, as an entry effect sees it: the record, the transition that entered it,
 * the state it left, who fired it and when.
 */
public record Entered<E>(Actor actor, E subject, Transition transition, String from, Instant at) {
}
