package org.ddmsportal.web.shared;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.application.workflow.Lifecycle;
import org.ddmsportal.application.workflow.WorkflowEngine;
import org.ddmsportal.domain.audit.AuditEntry;
import org.ddmsportal.domain.shared.AbstractEntity;
import org.ddmsportal.domain.workflow.Transition;
import org.ddmsportal.domain.workflow.WorkflowEvent;
import org.ddmsportal.domain.workflow.Workflowable;
import org.omnifaces.util.Faces;

/**
 * The lifecycle panel ({@code ddms:lifecycleMoves}, {@code ddms:lifecycleEvents}) of any record that
 * follows a workflow: the moves the user may make now with their comment, the workflow events and
 * the history. It calls the record's service through {@link Lifecycle}, found by the workflow's
 * name, so a new workflow gets its panel by implementing that interface.
 */
@Named
@ViewScoped
public class LifecycleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    @Any
    Instance<Lifecycle<?>> lifecycles;

    @Inject
    CurrentActor currentActor;

    @Inject
    WorkflowEngine workflows;

    @Getter @Setter private String comment;
    private final transient Map<String, List<Transition>> transitions = new HashMap<>();
    private final transient Map<String, List<WorkflowEvent>> events = new HashMap<>();
    private final transient Map<String, List<AuditEntry>> history = new HashMap<>();
    private final transient Map<String, List<NotYet>> notYet = new HashMap<>();

    /** A move offered now that its guards refuse yet, and why ("Activate", "Set the start date first."). */
    public record NotYet(String move, String reason) {
    }

    /** The transitions the user may fire now on the record. */
    public List<Transition> transitions(Workflowable subject) {
        return transitions.computeIfAbsent(key(subject), k -> of(subject).availableTransitions(currentActor.get(), subject));
    }

    /**
     * Whether every move offered now asks for a comment (none is declared {@code commentOptional}):
     * the comment field is then marked required and checked before the move.
     */
    public boolean commentRequired(Workflowable subject) {
        return transitions(subject).stream().noneMatch(Transition::commentOptional);
    }

    /**
     * Whether the move ends the record's lifecycle (its workflow declares the state it leads to
     * final: a withdrawn case study, a terminated agreement, a cancelled pilot): nothing moves it
     * again, so the button asks first ({@link #finalQuestion}).
     */
    public boolean isFinal(Workflowable subject, Transition transition) {
        return workflows.definition(subject.workflowName()).isFinal(transition.to());
    }

    /** "Withdraw? The case study will be Withdrawn, and no move can take it back." */
    public String finalQuestion(Workflowable subject, Transition transition) {
        String workflow = subject.workflowName();
        return Texts.get("lifecycle.final.question", Texts.get("Transition." + workflow + "." + transition.name()),
                Texts.get("Status." + workflow + "." + transition.to()));
    }

    /**
     * What stops the moves offered now, said beside them before one is pressed: "Start negotiation —
     * Add at least one partner first." Pressed anyway, the move is refused with the same words.
     */
    public List<NotYet> notYet(Workflowable subject) {
        String workflow = subject.workflowName();
        return notYet.computeIfAbsent(key(subject), k -> transitions(subject).stream()
                .flatMap(t -> workflows.unmetGuards(subject, t).stream()
                        .map(g -> new NotYet(Texts.get("Transition." + workflow + "." + t.name()), Texts.get("guard." + g))))
                .toList());
    }

    /** The record's workflow events. */
    public List<WorkflowEvent> events(Workflowable subject) {
        return events.computeIfAbsent(key(subject), k -> of(subject).lifecycle(currentActor.get(), subject));
    }

    /**
     * The move that brought the record to its present state, with its comment (the reason given),
     * or {@code null}: the newest event leading to the record's status.
     */
    public WorkflowEvent lastMove(Workflowable subject) {
        return events(subject).stream().filter(e -> subject.workflowName().equals(e.getWorkflow())
                && subject.getStatus().equals(e.getToState())).findFirst().orElse(null);
    }

    /** The record's audit entries. */
    public List<AuditEntry> history(Workflowable subject) {
        return history.computeIfAbsent(key(subject), k -> of(subject).history(currentActor.get(), subject));
    }

    /**
     * Fires a move with the comment typed, from the version the user saw, then shows the page again
     * saying what was done and the status the record is in now ({@code <messages>.moved}: "Send for
     * signature: done. The agreement's status is now “Out for signature”."; read back from its
     * newest event, so an automatic move that followed is told too); a refusal keeps the comment.
     */
    public String fire(Workflowable subject, long seenVersion, Transition move, String messages) {
        long id = id(subject);
        String workflow = subject.workflowName();
        return Texts.attempt(() -> {
            Lifecycle<Workflowable> lifecycle = of(subject);
            lifecycle.transition(currentActor.get(), id, seenVersion, move.name(), comment);
            String now = lifecycle.lifecycle(currentActor.get(), id).stream()
                    .filter(e -> workflow.equals(e.getWorkflow())).map(WorkflowEvent::getToState)
                    .findFirst().orElse(move.to());
            Texts.info(messages + ".moved", Texts.get("Transition." + workflow + "." + move.name()),
                    Texts.get("Status." + workflow + "." + now));
            return Faces.getViewId() + "?faces-redirect=true&id=" + id;
        });
    }

    @SuppressWarnings("unchecked")
    private Lifecycle<Workflowable> of(Workflowable subject) {
        for (Lifecycle<?> lifecycle : lifecycles) {
            if (lifecycle.workflowName().equals(subject.workflowName())) {
                return (Lifecycle<Workflowable>) lifecycle;
            }
        }
        throw new IllegalStateException("no Lifecycle implementation for the workflow " + subject.workflowName());
    }

    private static long id(Workflowable subject) {
        return ((AbstractEntity) subject).getId();
    }

    private static String key(Workflowable subject) {
        return subject.workflowName() + id(subject);
    }
}
