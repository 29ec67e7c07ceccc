package org.ddmsportal.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.function.Supplier;
import org.ddmsportal.application.audit.ChangeMarks;
import org.ddmsportal.application.shared.MarkedCache;

/**
 * The exact totals of the lists' pages, kept per count statement and parameters until the data
 * changes ({@link ChangeMarks}: a committed change through the portal, a new day, or
 * {@code app.dashboard.cache-seconds} for changes made outside it). A coordinator paging, sorting
 * or coming back to the 100,000 datasets has them counted once per change instead of on every
 * page (16–90 ms each on the bench data set); the change mark read instead costs under a
 * millisecond. The parameters include the reader's scope (country, organisation), so a total is
 * only ever given for the same question; who may ask it was decided before.
 *
 * <p>Only a read outside any transaction (as the list pages and the API read) uses it: a
 * transaction may have written rows whose audit entry is not there yet, and a total it counted
 * must not be given to anyone else.
 */
@ApplicationScoped
public class ListCounts {

    /** Distinct list questions kept (the oldest goes first). */
    static final int MAX_ENTRIES = 2_000;

    @Inject
    ChangeMarks marks;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private MarkedCache<Key, Long> totals;

    @PostConstruct
    void create() {
        totals = marks.newCache(MAX_ENTRIES);
    }

    /** The total {@code count} (its parameters bound) answers, counted by {@code compute} when not known under the current mark. */
    long total(String count, Map<String, Object> parameters, Supplier<Long> compute) {
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return compute.get();
        }
        ChangeMarks.Mark mark = marks.current();
        return totals.get(new Key(count, Map.copyOf(parameters)), mark, compute);
    }

    private record Key(String count, Map<String, Object> parameters) {
    }
}
