package org.ddmsportal.application.editing;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.ddmsportal.application.audit.AuditTrail;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.Editing;
import org.ddmsportal.application.shared.InUseException;
import org.ddmsportal.application.shared.NotFoundException;
import org.ddmsportal.application.shared.Versions;
import org.ddmsportal.domain.shared.AbstractEntity;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Auditable;
import org.ddmsportal.domain.shared.Scope;

/**
 * What the services of aggregates edited through one form ({@link Editing}) do alike: "not found"
 * for a record the actor may not read, "not allowed" for a change they may not make, and the
 * update's steps — policy, version the user saw, apply the form, audit — in the use case's
 * transaction. A service keeps its own read, edit and create rules and what a form changes.
 *
 * @param <E> the aggregate
 * @param <F> its form
 */
public abstract class EditingService<E extends AbstractEntity & Auditable, F> implements Editing<E, F> {

    @Inject
    protected AuditTrail audit;

    private final Function<E, String> label;

    /** @param label the record's label in the audit trail, e.g. {@code Dataset::getTitle} */
    protected EditingService(Function<E, String> label) {
        this.label = label;
    }

    /** The record, if the actor may read it ({@link #find}); otherwise "not found". */
    @Transactional(Transactional.TxType.SUPPORTS)
    public E get(@NotNull Actor actor, long id) {
        return find(actor, id).orElseThrow(NotFoundException::new);
    }

    /** By default, whoever manages the records of some country ({@link Scope#managesSomeCountry}). */
    @Override
    public boolean mayCreate(@NotNull Actor actor) {
        return Scope.managesSomeCountry(actor);
    }

    /** Refuses ({@link AccessDeniedException}) unless the actor may change the record ({@link #mayEdit}). */
    protected void requireEdit(Actor actor, E record) {
        if (!mayEdit(actor, record)) {
            throw new AccessDeniedException();
        }
    }

    /** Stores a new record with {@code store} and audits its creation; answers its id. */
    protected long add(Actor actor, E record, Consumer<E> store) {
        audit.created(actor, record, label.apply(record), store);
        return record.getId();
    }

    /**
     * An update from a form: the record the actor may read and change, at the version the user
     * saw; {@code apply} changes it (and may refuse the form); the change is audited against the
     * record as it was.
     */
    protected void change(Actor actor, long id, Long version, Consumer<E> apply) {
        E record = get(actor, id);
        requireEdit(actor, record);
        Versions.check(record, version);
        var before = record.auditSnapshot();
        apply.accept(record);
        audit.updated(actor, record, label.apply(record), before);
    }

    /**
     * Deletes a record the caller has checked the actor may delete, at the version the user saw,
     * unless other records refer to it ({@link InUseException} with their number); audited.
     */
    protected void delete(Actor actor, E record, long version, ToLongFunction<E> references, Consumer<E> remove) {
        Versions.check(record, version);
        long count = references.applyAsLong(record);
        if (count > 0) {
            throw new InUseException(count);
        }
        audit.deleted(actor, record, label.apply(record));
        remove.accept(record);
    }
}
