package org.ddmsportal.domain.shared;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    /**
     * The record whose history also shows this one's changes — a part without a page of its own,
     * such as a pilot's stakeholder — or {@code null} for a record shown on its own.
     */
    default Auditable auditOwner() {
        return null;
    }

    /** Field name to printable value, in a stable order; absent values are {@code null}. */
    Map<String, String> auditSnapshot();

    /**
     * The snapshot's fields whose values name other records of the register (a pilot's
     * partnerships and datasets…): a reader restricted to an organisation may not read them all,
     * so the history withholds their values from such a reader ({@code HistoryPolicy}). None by default.
     */
    default Set<String> linkFields() {
        return Set.of();
    }

    /**
     * Those of {@link #linkFields()} that name a record this reader may not open though they read
     * this one, by the linked record's own rule (a dataset's agreement of another country for an
     * NSI of another country). None by default: what a register record links is read by every
     * reader of the record but a contact, whom {@code HistoryPolicy} withholds all links from.
     */
    default Set<String> linksOutOfReach(Actor actor) {
        return Set.of();
    }

    /**
     * A snapshot's value for related records: their names, sorted and joined with the separator;
     * {@code null} when there are none.
     */
    static <T> String sortedNames(Collection<T> records, Function<? super T, String> name, String separator) {
        return records.isEmpty() ? null : records.stream().map(name).sorted().collect(Collectors.joining(separator));
    }
}
