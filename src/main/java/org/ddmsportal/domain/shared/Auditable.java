package org.ddmsportal.domain.shared;

import java.util.Map;

/**
 * An aggregate whose changes are audited field by field. The snapshot is the business view of
 * the record (names and codes, not internal ids where a name says more), taken before and after
 * a change; the audit entry stores the difference.
 */
public interface Auditable {

    /**
     * The record's type as it appears in the audit trail, e.g. {@code Organisation}: the class's
     * simple name unless the record says otherwise.
     */
    default String auditType() {
        return getClass().getSimpleName();
    }

    /** Field name to printable value, in a stable order; absent values are {@code null}. */
    Map<String, String> auditSnapshot();
}
