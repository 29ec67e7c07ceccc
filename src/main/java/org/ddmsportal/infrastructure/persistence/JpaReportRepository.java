package org.ddmsportal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.ddmsportal.domain.casestudy.LessonCategory;
import org.ddmsportal.domain.report.ReportRepository;

/** The reports' counts: one GROUP BY query per figure, over all countries at once. */
@ApplicationScoped
public class JpaReportRepository extends JpaStore implements ReportRepository {

    private static final Map<Counted, String> QUERIES = Map.of(
            Counted.PARTNERSHIP_STATUS,
            "SELECT c.alpha2, p.status, COUNT(p) FROM Partnership p JOIN p.lead l JOIN l.country c GROUP BY c.alpha2, p.status",
            Counted.AGREEMENT_STATUS,
            "SELECT a.countryCode, a.status, COUNT(a) FROM Agreement a GROUP BY a.countryCode, a.status",
            Counted.PILOT_STATUS,
            "SELECT c.alpha2, p.status, COUNT(p) FROM Pilot p JOIN p.city ci JOIN ci.country c GROUP BY c.alpha2, p.status",
            Counted.PILOT_PHASE,
            "SELECT c.alpha2, p.phase, COUNT(p) FROM Pilot p JOIN p.city ci JOIN ci.country c GROUP BY c.alpha2, p.phase",
            Counted.CASE_STUDY_STATUS,
            "SELECT c.alpha2, x.status, COUNT(x) FROM CaseStudy x JOIN x.country c GROUP BY c.alpha2, x.status");

    @Override
    public Map<String, Map<String, Long>> countByCountry(Counted counted) {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (Object[] row : em.createQuery(QUERIES.get(counted), Object[].class).getResultList()) {
            if (row[0] != null) {
                counts.computeIfAbsent((String) row[0], k -> new TreeMap<>())
                        .put(String.valueOf(row[1]), ((Number) row[2]).longValue());
            }
        }
        return counts;
    }

    @Override
    public List<LessonRow> lessonsOf(String alpha2, int limit) {
        // the owner's title comes with the lesson (outer joins, one of them set): one statement for up
        // to 1,000 lessons, where reading each lesson's owner cost one more (the report runs outside a
        // transaction, so nothing was shared between them)
        List<Object[]> rows = em.createQuery("SELECT l.category, COALESCE(cs.content.title, p.title, pi.title), l.text"
                        + " FROM Lesson l JOIN l.country c LEFT JOIN l.caseStudy cs LEFT JOIN l.partnership p"
                        + " LEFT JOIN l.pilot pi WHERE c.alpha2 = :country ORDER BY l.createdAt DESC, l.id DESC",
                        Object[].class)
                .setParameter("country", alpha2.toUpperCase(Locale.ROOT)).setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new LessonRow((LessonCategory) r[0], (String) r[1], (String) r[2])).toList();
    }

    @Override
    public long countLessons(String alpha2) {
        return count("SELECT COUNT(l) FROM Lesson l JOIN l.country c WHERE c.alpha2 = :country", "country",
                alpha2.toUpperCase(Locale.ROOT));
    }
}
