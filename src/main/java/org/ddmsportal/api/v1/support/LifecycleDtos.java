package org.ddmsportal.api.v1.support;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ddmsportal.application.workflow.Lifecycle;
import org.ddmsportal.application.workflow.WorkflowComments;
import org.ddmsportal.domain.shared.AbstractEntity;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.workflow.WorkflowEvent;
import org.ddmsportal.domain.workflow.Workflowable;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The lifecycle of any aggregate with a workflow, over its {@link Lifecycle} use cases (the same
 * the pages' lifecycle panel uses): {@code GET …/{id}/transitions} (what the caller may fire now),
 * {@code POST …/{id}/transitions/{name}} with {@code If-Match} and an optional comment, and
 * {@code GET …/{id}/events} ({@link LifecycleEndpoint} answers them).
 */
public final class LifecycleDtos {

    private LifecycleDtos() {
    }

    /** A move the caller may make now. */
    @Schema(name = "Transition")
    public record TransitionDto(String name,
                                String to,
                                boolean commentRequired,
                                Map<String, URI> links) {
    }

    /**
     * A fired move: its comment in the caller's language where the portal wrote it (an automatic
     * move's), as written otherwise; who by account and, from V26 on, by their name then.
     */
    @Schema(name = "WorkflowEvent")
    public record EventDto(String transition, String from, String to, String comment,
                           String actor,
                           @Schema(description = "The actor's display name when the move was made; absent in older events")
                           String actorName,
                           Instant at) {
    }

    /** What a caller sends with a move: an optional comment (some moves require one). */
    @Schema(name = "TransitionInput")
    public record TransitionInput(String comment) {
    }

    /** The moves the actor may make now on the record. */
    public static <E extends Workflowable> List<TransitionDto> transitions(Lifecycle<E> lifecycle, Actor actor, E record,
            ApiLinks links, String collection) {
        long id = ((AbstractEntity) record).getId();
        return lifecycle.availableTransitions(actor, record).stream()
                .map(t -> new TransitionDto(t.name(), t.to(), !t.commentOptional(),
                        Map.of("fire", links.uri(collection, id + "/transitions/" + t.name()))))
                .toList();
    }

    /** The record's fired moves, the portal's comments in {@code language}. */
    public static <E extends Workflowable> List<EventDto> events(Lifecycle<E> lifecycle, Actor actor, E record,
            Locale language) {
        return lifecycle.lifecycle(actor, record).stream().map(e -> event(e, language)).toList();
    }

    static EventDto event(WorkflowEvent e, Locale language) {
        return new EventDto(e.getTransition(), e.getFromState(), e.getToState(), WorkflowComments.text(e, language),
                e.getActor(), e.getActorName(), e.getAt());
    }
}
