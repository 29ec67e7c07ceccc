package org.ddmsportal.domain.audit;

/**
 * The audit list's filters, named as its address gives them ({@code /app/admin/audit?action=UPDATE}),
 * read by {@code CriteriaReader} like every list's criteria. The repository reads the same names from
 * the table's filters.
 *
 * @param text        the global search: actor, record type, label or changes contain it
 * @param actor       the user name contains it
 * @param entityType  the kind of record
 * @param action      what was done
 * @param entityLabel the record's label contains it
 */
public record AuditCriteria(String text, String actor, String entityType, AuditAction action, String entityLabel) {
}
