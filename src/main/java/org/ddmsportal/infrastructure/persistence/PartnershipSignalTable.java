package org.ddmsportal.infrastructure.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.ddmsportal.application.audit.ChangeMarks;
import org.ddmsportal.application.shared.MarkedCache;

/**
 * The stored pipeline stage and computed status of every open partnership (table
 * {@code partnership_signal}, migration V23), which the partnership list filters on when a
 * dashboard's number opens it ({@code ?stage=}, {@code ?health=}). Written whole by
 * {@link PartnershipSignalWriter} from the dashboards' own SQL ({@link PartnershipSignalsSql}), and
 * kept current like the dashboards: rewritten before a list reads it when the audit trail's change
 * mark or the day has moved since the last rewrite ({@link ChangeMarks}, {@link MarkedCache}: one
 * rewrite for many readers), and at the latest after {@code app.dashboard.cache-seconds} for
 * changes made outside the portal. So a list and the dashboard that opened it count the same
 * partnerships, and neither computes the rules for every partnership on every request.
 */
@ApplicationScoped
public class PartnershipSignalTable {

    @Inject
    ChangeMarks marks;

    @Inject
    PartnershipSignalWriter writer;

    private MarkedCache<String, Integer> written;

    @PostConstruct
    void create() {
        written = marks.newCache(1);
    }

    /**
     * Rewrites the table if the data or the day changed since it was written (see the class
     * comment). Outside any transaction (the lists' reads run without one): a caller's consistent
     * snapshot taken before the rewrite would not see it.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void ensureCurrent() {
        ChangeMarks.Mark mark = marks.current();
        written.get("all", mark, () -> writer.rewrite(mark.day()));
    }
}
