package org.ddmsportal.infrastructure.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.ddmsportal.application.search.SearchStore;

/**
 * The search's SQL: MariaDB {@code MATCH … AGAINST (… IN BOOLEAN MODE)} on the FULLTEXT indexes
 * of {@code case_study} (title, summary, every section and translation) and {@code lesson}
 * (text); visibility in the WHERE clause; facet values of the matches in two queries per kind.
 */
@ApplicationScoped
public class JdbcSearchStore implements SearchStore {

    private static final String CASE_STUDY = "case-study";
    private static final String LESSON = "lesson";

    @Resource(lookup = DatabaseSetup.DATA_SOURCE)
    DataSource dataSource;

    @Override
    public List<Candidate> candidates(String booleanQuery, Visibility visibility) {
        List<Object> params = new ArrayList<>();
        String csVisible = caseStudyVisible(visibility, "cs", "c", params);
        StringBuilder sql = new StringBuilder("SELECT 'case-study' kind, cs.id, ");
        List<Object> all = new ArrayList<>();
        if (booleanQuery != null) {
            sql.append("MATCH (cs.title, cs.summary, cs.search_text) AGAINST (? IN BOOLEAN MODE)");
            all.add(booleanQuery);
        } else {
            sql.append("0");
        }
        sql.append(" score, COALESCE(cs.published_at, cs.modified_at) d FROM case_study cs JOIN country c ON c.id = cs.country_id WHERE ")
                .append(csVisible);
        all.addAll(params);
        if (booleanQuery != null) {
            sql.append(" AND MATCH (cs.title, cs.summary, cs.search_text) AGAINST (? IN BOOLEAN MODE)");
            all.add(booleanQuery);
        }
        sql.append(" UNION ALL SELECT 'lesson' kind, l.id, ");
        if (booleanQuery != null) {
            sql.append("MATCH (l.text) AGAINST (? IN BOOLEAN MODE)");
            all.add(booleanQuery);
        } else {
            sql.append("0");
        }
        sql.append(" score, l.modified_at d FROM lesson l JOIN country c ON c.id = l.country_id"
                + " LEFT JOIN case_study cs ON cs.id = l.case_study_id WHERE ");
        List<Object> lessonParams = new ArrayList<>();
        String lessonVisible;
        if (visibility.publicOnly()) {
            lessonVisible = "cs.status = 'PUBLISHED'";
        } else if (visibility.countryCode() == null) {
            lessonVisible = "TRUE";
        } else {
            lessonVisible = "(l.case_study_id IS NULL OR cs.status = 'PUBLISHED' OR c.iso_alpha2 = ?)";
            lessonParams.add(visibility.countryCode().toUpperCase());
        }
        sql.append(lessonVisible);
        all.addAll(lessonParams);
        if (booleanQuery != null) {
            sql.append(" AND MATCH (l.text) AGAINST (? IN BOOLEAN MODE)");
            all.add(booleanQuery);
        }
        List<Candidate> result = new ArrayList<>();
        try (Connection con = dataSource.getConnection(); PreparedStatement ps = con.prepareStatement(sql.toString())) {
            for (int i = 0; i < all.size(); i++) {
                ps.setObject(i + 1, all.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp d = rs.getTimestamp(4);
                    result.add(new Candidate(rs.getString(1), rs.getLong(2), rs.getDouble(3),
                            d == null ? null : d.toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("search failed: " + e.getMessage(), e);
        }
        return result;
    }

    private static String caseStudyVisible(Visibility visibility, String cs, String c, List<Object> params) {
        if (visibility.publicOnly()) {
            return cs + ".status = 'PUBLISHED'";
        }
        if (visibility.countryCode() == null) {
            return "TRUE";
        }
        params.add(visibility.countryCode().toUpperCase());
        return "(" + cs + ".status = 'PUBLISHED' OR " + c + ".iso_alpha2 = ?)";
    }

    @Override
    public Map<String, Map<String, Set<String>>> facets(Collection<Candidate> candidates) {
        Map<String, Map<String, Set<String>>> facets = new HashMap<>();
        List<Long> lessons = ids(candidates, LESSON);
        List<Long> studies = ids(candidates, CASE_STUDY);
        try (Connection con = dataSource.getConnection()) {
            if (!lessons.isEmpty()) {
                query(con, "SELECT l.id, c.iso_alpha2, l.category, ph.code, l.source_kind, ot.code, d.code, l.ml_technique"
                        + " FROM lesson l JOIN country c ON c.id = l.country_id"
                        + " LEFT JOIN gsbpm_phase ph ON ph.id = l.gsbpm_phase_id"
                        + " LEFT JOIN organisation_type ot ON ot.id = l.partner_sector_id"
                        + " LEFT JOIN policy_domain d ON d.id = l.domain_id WHERE l.id IN " + in(lessons), lessons, rs -> {
                            Map<String, Set<String>> f = facets.computeIfAbsent(LESSON + ":" + rs.getLong(1), k -> new HashMap<>());
                            add(f, "country", rs.getString(2));
                            add(f, "category", rs.getString(3));
                            add(f, "phase", rs.getString(4));
                            add(f, "sourceKind", rs.getString(5));
                            add(f, "sector", rs.getString(6));
                            add(f, "domain", rs.getString(7));
                            add(f, "ml", rs.getString(8));
                        });
            }
            if (!studies.isEmpty()) {
                query(con, "SELECT cs.id, c.iso_alpha2 FROM case_study cs JOIN country c ON c.id = cs.country_id"
                        + " WHERE cs.id IN " + in(studies), studies, rs -> {
                            Map<String, Set<String>> f = facets.computeIfAbsent(CASE_STUDY + ":" + rs.getLong(1), k -> new HashMap<>());
                            add(f, "country", rs.getString(2));
                            add(f, "category", "CASE_STUDY");
                        });
                query(con, "SELECT l.case_study_id, ph.code, l.source_kind, ot.code, d.code, l.ml_technique FROM lesson l"
                        + " LEFT JOIN gsbpm_phase ph ON ph.id = l.gsbpm_phase_id"
                        + " LEFT JOIN organisation_type ot ON ot.id = l.partner_sector_id"
                        + " LEFT JOIN policy_domain d ON d.id = l.domain_id WHERE l.case_study_id IN " + in(studies),
                        studies, rs -> {
                            Map<String, Set<String>> f = facets.computeIfAbsent(CASE_STUDY + ":" + rs.getLong(1), k -> new HashMap<>());
                            add(f, "phase", rs.getString(2));
                            add(f, "sourceKind", rs.getString(3));
                            add(f, "sector", rs.getString(4));
                            add(f, "domain", rs.getString(5));
                            add(f, "ml", rs.getString(6));
                        });
                query(con, "SELECT cp.case_study_id, d.code FROM case_study_pilot cp"
                        + " JOIN pilot_domain pd ON pd.pilot_id = cp.pilot_id JOIN policy_domain d ON d.id = pd.domain_id"
                        + " WHERE cp.case_study_id IN " + in(studies), studies, rs ->
                        add(facets.computeIfAbsent(CASE_STUDY + ":" + rs.getLong(1), k -> new HashMap<>()), "domain",
                                rs.getString(2)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("search facets failed: " + e.getMessage(), e);
        }
        return facets;
    }

    @Override
    public List<Text> texts(Collection<Candidate> candidates) {
        List<Text> texts = new ArrayList<>();
        List<Long> lessons = ids(candidates, LESSON);
        List<Long> studies = ids(candidates, CASE_STUDY);
        try (Connection con = dataSource.getConnection()) {
            if (!studies.isEmpty()) {
                query(con, "SELECT cs.id, cs.title, CONCAT_WS('\\n', cs.summary, cs.search_text), c.iso_alpha2, cs.slug,"
                        + " cs.status FROM case_study cs JOIN country c ON c.id = cs.country_id WHERE cs.id IN " + in(studies),
                        studies, rs -> texts.add(new Text(CASE_STUDY, rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), "CASE_STUDY", CASE_STUDY, rs.getLong(1),
                                "PUBLISHED".equals(rs.getString(6)) ? rs.getString(5) : null)));
            }
            if (!lessons.isEmpty()) {
                query(con, "SELECT l.id, COALESCE(cs.title, p.title, pi.title), l.text, c.iso_alpha2, l.category,"
                        + " CASE WHEN l.case_study_id IS NOT NULL THEN 'case-study' WHEN l.partnership_id IS NOT NULL"
                        + " THEN 'partnership' ELSE 'pilot' END, COALESCE(l.case_study_id, l.partnership_id, l.pilot_id),"
                        + " CASE WHEN cs.status = 'PUBLISHED' THEN cs.slug END"
                        + " FROM lesson l JOIN country c ON c.id = l.country_id"
                        + " LEFT JOIN case_study cs ON cs.id = l.case_study_id"
                        + " LEFT JOIN partnership p ON p.id = l.partnership_id"
                        + " LEFT JOIN pilot pi ON pi.id = l.pilot_id WHERE l.id IN " + in(lessons), lessons,
                        rs -> texts.add(new Text(LESSON, rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getLong(7), rs.getString(8))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("search texts failed: " + e.getMessage(), e);
        }
        return texts;
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(Connection con, String sql, List<Long> ids, RowReader reader) throws SQLException {
        try (PreparedStatement ps = con.prepareStatement(sql)) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setLong(i + 1, ids.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        }
    }

    private static List<Long> ids(Collection<Candidate> candidates, String kind) {
        return candidates.stream().filter(c -> c.kind().equals(kind)).map(Candidate::id).distinct().toList();
    }

    private static String in(List<Long> ids) {
        return ids.stream().map(i -> "?").collect(Collectors.joining(",", "(", ")"));
    }

    private static void add(Map<String, Set<String>> facets, String facet, String value) {
        if (value != null) {
            facets.computeIfAbsent(facet, k -> new HashSet<>()).add(value);
        }
    }
}
