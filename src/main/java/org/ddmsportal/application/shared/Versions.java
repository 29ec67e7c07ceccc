package org.ddmsportal.application.shared;

import java.util.Objects;
import org.ddmsportal.domain.shared.AbstractEntity;

/** The optimistic-locking check every change makes before touching a record. */
public final class Versions {

    private Versions() {
    }

    /**
     * Refuses a change made from another version than the current one (somebody saved in
     * between), naming who changed the record and when.
     */
    public static void check(AbstractEntity entity, Long expected) {
        if (expected == null || !Objects.equals(entity.getVersion(), expected)) {
            throw new ConcurrentEditException(entity.getModifiedByShown(), entity.getModifiedAt());
        }
    }
}
