package org.ddmsportal.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import lombok.Getter;

/**
 * What every editable aggregate has: an identity ({@link GeneratedIdEntity}), who created and last changed it and when, and
 * a version for optimistic locking. The version is what turns two people saving the same record
 * into one saved change and one clear "changed by X at T" message instead of a lost update.
 *
 * <p>equals/hashCode are class-aware on the id: two transient instances are never equal.
 */
@MappedSuperclass
@Getter
public abstract class AbstractEntity extends GeneratedIdEntity {

    @Version
    @Column(nullable = false)
    private long version;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = Lengths.USERNAME)
    private String createdBy;

    @Column(name = "modified_at", nullable = false)
    private Instant modifiedAt;

    @Column(name = "modified_by", nullable = false, length = Lengths.USERNAME)
    private String modifiedBy;

    /** The name of whoever changed it last, as they were called then (null in a row older than V29). */
    @Column(name = "modified_by_name", length = Lengths.NAME)
    private String modifiedByName;

    /** Stamps who changed the record and when; the first stamp is also the creation. */
    public void stamp(Actor actor, Instant at) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        if (createdAt == null) {
            createdAt = at;
            createdBy = actor.username();
        }
        modifiedAt = at;
        modifiedBy = actor.username();
        modifiedByName = Actor.kept(actor.displayName(), Lengths.NAME);
    }

    /** Who changed it last, as shown ({@link Actor#shown}): "Ana Petrović (manager.rs)", or the account alone. */
    public String getModifiedByShown() {
        return Actor.shown(modifiedBy, modifiedByName);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (other == null || getClass() != other.getClass()) {
            return false;
        }
        return getId() != null && getId().equals(((AbstractEntity) other).getId());
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
