package org.ddmsportal.api.v1.support;

import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.ext.Provider;

/**
 * A use case's transaction that failed at commit as a problem: Jersey registers its own mapper for
 * {@link TransactionalException} (nearer to it than {@link ProblemMapper}'s {@code Throwable}),
 * which throws again when the cause is a rollback, and the container then answered with its HTML
 * error page — a 500 for two reviewers saving one rubric at once. This one is as near and ours.
 */
@Provider
public class TransactionProblemMapper extends NearerProblemMapper<TransactionalException> {
}
