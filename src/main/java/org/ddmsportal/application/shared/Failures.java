package org.ddmsportal.application.shared;

import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises failures that reach the caller wrapped by the transaction (JTA, EclipseLink). */
public final class Failures {

    /** MariaDB's words for the unique key a row broke: {@code Duplicate entry 'x' for key 'uk_contact_email'}. */
    private static final Pattern KEY = Pattern.compile("for key '(?:[^.']*\\.)?([^']+)'");

    private Failures() {
    }

    /**
     * Whether the failure is a lost race between two writes of the same record: an optimistic
     * lock failure (the version moved between reading and committing) anywhere in the causes,
     * as the container wraps it ({@code TransactionalException} → {@code RollbackException} →
     * {@code OptimisticLockException}), or a deadlock the database broke by rolling one back.
     */
    public static boolean isConcurrentUpdate(Throwable failure) {
        if (duplicateField(failure).isPresent()) {
            return false;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof ConcurrentEditException
                    || t instanceof SQLTransactionRollbackException
                    || t.getClass().getName().endsWith("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the transaction was rolled back at commit without saying why: Payara's
     * {@code RollbackException} carries no cause when the flush at commit failed (it logs the cause,
     * DTX5014). That may be a lost race (two reviewers saving one rubric at once) or a refusal of
     * the database's; either way nothing was saved, which is what the caller is told — not that
     * somebody else changed the record, and not a 500 with the container's error page.
     */
    public static boolean isUnexplainedRollback(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getClass().getName().equals("jakarta.transaction.RollbackException") && t.getCause() == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The field of a unique key the write broke, when it did: {@code "email"}, {@code "code"}, or
     * {@code "record"} for another key. Services check uniqueness before writing, so this is the
     * race of two people recording the same value at once: the second gets the same 409 and
     * message ({@link DuplicateException}) as if they had come a moment later, not a 500.
     */
    public static Optional<String> duplicateField(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // 1062: a duplicate entry; other integrity failures (a foreign key) are not a duplicate
            if (t instanceof SQLException sql && (sql.getErrorCode() == 1062
                    || (t instanceof SQLIntegrityConstraintViolationException && String.valueOf(t.getMessage()).contains("Duplicate entry")))) {
                return Optional.of(field(t.getMessage()));
            }
        }
        return Optional.empty();
    }

    static String field(String message) {
        Matcher key = KEY.matcher(message == null ? "" : message);
        String name = key.find() ? key.group(1).toLowerCase(Locale.ROOT) : "";
        if (name.endsWith("_email")) {
            return "email";
        }
        return name.endsWith("_code") ? "code" : "record";
    }
}
