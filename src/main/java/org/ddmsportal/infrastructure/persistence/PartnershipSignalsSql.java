package org.ddmsportal.infrastructure.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ddmsportal.domain.partnership.PartnershipHealth;
import org.ddmsportal.domain.partnership.PipelineStage;

/**
 * The SQL forms of a partnership's pipeline stage ({@link PipelineStage}) and computed status
 * ({@link PartnershipHealth}), written once from the domain's rules and used by the dashboards'
 * store and by the partnership list's filters, so a dashboard's number and the list it opens
 * count the same partnerships. Each expression is about the partnership whose id column is
 * {@code pid} (e.g. {@code p.id}); dates are literals of {@code today} (made from a
 * {@link LocalDate}, never from input). Every subquery is an indexed lookup on a foreign key
 * (agreement.partnership_id, dataset.partnership_id / agreement_id, indicator_dataset,
 * decision_indicator, decision_pilot, pilot_partnership, observation's unique key).
 */
final class PartnershipSignalsSql {

    private PartnershipSignalsSql() {
    }

    static String date(LocalDate day) {
        return "DATE '" + day + "'";
    }

    /** EXISTS a dataset of the partnership (directly, or through one of its agreements) joined with {@code join} and meeting {@code condition}. */
    private static String datasetExists(String pid, String join, String condition) {
        String direct = "EXISTS (SELECT 1 FROM dataset d" + join + " WHERE d.partnership_id = " + pid + " AND " + condition + ")";
        String viaAgreement = "EXISTS (SELECT 1 FROM agreement da JOIN dataset d ON d.agreement_id = da.id" + join
                + " WHERE da.partnership_id = " + pid + " AND " + condition + ")";
        return "(" + direct + " OR " + viaAgreement + ")";
    }

    private static String signed(String pid, String kind) {
        return "EXISTS (SELECT 1 FROM agreement sa WHERE sa.partnership_id = " + pid + " AND sa.kind = '" + kind
                + "' AND sa.status IN (" + quoted(PipelineStage.SIGNED_STATES) + "))";
    }

    /** A dataset was updated within its periodicity ({@link PipelineStage#FRESH_WITHIN_DAYS}). */
    static String fresh(String alias, LocalDate today) {
        List<String> ors = new ArrayList<>();
        ors.add(alias + ".periodicity NOT IN (" + quoted(List.copyOf(PipelineStage.FRESH_WITHIN_DAYS.keySet())) + ")");
        for (Map.Entry<String, Integer> e : PipelineStage.FRESH_WITHIN_DAYS.entrySet()) {
            ors.add("(" + alias + ".periodicity = '" + e.getKey() + "' AND " + alias + ".modified_at >= "
                    + date(today.minusDays(e.getValue())) + ")");
        }
        return "(" + String.join(" OR ", ors) + ")";
    }

    /** The stage's number (1 … 6), the furthest the partnership has evidence for. */
    static String stage(String pid, LocalDate today) {
        String indicatorJoin = " JOIN indicator_dataset idd ON idd.dataset_id = d.id";
        String decision = "(" + datasetExists(pid, indicatorJoin + " JOIN decision_indicator di ON di.indicator_id = idd.indicator_id", "1 = 1")
                + " OR EXISTS (SELECT 1 FROM pilot_partnership pp JOIN decision_pilot dp ON dp.pilot_id = pp.pilot_id"
                + " WHERE pp.partnership_id = " + pid + "))";
        String indicator = datasetExists(pid, indicatorJoin,
                "EXISTS (SELECT 1 FROM observation ob WHERE ob.indicator_id = idd.indicator_id)");
        String flowing = datasetExists(pid, "", fresh("d", today));
        return "(CASE WHEN " + decision + " THEN 6 WHEN " + indicator + " THEN 5 WHEN " + flowing + " THEN 4 WHEN "
                + signed(pid, "DSA") + " THEN 3 WHEN " + signed(pid, "MOU") + " THEN 2 ELSE 1 END)";
    }

    /** When anything about it was last recorded: itself, its agreements, its datasets. */
    static String lastActivity(String pid, String modifiedAt) {
        return "GREATEST(" + modifiedAt
                + ", COALESCE((SELECT MAX(la.modified_at) FROM agreement la WHERE la.partnership_id = " + pid + "), " + modifiedAt + ")"
                + ", COALESCE((SELECT MAX(ld.modified_at) FROM dataset ld WHERE ld.partnership_id = " + pid + "), " + modifiedAt + "))";
    }

    private static String inForce(String alias, LocalDate today) {
        return alias + ".status = 'ACTIVE' AND (" + alias + ".expiry_date IS NULL OR " + alias + ".expiry_date >= " + date(today) + ")";
    }

    static String lapsed(String pid, LocalDate today) {
        return "(EXISTS (SELECT 1 FROM agreement xa WHERE xa.partnership_id = " + pid + " AND (xa.status = 'EXPIRED'"
                + " OR (xa.status = 'ACTIVE' AND xa.expiry_date < " + date(today) + ")))"
                + " AND NOT EXISTS (SELECT 1 FROM agreement fa WHERE fa.partnership_id = " + pid + " AND " + inForce("fa", today) + "))";
    }

    static String nextExpiry(String pid, LocalDate today) {
        return "(SELECT MIN(ea.expiry_date) FROM agreement ea WHERE ea.partnership_id = " + pid + " AND " + inForce("ea", today) + ")";
    }

    /**
     * The computed status ('ON_TRACK', 'AT_RISK', 'OFF_TRACK'; NULL when closed) from the facts'
     * expressions: {@code status}, {@code endDate}, {@code lapsed} (a condition), {@code nextExpiry}
     * and {@code lastActivity} — columns of a derived table or the expressions above.
     */
    static String health(String status, String endDate, String lapsed, String nextExpiry, String lastActivity,
                         LocalDate today) {
        StringBuilder sql = new StringBuilder("(CASE WHEN ").append(status).append(" IN (")
                .append(quoted(PartnershipHealth.CLOSED)).append(") THEN NULL");
        for (PartnershipHealth.Rule rule : PartnershipHealth.RULES) {
            String days = date(today.plusDays(rule.days()));
            String condition = switch (rule.condition()) {
                case PAST_END_DATE -> endDate + " < " + date(today);
                case AGREEMENT_LAPSED -> lapsed;
                case NO_ACTIVITY_FOR -> lastActivity + " < " + date(today.minusDays(rule.days()));
                case SUSPENDED -> status + " = 'SUSPENDED'";
                case AGREEMENT_EXPIRES_WITHIN -> nextExpiry + " BETWEEN " + date(today) + " AND " + days;
                case ENDS_WITHIN -> endDate + " BETWEEN " + date(today) + " AND " + days;
            };
            sql.append(" WHEN ").append(condition).append(" THEN '").append(rule.status().name()).append('\'');
        }
        return sql.append(" ELSE '").append(PartnershipHealth.Status.ON_TRACK.name()).append("' END)").toString();
    }

    /**
     * The facts of each open partnership of a country ({@code null}: all): a derived table with
     * {@code id, title, status, end_date, [stage,] last_activity, lapsed, next_expiry}, for the
     * pipeline and the status. The country condition (a {@code ?} parameter) only when asked for.
     */
    static String openFacts(String country, LocalDate today, boolean withStage) {
        return "SELECT p.id, p.title, p.status, p.end_date"
                + (withStage ? ", " + stage("p.id", today) + " AS stage" : "")
                + ", " + lastActivity("p.id", "p.modified_at") + " AS last_activity"
                + ", " + lapsed("p.id", today) + " AS lapsed"
                + ", " + nextExpiry("p.id", today) + " AS next_expiry"
                + " FROM partnership p JOIN organisation lo ON lo.id = p.lead_organisation_id"
                + " JOIN country lc ON lc.id = lo.country_id"
                + " WHERE p.status NOT IN (" + quoted(PartnershipHealth.CLOSED) + ")"
                + (country == null ? "" : " AND lc.iso_alpha2 = ?");
    }

    /** The computed status of a row {@code f} of {@link #openFacts}. */
    static String healthOfFacts(LocalDate today) {
        return health("f.status", "f.end_date", "f.lapsed = 1", "f.next_expiry", "f.last_activity", today);
    }

    /**
     * The JPQL condition "partnership {@code p} is open and at this stage" / "has this computed
     * status", on the stored signals ({@link PartnershipSignalTable}, made from the SQL above,
     * mapped as {@link PartnershipSignalRow}): a semi-join on the signal's indexed column (MariaDB
     * reads the matching ids from the index, not a look-up per partnership).
     */
    static String jpqlStage(String p) {
        return p + ".id IN (SELECT s.partnershipId FROM PartnershipSignal s WHERE s.stage = :%1$s)";
    }

    static String jpqlHealth(String p) {
        return p + ".id IN (SELECT s.partnershipId FROM PartnershipSignal s WHERE s.health = :%1$s)";
    }

    private static String quoted(List<String> values) {
        return String.join(", ", values.stream().map(v -> "'" + v + "'").toList());
    }
}
