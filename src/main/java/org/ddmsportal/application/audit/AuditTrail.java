package org.ddmsportal.application.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.ddmsportal.application.shared.Clocks;
import org.ddmsportal.application.shared.ConcurrentEditException;
import org.ddmsportal.application.shared.DataChanged;
import org.ddmsportal.application.shared.Jsons;
import org.ddmsportal.domain.audit.AuditAction;
import org.ddmsportal.domain.audit.AuditEntry;
import org.ddmsportal.domain.audit.AuditRepository;
import org.ddmsportal.domain.audit.FieldChange;
import org.ddmsportal.domain.shared.AbstractEntity;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Auditable;

/**
 * Stamps a changed record with who and when, and appends the audit entry for the change — in
 * the caller's transaction ({@code MANDATORY}: an audit entry without its change, or a change
 * without its entry, can't happen).
 *
 * <p>Appending flushes, so a competing save that slipped past the version check surfaces here
 * as a {@link ConcurrentEditException}, inside the use case, rather than at commit.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditTrail {

    @Inject
    AuditRepository repository;

    @Inject
    Event<DataChanged> changed;

    @Inject
    Clock clock;

    /**
     * Stamps a new record, stores it with {@code store} (which must give it its id) and records
     * its creation with every field it was created with.
     */
    public <E extends AbstractEntity & Auditable> void created(Actor actor, E entity, String label,
                                                              Consumer<E> store) {
        Instant now = now();
        entity.stamp(actor, now);
        store.accept(entity);
        record(actor, now, entity, label, AuditAction.CREATE, FieldChange.between(Map.of(), entity.auditSnapshot()));
    }

    /**
     * Records an update given the snapshot taken before the change. Nothing is written when no
     * field changed.
     */
    public <E extends AbstractEntity & Auditable> void updated(Actor actor, E entity, String label,
                                                              Map<String, String> before) {
        List<FieldChange> changes = FieldChange.between(before, entity.auditSnapshot());
        if (changes.isEmpty()) {
            return;
        }
        Instant now = now();
        entity.stamp(actor, now);
        record(actor, now, entity, label, AuditAction.UPDATE, changes);
    }

    /**
     * Records something done to a record's data without changing the record itself (e.g. an
     * import of its observations): one field {@code what} with {@code description} as its new value.
     */
    public <E extends AbstractEntity & Auditable> void acted(Actor actor, E entity, String label, String what,
                                                            String description) {
        record(actor, now(), entity, label, AuditAction.UPDATE, List.of(new FieldChange(what, null, description)));
    }

    public <E extends AbstractEntity & Auditable> void deleted(Actor actor, E entity, String label) {
        record(actor, now(), entity, label, AuditAction.DELETE, FieldChange.between(entity.auditSnapshot(), Map.of()));
    }

    private void record(Actor actor, Instant at, AbstractEntity entity, String label, AuditAction action,
                        List<FieldChange> changes) {
        try {
            AuditEntry entry = new AuditEntry(at, actor.username(), ((Auditable) entity).auditType(),
                    entity.getId(), label, action, toJson(changes)).actorNamed(actor.displayName());
            Auditable owner = ((Auditable) entity).auditOwner();
            if (owner != null) {
                entry.ownedBy(owner.auditType(), ((AbstractEntity) owner).getId());
            }
            repository.append(entry);
        } catch (OptimisticLockException e) {
            // the entity was stamped with this actor's own change above: it cannot say who came first
            throw ConcurrentEditException.atTheSameMoment();
        }
        changed.fire(new DataChanged(((Auditable) entity).auditType()));
    }

    private Instant now() {
        return Clocks.stamp(clock);
    }

    static String toJson(List<FieldChange> changes) {
        JsonArrayBuilder array = Jsons.array();
        for (FieldChange c : changes) {
            JsonObjectBuilder o = Jsons.object().add("field", c.field());
            if (c.before() == null) {
                o.addNull("before");
            } else {
                o.add("before", c.before());
            }
            if (c.after() == null) {
                o.addNull("after");
            } else {
                o.add("after", c.after());
            }
            array.add(o);
        }
        return array.build().toString();
    }
}
