package org.ddmsportal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * Rewrites {@code partnership_signal} in a transaction of its own: reads every open partnership's
 * stage and status with the dashboards' SQL, then replaces the table's rows in batches. Readers
 * see the previous rows until it commits. A plain read followed by inserts, not
 * {@code INSERT … SELECT}, which would hold shared locks on every partnership, agreement and
 * dataset it reads for the whole statement.
 */
@ApplicationScoped
public class PartnershipSignalWriter {

    static final int BATCH = 1_000;

    @PersistenceContext
    EntityManager em;

    /** @return how many open partnerships were written */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public int rewrite(LocalDate today) {
        List<Object[]> rows = em.createNativeQuery("SELECT f.id, f.stage, " + PartnershipSignalsSql.healthOfFacts(today)
                + " FROM (" + PartnershipSignalsSql.openFacts(null, today, true) + ") f").getResultList();
        em.createNativeQuery("DELETE FROM partnership_signal").executeUpdate();
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Object[]> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            StringBuilder sql = new StringBuilder("INSERT INTO partnership_signal (partnership_id, stage, health) VALUES ");
            for (int i = 0; i < batch.size(); i++) {
                sql.append(i == 0 ? "(?, ?, ?)" : ", (?, ?, ?)");
            }
            Query insert = em.createNativeQuery(sql.toString());
            int position = 1;
            for (Object[] row : batch) {
                insert.setParameter(position++, ((Number) row[0]).longValue());
                insert.setParameter(position++, ((Number) row[1]).intValue());
                insert.setParameter(position++, (String) row[2]);
            }
            insert.executeUpdate();
        }
        return rows.size();
    }
}
