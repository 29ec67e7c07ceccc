package org.ddmsportal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.ddmsportal.domain.dashboard.DashboardRepository;
import org.ddmsportal.domain.partnership.PartnershipHealth;
import org.ddmsportal.domain.partnership.PipelineStage;

/**
 * The dashboards' figures in SQL: every method is one statement that groups and counts in
 * MariaDB (or ranks with a window function and returns a few rows), so a dashboard costs the
 * same number of queries for ten partnerships as for twenty thousand. The pipeline stage and the
 * computed status come from {@link PartnershipSignalsSql}, shared with the partnership list.
 * A country condition is added only when a country is asked for (then on the indexed alpha-2
 * code of the country joined), so "all countries" scans without a useless {@code ? IS NULL}.
 */
@ApplicationScoped
public class JpaDashboardRepository extends JpaStore implements DashboardRepository {

    private static final String OPEN_CASE_STUDY = "'SUBMITTED', 'IN_REVIEW', 'RESUBMITTED'";
    private static final String OPEN_PILOT = "'PLANNED', 'RUNNING', 'ON_HOLD'";

    @Override
    public List<StalledPartnership> pipeline(String country, LocalDate today, int perStage) {
        String sql = "SELECT y.id, y.title, y.stage, y.n, y.last_activity, y.health FROM ("
                + "SELECT f.id, f.title, f.stage, f.last_activity, " + PartnershipSignalsSql.healthOfFacts(today) + " AS health,"
                + " ROW_NUMBER() OVER (PARTITION BY f.stage ORDER BY f.last_activity, f.id) AS rn,"
                + " COUNT(*) OVER (PARTITION BY f.stage) AS n"
                + " FROM (" + PartnershipSignalsSql.openFacts(country, today, true) + ") f) y"
                + " WHERE y.rn <= " + perStage + " ORDER BY y.stage, y.rn";
        List<StalledPartnership> out = new ArrayList<>();
        for (Object[] r : rows(sql, country)) {
            out.add(new StalledPartnership(num(r[0]), (String) r[1], PipelineStage.values()[(int) num(r[2]) - 1],
                    num(r[3]), InstantConverter.fromRaw(r[4]), r[5] == null ? null : PartnershipHealth.Status.valueOf((String) r[5])));
        }
        return out;
    }

    @Override
    public List<Tally> health(String country, LocalDate today) {
        String sql = "SELECT h.health, COUNT(*) FROM (SELECT " + PartnershipSignalsSql.healthOfFacts(today) + " AS health FROM ("
                + PartnershipSignalsSql.openFacts(country, today, false) + ") f) h GROUP BY h.health";
        return tallies(sql, country);
    }

    @Override
    public AgreementDeadlines agreementDeadlines(String country, LocalDate today) {
        String t = PartnershipSignalsSql.date(today);
        String signed = "a.status IN ('SIGNED', 'ACTIVE')";
        String sql = "SELECT"
                + " COALESCE(SUM(" + signed + " AND a.expiry_date BETWEEN " + t + " AND " + PartnershipSignalsSql.date(today.plusDays(30)) + "), 0),"
                + " COALESCE(SUM(" + signed + " AND a.expiry_date BETWEEN " + t + " AND " + PartnershipSignalsSql.date(today.plusDays(60)) + "), 0),"
                + " COALESCE(SUM(" + signed + " AND a.expiry_date BETWEEN " + t + " AND " + PartnershipSignalsSql.date(today.plusDays(90)) + "), 0),"
                + " COALESCE(SUM(" + signed + " AND a.review_date <= " + PartnershipSignalsSql.date(today.plusDays(30)) + "), 0),"
                + " COALESCE(SUM(a.status = 'OUT_FOR_SIGNATURE'), 0)"
                + " FROM agreement a WHERE a.status IN ('SIGNED', 'ACTIVE', 'OUT_FOR_SIGNATURE')"
                + (country == null ? "" : " AND a.country_code = ?");
        Object[] r = rows(sql, country).get(0);
        return new AgreementDeadlines(num(r[0]), num(r[1]), num(r[2]), num(r[3]), num(r[4]));
    }

    @Override
    public List<PendingSignature> pendingSignatures(String country, int limit) {
        // whose turn: approvers first, then signers by order (Agreement.signingQueue); copies never act
        String turn = "(SELECT tp.id FROM agreement_party tp WHERE tp.agreement_id = a.id AND tp.status = 'PENDING'"
                + " AND tp.party_role IN ('APPROVER', 'SIGNER') ORDER BY tp.party_role = 'SIGNER', tp.sign_order, tp.id LIMIT 1)";
        String sent = "(SELECT MAX(sd.created_at) FROM agreement_document sd WHERE sd.agreement_id = a.id AND sd.kind = 'SENT')";
        String acted = "(SELECT MAX(ap2.acted_at) FROM agreement_party ap2 WHERE ap2.agreement_id = a.id)";
        // waiting since the last approval or signature, else since it was sent, else since its last change
        String since = "COALESCE(GREATEST(" + acted + ", " + sent + "), " + acted + ", " + sent + ", a.modified_at)";
        String sql = "SELECT a.id, a.reference, a.title, o.name, ct.full_name, " + since + " AS since"
                + " FROM agreement a JOIN agreement_party ap ON ap.id = " + turn
                + " JOIN organisation o ON o.id = ap.organisation_id LEFT JOIN contact ct ON ct.id = ap.contact_id"
                + " WHERE a.status = 'OUT_FOR_SIGNATURE'" + (country == null ? "" : " AND a.country_code = ?")
                + " ORDER BY since, a.id LIMIT " + limit;
        List<PendingSignature> out = new ArrayList<>();
        for (Object[] r : rows(sql, country)) {
            out.add(new PendingSignature(num(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4], InstantConverter.fromRaw(r[5])));
        }
        return out;
    }

    private static final String PILOT_COUNTRY = " JOIN organisation ci ON ci.id = pl.city_id JOIN country pc ON pc.id = ci.country_id";

    @Override
    public List<Tally> pilotsByPhaseAndStatus(String country) {
        return tallies("SELECT pl.phase, pl.status, COUNT(*) FROM pilot pl" + PILOT_COUNTRY
                + (country == null ? "" : " WHERE pc.iso_alpha2 = ?") + " GROUP BY pl.phase, pl.status", country);
    }

    private static String overdue(LocalDate today) {
        return " m.done_on IS NULL AND m.due < " + PartnershipSignalsSql.date(today);
    }

    @Override
    public OverdueCount overdueMilestones(String country, LocalDate today) {
        Object[] r = rows("SELECT COUNT(*), COUNT(DISTINCT m.pilot_id) FROM pilot_milestone m JOIN pilot pl ON pl.id = m.pilot_id"
                + PILOT_COUNTRY + " WHERE" + overdue(today) + (country == null ? "" : " AND pc.iso_alpha2 = ?"), country).get(0);
        return new OverdueCount(num(r[0]), num(r[1]));
    }

    @Override
    public List<OverdueMilestone> oldestOverdueMilestones(String country, LocalDate today, int limit) {
        List<OverdueMilestone> out = new ArrayList<>();
        for (Object[] r : rows("SELECT pl.id, pl.title, m.title, m.due FROM pilot_milestone m JOIN pilot pl ON pl.id = m.pilot_id"
                + PILOT_COUNTRY + " WHERE" + overdue(today) + (country == null ? "" : " AND pc.iso_alpha2 = ?")
                + " ORDER BY m.due, m.id LIMIT " + limit, country)) {
            out.add(new OverdueMilestone(num(r[0]), (String) r[1], (String) r[2], date(r[3])));
        }
        return out;
    }

    @Override
    public DatasetCoverage datasetCoverage(String country, LocalDate today) {
        String t = PartnershipSignalsSql.date(today);
        Object[] r = rows("SELECT"
                + " COALESCE(SUM(d.agreement_id IS NOT NULL AND NOT (a.status = 'ACTIVE' AND (a.expiry_date IS NULL OR a.expiry_date >= " + t + "))), 0),"
                + " COALESCE(SUM(d.agreement_id IS NULL AND ty.code <> 'NSI'), 0)"
                + " FROM dataset d LEFT JOIN agreement a ON a.id = d.agreement_id"
                + " JOIN organisation pr ON pr.id = d.provider_id JOIN organisation_type ty ON ty.id = pr.type_id"
                + (country == null ? "" : " JOIN country dc ON dc.id = d.country_id WHERE dc.iso_alpha2 = ?"), country).get(0);
        return new DatasetCoverage(num(r[0]), num(r[1]));
    }

    @Override
    public List<CityPoint> pilotCities(String country, int limit) {
        List<CityPoint> out = new ArrayList<>();
        for (Object[] r : rows("SELECT ci.id, ci.name, pc.iso_alpha2, ci.latitude, ci.longitude, COUNT(*) FROM pilot pl"
                + PILOT_COUNTRY + " WHERE ci.latitude IS NOT NULL AND ci.longitude IS NOT NULL"
                + (country == null ? "" : " AND pc.iso_alpha2 = ?")
                + " GROUP BY ci.id, ci.name, pc.iso_alpha2, ci.latitude, ci.longitude ORDER BY COUNT(*) DESC, ci.name LIMIT " + limit,
                country)) {
            out.add(new CityPoint(num(r[0]), (String) r[1], (String) r[2], ((Number) r[3]).doubleValue(),
                    ((Number) r[4]).doubleValue(), num(r[5])));
        }
        return out;
    }

    @Override
    public List<ReviewItem> reviewQueue(int limit) {
        String since = "COALESCE((SELECT MAX(we.at) FROM workflow_event we WHERE we.workflow = 'case-study'"
                + " AND we.subject_id = cs.id), cs.modified_at)";
        List<ReviewItem> out = new ArrayList<>();
        for (Object[] r : rows("SELECT cs.id, cs.title, c.iso_alpha2, cs.status, " + since + " AS since, COUNT(*) OVER () AS total"
                + " FROM case_study cs JOIN country c ON c.id = cs.country_id WHERE cs.status IN (" + OPEN_CASE_STUDY + ")"
                + " ORDER BY since, cs.id LIMIT " + limit, null)) {
            out.add(new ReviewItem(num(r[0]), (String) r[1], (String) r[2], (String) r[3], InstantConverter.fromRaw(r[4]), num(r[5])));
        }
        return out;
    }

    @Override
    public List<CountryTally> crossCountry() {
        String sql = "SELECT 'partnerships', lc.iso_alpha2, p.status, COUNT(*), MAX(p.modified_at) FROM partnership p"
                + " JOIN organisation lo ON lo.id = p.lead_organisation_id JOIN country lc ON lc.id = lo.country_id"
                + " GROUP BY lc.iso_alpha2, p.status"
                + " UNION ALL SELECT 'agreements', a.country_code, a.status, COUNT(*), MAX(a.modified_at) FROM agreement a"
                + " GROUP BY a.country_code, a.status"
                + " UNION ALL SELECT 'pilots', pc.iso_alpha2, CONVERT(pl.phase USING utf8mb4) COLLATE utf8mb4_unicode_ci, COUNT(*), MAX(pl.modified_at) FROM pilot pl"
                + PILOT_COUNTRY + " GROUP BY pc.iso_alpha2, pl.phase"
                + " UNION ALL SELECT 'caseStudies', c.iso_alpha2, cs.status, COUNT(*), MAX(cs.modified_at) FROM case_study cs"
                + " JOIN country c ON c.id = cs.country_id GROUP BY c.iso_alpha2, cs.status";
        List<CountryTally> out = new ArrayList<>();
        for (Object[] r : rows(sql, null)) {
            out.add(new CountryTally((String) r[0], (String) r[1], (String) r[2], num(r[3]), InstantConverter.fromRaw(r[4])));
        }
        return out;
    }

    @Override
    public List<PhaseTime> phaseTimes(Instant now) {
        String at = "TIMESTAMP '" + LocalDateTime.ofInstant(now, ZoneOffset.UTC)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS")) + "'";
        String sql = "SELECT pc.iso_alpha2, x.phase, COUNT(*), COALESCE(SUM(x.days), 0) FROM ("
                // finished stays: each phase move ends a stay in its from-phase, begun at the previous move (or the pilot's creation)
                + "SELECT we.subject_id AS pilot_id, CAST(we.from_state AS SIGNED) AS phase,"
                + " TIMESTAMPDIFF(DAY, COALESCE(LAG(we.at) OVER (PARTITION BY we.subject_id ORDER BY we.at, we.id), wp.created_at), we.at) AS days"
                + " FROM workflow_event we JOIN pilot wp ON wp.id = we.subject_id WHERE we.workflow = 'pilot-phase'"
                // current stays of open pilots, until now
                + " UNION ALL SELECT op.id, op.phase, TIMESTAMPDIFF(DAY, COALESCE((SELECT MAX(le.at) FROM workflow_event le"
                + " WHERE le.workflow = 'pilot-phase' AND le.subject_id = op.id), op.created_at), " + at + ")"
                + " FROM pilot op WHERE op.status IN (" + OPEN_PILOT + ")"
                + ") x JOIN pilot pl ON pl.id = x.pilot_id" + PILOT_COUNTRY + " GROUP BY pc.iso_alpha2, x.phase";
        List<PhaseTime> out = new ArrayList<>();
        for (Object[] r : rows(sql, null)) {
            out.add(new PhaseTime((String) r[0], (int) num(r[1]), num(r[2]), num(r[3])));
        }
        return out;
    }

    @Override
    public List<Tally> lessonsByCategoryAndPhase() {
        return tallies("SELECT l.category, g.code, COUNT(*) FROM lesson l LEFT JOIN gsbpm_phase g ON g.id = l.gsbpm_phase_id"
                + " GROUP BY l.category, g.code", null);
    }

    private List<Tally> tallies(String sql, String country) {
        List<Tally> out = new ArrayList<>();
        for (Object[] r : rows(sql, country)) {
            if (r.length == 2) {
                out.add(new Tally(r[0] == null ? null : r[0].toString(), null, num(r[1])));
            } else {
                out.add(new Tally(r[0] == null ? null : r[0].toString(), r[1] == null ? null : r[1].toString(), num(r[2])));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String country) {
        Query q = em.createNativeQuery(sql);
        if (country != null) {
            q.setParameter(1, country);
        }
        List<Object[]> out = new ArrayList<>();
        for (Object row : q.getResultList()) {
            out.add(row instanceof Object[] a ? a : new Object[] {row});
        }
        return out;
    }

    private static long num(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (o instanceof LocalDate d) {
            return d;
        }
        return LocalDate.parse(o.toString().substring(0, 10));
    }
}
