package org.ddmsportal.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import lombok.Getter;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.GeneratedIdEntity;
import org.ddmsportal.domain.shared.Lengths;

/**
 * One line of the audit trail: who did what to which record, when, and which fields changed
 * from what to what. Written in the same transaction as the change it records, never edited,
 * never deleted — which is why it has no version.
 *
 * <p>The changes are kept as a JSON array of {@code {field, before, after}} so that the trail
 * records any aggregate without a table per type.
 */
@Entity
@Table(name = "audit_entry")
@Getter
public class AuditEntry extends GeneratedIdEntity {

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "actor", nullable = false, updatable = false, length = Lengths.USERNAME)
    private String actor;

    @Column(name = "entity_type", nullable = false, updatable = false, length = Lengths.SHORT)
    private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private Long entityId;

    @Column(name = "entity_label", updatable = false, length = Lengths.NAME)
    private String entityLabel;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false, length = 10)
    private AuditAction action;

    @Lob
    @Column(name = "changes", nullable = false, updatable = false)
    private String changes;

    /** The actor's name when the entry was written (their display name), or none in an older entry. */
    @Column(name = "actor_name", updatable = false, length = Lengths.NAME)
    private String actorName;

    /** The record whose history also shows this entry (a stakeholder's pilot), or none. */
    @Column(name = "owner_type", updatable = false, length = Lengths.SHORT)
    private String ownerType;

    @Column(name = "owner_id", updatable = false)
    private Long ownerId;

    protected AuditEntry() {
        // for JPA
    }

    public AuditEntry(Instant at, String actor, String entityType, Long entityId, String entityLabel,
                      AuditAction action, String changesJson) {
        this.at = Objects.requireNonNull(at);
        this.actor = Objects.requireNonNull(actor);
        this.entityType = Objects.requireNonNull(entityType);
        this.entityId = Objects.requireNonNull(entityId);
        this.entityLabel = entityLabel == null || entityLabel.length() <= Lengths.NAME
                ? entityLabel : entityLabel.substring(0, Lengths.NAME);
        this.action = Objects.requireNonNull(action);
        this.changes = Objects.requireNonNull(changesJson);
    }

    /**
     * A copy of this entry with other changes, not stored (the history as one reader is shown it:
     * {@link HistoryPolicy}).
     */
    public AuditEntry withChanges(String changesJson) {
        AuditEntry copy = new AuditEntry(at, actor, entityType, entityId, entityLabel, action, changesJson);
        copy.actorName = actorName;
        return ownerType == null ? copy : copy.ownedBy(ownerType, ownerId);
    }

    /** This entry, shown also in the history of the record of that type and id. */
    public AuditEntry ownedBy(String type, Long id) {
        this.ownerType = Objects.requireNonNull(type);
        this.ownerId = Objects.requireNonNull(id);
        return this;
    }

    /** This entry, naming its actor as well as their account ({@code Ana Petrović} for {@code manager.rs}). */
    public AuditEntry actorNamed(String name) {
        this.actorName = Actor.kept(name, Lengths.NAME);
        return this;
    }

    /** Who, as shown ({@link Actor#shown}): "Ana Petrović (manager.rs)", or the account in an older row. */
    public String getWho() {
        return Actor.shown(actor, actorName);
    }
}
