package org.ddmsportal.application.shared;

import jakarta.persistence.OptimisticLockException;

/** Recognises failures that reach the caller wrapped by the transaction (JTA, EclipseLink). */
public final class Failures {

    private Failures() {
    }

    /**
     * Whether the failure is a lost race between two writes of the same record: an optimistic
     * lock failure (the version moved between reading and committing) anywhere in the causes,
     * as the container wraps it ({@code TransactionalException} → {@code RollbackException} →
     * {@code OptimisticLockException}).
     */
    public static boolean isConcurrentUpdate(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof ConcurrentEditException
                    || t.getClass().getName().endsWith("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }
}
