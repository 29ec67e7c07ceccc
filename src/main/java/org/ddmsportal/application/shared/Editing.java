package org.ddmsportal.application.shared;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.ddmsportal.domain.shared.Actor;

/**
 * The editing use cases of an aggregate changed through one form: find a record the actor may
 * read, whether they may change it or record a new one, create and update. The services that offer
 * them alike implement this, so that one edit page base (the web layer's {@code EditPage}) serves
 * them all.
 *
 * <p>The constraints here are the implementations' own: Bean Validation refuses an implementation
 * that declares other parameter constraints than the method it implements.
 *
 * @param <E> the aggregate
 * @param <F> its form
 */
public interface Editing<E, F> {

    /** The record, if the actor may read it. */
    Optional<E> find(@NotNull Actor actor, long id);

    /** Whether the actor may change this record. */
    boolean mayEdit(@NotNull Actor actor, @NotNull E record);

    /**
     * Why the record cannot be changed in its present state, as a message key (an agreement past
     * drafting, a case study in review), or empty when it can: its update is refused with that key,
     * and the edit page opens the record's page saying it instead of a form whose save would fail.
     */
    default Optional<String> lockedBecause(E record) {
        return Optional.empty();
    }

    /** Whether the actor may record a new one. */
    boolean mayCreate(@NotNull Actor actor);

    /** Records a new one; answers its id. */
    long create(@NotNull Actor actor, @NotNull @Valid F form);

    /** Changes the record; the form carries the version the user saw. */
    void update(@NotNull Actor actor, long id, @NotNull @Valid F form);
}
