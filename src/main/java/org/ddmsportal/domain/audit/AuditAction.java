package org.ddmsportal.domain.audit;

/** What happened to a record. */
public enum AuditAction {
    CREATE, UPDATE, DELETE
}
