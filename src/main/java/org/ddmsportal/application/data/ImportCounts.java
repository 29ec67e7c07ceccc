package org.ddmsportal.application.data;

/**
 * What an import did to the stored observations: rows inserted (new keys), updated (an existing
 * key with another value or status), deleted, and unchanged (the same value and status as
 * stored, or a deletion of an observation that did not exist).
 */
public record ImportCounts(long inserted, long updated, long deleted, long unchanged) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0);

    /** Rows that changed the store. */
    public long changed() {
        return inserted + updated + deleted;
    }
}
