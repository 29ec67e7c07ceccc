package org.ddmsportal.application.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.ddmsportal.application.audit.AuditTrail;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.Clocks;
import org.ddmsportal.domain.shared.AbstractEntity;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Auditable;
import org.ddmsportal.domain.workflow.AutoComment;
import org.ddmsportal.domain.workflow.Transition;
import org.ddmsportal.domain.workflow.WorkflowDefinition;
import org.ddmsportal.domain.workflow.WorkflowEvent;
import org.ddmsportal.domain.workflow.WorkflowRepository;
import org.ddmsportal.domain.workflow.Workflowable;

/**
 * The one way any record changes state. In the caller's transaction: the transition must leave
 * the current state, the actor must hold one of its roles and be in scope for the record, every
 * guard must hold and a comment must say why; then the state changes, the workflow event is
 * written, the entered state's entry effects run (as its workflow file lists them), one audit
 * entry records the move with what the effects changed, and {@link TransitionFired} is announced so that the transition's notifications are
 * written to the mail outbox, which sends them after commit. Anything refused changes nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class WorkflowEngine {

    /** What a lifecycle comment may hold (workflow_event.comment_text). */
    public static final int MAX_COMMENT = org.ddmsportal.domain.shared.Lengths.DESCRIPTION;

    @Inject
    WorkflowRepository workflows;

    @Inject
    WorkflowGuards guards;

    @Inject
    WorkflowEffects effects;

    @Inject
    AuditTrail audit;

    @Inject
    Event<TransitionFired> fired;

    @Inject
    Clock clock;

    public <E extends AbstractEntity & Workflowable> void fire(Actor actor, E subject, String transitionName,
                                                             String comment, Predicate<Actor> inScope,
                                                             String label) {
        Transition transition = definition(subject.workflowName()).transition(transitionName)
                .orElseThrow(() -> TransitionRefusedException.unknown(transitionName));
        fireChecked(actor, subject, subject, transition, comment, inScope, label);
    }

    /**
     * Moves a record along a second lifecycle it follows beside its status (a pilot's GSBPM
     * phase): {@code track} reads and changes the position there, {@code record} is what the
     * audit trail and the event are about. The transition is the one of that name entering
     * {@code target} (a move declared once per target); otherwise as {@link #fire}.
     */
    public <R extends AbstractEntity & Auditable> void move(Actor actor, R record, Workflowable track,
                                                           String transitionName, String target, String comment,
                                                           Predicate<Actor> inScope, String label) {
        Transition transition = definition(track.workflowName()).transition(transitionName, target)
                .orElseThrow(() -> TransitionRefusedException.unknown(transitionName));
        fireChecked(actor, record, track, transition, comment, inScope, label);
    }

    private <R extends AbstractEntity & Auditable> void fireChecked(Actor actor, R record, Workflowable track,
                                                                   Transition transition, String comment,
                                                                   Predicate<Actor> inScope, String label) {
        if (!transition.leaves(track.getStatus())) {
            throw TransitionRefusedException.notFrom(track.getStatus());
        }
        if (!transition.allows(actor) || !inScope.test(actor)) {
            throw new AccessDeniedException();
        }
        enter(actor, record, track, transition, comment, null, label);
    }

    /**
     * Fires an automatic transition: one the portal makes as the consequence of something the
     * caller has already checked (the last signature, a decline, a date reached). The actor is
     * who caused it, for the audit trail; roles do not apply, guards do. Its comment is a message
     * key and arguments, shown in each reader's language; its English text is kept with it.
     */
    public <E extends AbstractEntity & Workflowable> void fireAutomatic(Actor actor, E subject, String transitionName,
                                                                      AutoComment comment, String label) {
        Transition transition = definition(subject.workflowName()).transition(transitionName)
                .filter(Transition::automatic)
                .orElseThrow(() -> TransitionRefusedException.unknown(transitionName));
        if (!transition.leaves(subject.getStatus())) {
            throw TransitionRefusedException.notFrom(subject.getStatus());
        }
        enter(actor, subject, subject, transition, WorkflowComments.text(comment, Locale.ENGLISH), comment, label);
    }

    private <R extends AbstractEntity & Auditable> void enter(Actor actor, R record, Workflowable track,
                                                             Transition transition, String comment,
                                                             AutoComment auto, String label) {
        for (String guard : transition.guards()) {
            if (!guards.holds(guard, track)) {
                throw TransitionRefusedException.guard(guard);
            }
        }
        String text = comment == null ? "" : comment.strip();
        if (text.isEmpty() && !transition.commentOptional()) {
            throw TransitionRefusedException.commentRequired();
        }
        if (text.length() > MAX_COMMENT) {
            throw TransitionRefusedException.commentTooLong(MAX_COMMENT);
        }
        String workflow = track.workflowName();
        String from = track.getStatus();
        var before = record.auditSnapshot();
        track.enterStatus(transition.to());
        Instant at = Clocks.stamp(clock);
        WorkflowEvent event = auto == null
                ? new WorkflowEvent(workflow, record.getId(), transition.name(), from, transition.to(), text,
                        actor.username(), at)
                : new WorkflowEvent(workflow, record.getId(), transition.name(), from, transition.to(), auto, text,
                        actor.username(), at);
        event.actorNamed(actor.displayName());
        workflows.append(event);
        Entered<Workflowable> entered = new Entered<>(actor, track, transition, from, at);
        for (String effect : definition(workflow).onEnter(transition.to())) {
            effects.run(effect, entered);
        }
        // one History entry for the move and what its entry effects changed (a decline's return to
        // draft voids the round's signatures, "Signed" → "Waiting"; taking a case study names its
        // reviewer): recorded before the effects ran, those changes were in no entry
        audit.updated(actor, record, label, before);
        fired.fire(new TransitionFired(actor, record, transition, event));
    }

    /** The transitions the actor could fire now (role and state; guards are checked on firing). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Transition> available(Actor actor, Workflowable subject, Predicate<Actor> inScope) {
        if (!inScope.test(actor)) {
            return List.of();
        }
        return definition(subject.workflowName()).leaving(subject.getStatus()).stream()
                .filter(t -> t.allows(actor)).toList();
    }

    /**
     * The guards of a move that do not hold now, by name ({@code guard.<name>} in the bundles): the
     * lifecycle panel says them before the move is pressed. Firing checks them again.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> unmetGuards(Workflowable subject, Transition transition) {
        return transition.guards().stream().filter(g -> !guards.holds(g, subject)).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public String initialState(String workflow) {
        return definition(workflow).initial();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WorkflowEvent> events(String workflow, long subjectId) {
        return workflows.events(workflow, subjectId);
    }

    /** When the newest transition of each of these records was fired (one statement for them all). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Instant> lastFiredAt(String workflow, Collection<Long> subjectIds) {
        return subjectIds.isEmpty() ? Map.of() : workflows.lastFiredAt(workflow, subjectIds);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WorkflowDefinition> definitions() {
        return workflows.definitions();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public WorkflowDefinition definition(String workflow) {
        return workflows.definition(workflow)
                .orElseThrow(() -> new IllegalStateException("workflow not loaded: " + workflow));
    }
}
