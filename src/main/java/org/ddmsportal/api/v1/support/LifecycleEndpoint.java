package org.ddmsportal.api.v1.support;

import jakarta.ws.rs.core.Response;
import java.util.List;
import org.ddmsportal.application.workflow.Lifecycle;
import org.ddmsportal.domain.shared.AbstractEntity;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.workflow.Workflowable;

/**
 * The lifecycle sub-resource of a record with a workflow, over its {@link Lifecycle} use cases (the
 * same the pages' lifecycle panel uses): {@code GET …/{id}/transitions} (what the caller may fire
 * now), {@code POST …/{id}/transitions/{name}} with {@code If-Match} and an optional comment (the
 * record with its new ETag), {@code GET …/{id}/events}. The resource declares the three operations
 * and calls these: {@code new LifecycleEndpoint<>(records(), pilots)}.
 *
 * @param <E> the aggregate
 */
public final class LifecycleEndpoint<E extends AbstractEntity & Workflowable> {

    private final RecordEndpoint<E> records;
    private final Lifecycle<E> lifecycle;

    public LifecycleEndpoint(RecordEndpoint<E> records, Lifecycle<E> lifecycle) {
        this.records = records;
        this.lifecycle = lifecycle;
    }

    /** The moves the caller may make now (their guards are checked when fired). */
    public List<LifecycleDtos.TransitionDto> transitions(long id) {
        Actor actor = records.caller().actor();
        return LifecycleDtos.transitions(lifecycle, actor, records.get(actor, id), records.links(), records.collection());
    }

    /**
     * Fires a move from the version named in If-Match (428 without, 412 if stale; the use case checks
     * the version again, and its role, scope and guards).
     */
    public Response fire(long id, String transition, String ifMatch, LifecycleDtos.TransitionInput input) {
        return records.change(id, ifMatch, (actor, recordId, version) -> lifecycle.transition(actor, recordId, version,
                transition, input == null ? null : input.comment()));
    }

    /** The record's fired moves. */
    public List<LifecycleDtos.EventDto> events(long id) {
        Actor actor = records.caller().actor();
        return LifecycleDtos.events(lifecycle, actor, records.get(actor, id), records.caller().language());
    }
}
