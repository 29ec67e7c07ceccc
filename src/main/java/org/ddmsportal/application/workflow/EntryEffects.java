package org.ddmsportal.application.workflow;

import java.util.Map;
import java.util.function.Consumer;
import org.ddmsportal.domain.workflow.Workflowable;

/**
 * The entry effects of one workflow: what entering a state does besides changing it (fix the
 * document sent for signature, start a new signing round, record a submission). A workflow file
 * names them per state ({@code "onEnter": ["fixDocument"]}); the {@link WorkflowEngine} runs them
 * in that order, in the transition's transaction, after the state has changed and the event is
 * written and before the notifications are queued, so mails describe the state entered. Each
 * aggregate's application package provides one bean implementing this.
 *
 * @param <E> the records of the workflow
 */
public interface EntryEffects<E extends Workflowable> {

    /** The workflow whose states may name these effects. */
    String workflow();

    /** The records of that workflow. */
    Class<E> type();

    /** The effects by name. */
    Map<String, Consumer<Entered<E>>> effects();
}
