package org.ddmsportal.application.editing;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.ddmsportal.application.audit.AuditTrail;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.EditForm;
import org.ddmsportal.application.shared.Editing;
import org.ddmsportal.application.shared.InUseException;
import org.ddmsportal.application.shared.NotFoundException;
import org.ddmsportal.application.shared.Versions;
import org.ddmsportal.domain.organisation.RegistryPolicy;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.shared.AbstractEntity;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Auditable;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.domain.shared.AggregateRepository;
import org.ddmsportal.domain.shared.Scope;

/**
 * What the services of aggregates edited through one form ({@link Editing}) do alike: the lists
 * and the record under the read rule ("not found" otherwise), "not allowed" for a change the actor
 * may not make, and the update's steps — policy, version the user saw, apply the form, audit — in
 * the use case's transaction. A service gives its read, edit and list rules to the constructor, and
 * keeps its create rules and what a form changes ({@link #revise}).
 *
 * @param <E> the aggregate
 * @param <F> its form
 * @param <C> its criteria
 */
public abstract class EditingService<E extends AbstractEntity & Auditable, F extends EditForm, C>
        implements Editing<E, F> {

    @Inject
    protected AuditTrail audit;

    private final Function<E, String> label;

    private final BiPredicate<Actor, E> mayRead;

    private final BiPredicate<Actor, E> mayEdit;

    private final Listing<C> listing;

    /**
     * @param label   the record's label in the audit trail, e.g. {@code Dataset::getTitle}
     * @param mayRead the read rule, e.g. {@code DatasetPolicy::mayRead}
     * @param mayEdit the edit rule, e.g. {@code ContactPolicy::mayEdit} or {@link #countryManagers}
     * @param listing how the lists read a table's filters and what the actor may list
     */
    protected EditingService(Function<E, String> label, BiPredicate<Actor, E> mayRead, BiPredicate<Actor, E> mayEdit,
            Listing<C> listing) {
        this.label = label;
        this.mayRead = mayRead;
        this.mayEdit = mayEdit;
        this.listing = listing;
    }

    /**
     * The edit rule of records kept by their country: administrators and the NSI users of the
     * record's country ({@link RegistryPolicy#mayEditOrganisationsOf}).
     */
    protected static <E> BiPredicate<Actor, E> countryManagers(Function<E, Country> country) {
        return (actor, record) -> RegistryPolicy.mayEditOrganisationsOf(actor, country.apply(record));
    }

    /** The aggregate's repository. */
    protected abstract AggregateRepository<E, C> records();

    /** A list table's page: its column filters read as the {@link Listing} says (an unreadable filter lists nothing). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<E> search(@NotNull Actor actor, @NotNull PageRequest request) {
        return listing.fromTable(actor, request).map(criteria -> search(actor, criteria, request))
                .orElseGet(Page::empty);
    }

    /**
     * The records the criteria ask for, one page sorted as the request says, among those the actor
     * may list (the {@link Listing}'s scope replaces the criteria's).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<E> search(@NotNull Actor actor, @NotNull C criteria, @NotNull PageRequest page) {
        return records().search(listing.within(actor, criteria), page);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<E> find(@NotNull Actor actor, long id) {
        return records().find(id).filter(record -> mayRead.test(actor, record));
    }

    /** Refuses, as "not found" (as {@link #get}), a record the caller loaded that the actor may not read. */
    protected void requireRead(@NotNull Actor actor, @NotNull E record) {
        if (!mayRead.test(actor, record)) {
            throw new NotFoundException();
        }
    }

    /** The record, if the actor may read it ({@link #find}); otherwise "not found". */
    @Transactional(Transactional.TxType.SUPPORTS)
    public E get(@NotNull Actor actor, long id) {
        return find(actor, id).orElseThrow(NotFoundException::new);
    }

    @Override
    public boolean mayEdit(@NotNull Actor actor, @NotNull E record) {
        return mayEdit.test(actor, record);
    }

    /** By default, whoever manages the records of some country ({@link Scope#managesSomeCountry}). */
    @Override
    public boolean mayCreate(@NotNull Actor actor) {
        return Scope.managesSomeCountry(actor);
    }

    /** The record's label in the audit trail and the lifecycle. */
    protected String label(E record) {
        return label.apply(record);
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
     * An update from the form: the record the actor may read and change, at the version the user
     * saw; {@link #revise} changes it (and may refuse the form); the change is audited against the
     * record as it was.
     */
    @Override
    public void update(@NotNull Actor actor, long id, @NotNull @Valid F form) {
        E record = get(actor, id);
        requireEdit(actor, record);
        Versions.check(record, form.getVersion());
        var before = record.auditSnapshot();
        revise(actor, record, form);
        audit.updated(actor, record, label.apply(record), before);
    }

    /** What an update from the form changes on the record (it may refuse the form). */
    protected abstract void revise(Actor actor, E record, F form);

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
