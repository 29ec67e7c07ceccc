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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.ddmsportal.application.search.SearchService;
import org.ddmsportal.application.search.SearchStore;

/**
 * The search's SQL: MariaDB {@code MATCH … AGAINST (… IN BOOLEAN MODE)} on the FULLTEXT indexes
 * of {@code case_study} (title, summary, every section and translation) and {@code lesson}
 * (text); visibility and the chosen facet values in the WHERE clause.
 *
 * <p>Two queries whatever the number of matches: the page ({@code ORDER BY … LIMIT … OFFSET}
 * over both kinds) and the facet counts. The full-text match is the expensive part (tens of
 * milliseconds for a common word), so the facet query evaluates it once per kind: each match
 * is joined to the list of facet names and counted under every facet in one GROUP BY, a facet's
 * own choice left out of its WHERE ({@code f.name = 'phase' OR <phase chosen>}). A case study
 * has the values of its lessons (joined only for the facets that need them) and, for policy
 * domains, those of its pilots too (a facet row of their own), counted once per case study
 * ({@code COUNT(DISTINCT)}).
 */
@ApplicationScoped
public class JdbcSearchStore implements SearchStore {

    private static final String CASE_STUDY = "case-study";
    private static final String LESSON = "lesson";

    /** The facet names as a derived table, to count every facet in one pass over the matches. */
    private static final String FACET_NAMES = SearchService.FACETS.stream().map(f -> "SELECT '" + f + "' name")
            .collect(Collectors.joining(" UNION ALL ", "(", ") f"));

    /** A case study's pilots' policy domains: a row of the facet names of its own, counted as {@code domain}. */
    private static final String PILOT_DOMAIN = "pilotDomain";

    private static final String CASE_STUDY_FACET_NAMES = FACET_NAMES.replace(") f", " UNION ALL SELECT '" + PILOT_DOMAIN
            + "') f");

    private static final String CASE_STUDY_FACET = "IF(f.name = '" + PILOT_DOMAIN + "', 'domain', f.name)";

    private static final String CS_MATCH = "MATCH (cs.title, cs.summary, cs.search_text) AGAINST (? IN BOOLEAN MODE)";
    private static final String LESSON_MATCH = "MATCH (l.text) AGAINST (? IN BOOLEAN MODE)";

    /**
     * A lesson of a partnership its reader's organisation ({@code ?}, twice) leads or is a partner
     * of: {@code PartnershipPolicy.readableBy} in SQL, as {@code PartyScopeJpql.partnership} says it in JPQL.
     */
    static final String PARTY_PARTNERSHIP_LESSON = "EXISTS (SELECT 1 FROM partnership lp JOIN organisation lo"
            + " ON lo.id = lp.lead_organisation_id WHERE lp.id = l.partnership_id AND (lo.code = ?"
            + " OR EXISTS (SELECT 1 FROM partnership_partner lpp JOIN organisation lpo ON lpo.id = lpp.organisation_id"
            + " WHERE lpp.partnership_id = lp.id AND lpo.code = ?)))";

    /**
     * A lesson of a pilot its reader's organisation ({@code ?}, five times) is the city, lead or a
     * partner of, or of one of whose partnerships it is a member: {@code PilotPolicy.readableBy}.
     */
    static final String PARTY_PILOT_LESSON = "EXISTS (SELECT 1 FROM pilot li JOIN organisation lc ON lc.id = li.city_id"
            + " JOIN organisation ll ON ll.id = li.lead_id WHERE li.id = l.pilot_id AND (lc.code = ? OR ll.code = ?"
            + " OR EXISTS (SELECT 1 FROM pilot_partner lip JOIN organisation lio ON lio.id = lip.organisation_id"
            + " WHERE lip.pilot_id = li.id AND lio.code = ?)"
            + " OR EXISTS (SELECT 1 FROM pilot_partnership lis JOIN partnership lsp ON lsp.id = lis.partnership_id"
            + " JOIN organisation lso ON lso.id = lsp.lead_organisation_id WHERE lis.pilot_id = li.id AND (lso.code = ?"
            + " OR EXISTS (SELECT 1 FROM partnership_partner lsq JOIN organisation lsr ON lsr.id = lsq.organisation_id"
            + " WHERE lsq.partnership_id = lsp.id AND lsr.code = ?)))))";

    /** A lesson's value of each facet (aliases of {@link #LESSON_FROM}). */
    private static final Map<String, String> LESSON_VALUE = Map.of("country", "c.iso_alpha2", "category", "l.category",
            "phase", "ph.code", "sourceKind", "l.source_kind", "sector", "ot.code", "domain", "pd.code",
            "ml", "l.ml_technique");

    private static final String LESSON_FROM = "lesson l JOIN country c ON c.id = l.country_id"
            + " LEFT JOIN case_study cs ON cs.id = l.case_study_id"
            + " LEFT JOIN gsbpm_phase ph ON ph.id = l.gsbpm_phase_id"
            + " LEFT JOIN organisation_type ot ON ot.id = l.partner_sector_id"
            + " LEFT JOIN policy_domain pd ON pd.id = l.domain_id";

    /** A case study's values of each facet through one of its lessons ({@code x}, joined). */
    private static final Map<String, String> CASE_STUDY_VALUE = Map.of("country", "c.iso_alpha2",
            "category", "'CASE_STUDY'", "phase", "xph.code", "sourceKind", "x.source_kind", "sector", "xot.code",
            "domain", "xpd.code", "ml", "x.ml_technique");

    /** Whether a case study has a facet value: one of its lessons has it (or, for domains, one of its pilots). */
    private static final Map<String, String> CASE_STUDY_HAS = Map.of(
            "country", "c.iso_alpha2 = BINARY ?",
            "category", "'CASE_STUDY' = BINARY ?",
            "phase", "EXISTS (SELECT 1 FROM lesson y JOIN gsbpm_phase v ON v.id = y.gsbpm_phase_id"
                    + " WHERE y.case_study_id = cs.id AND v.code = BINARY ?)",
            "sourceKind", "EXISTS (SELECT 1 FROM lesson y WHERE y.case_study_id = cs.id AND y.source_kind = BINARY ?)",
            "sector", "EXISTS (SELECT 1 FROM lesson y JOIN organisation_type v ON v.id = y.partner_sector_id"
                    + " WHERE y.case_study_id = cs.id AND v.code = BINARY ?)",
            "domain", "(EXISTS (SELECT 1 FROM lesson y JOIN policy_domain v ON v.id = y.domain_id"
                    + " WHERE y.case_study_id = cs.id AND v.code = BINARY ?) OR EXISTS (SELECT 1 FROM case_study_pilot cp"
                    + " JOIN pilot_domain y ON y.pilot_id = cp.pilot_id JOIN policy_domain v ON v.id = y.domain_id"
                    + " WHERE cp.case_study_id = cs.id AND v.code = BINARY ?))",
            "ml", "EXISTS (SELECT 1 FROM lesson y WHERE y.case_study_id = cs.id AND y.ml_technique = BINARY ?)");

    @Resource(lookup = DatabaseSetup.DATA_SOURCE)
    DataSource dataSource;

    /** SQL text with its parameters, built in order. */
    private static final class Sql {
        final StringBuilder text = new StringBuilder();
        final List<Object> params = new ArrayList<>();

        Sql add(String part, Object... values) {
            text.append(part);
            params.addAll(List.of(values));
            return this;
        }
    }

    @Override
    public List<Candidate> page(Criteria criteria, int first, int size) {
        String q = criteria.booleanQuery();
        Sql sql = new Sql().add("SELECT kind, id, score, d FROM (");
        sql.add("SELECT 'case-study' kind, cs.id, ");
        if (q != null) {
            sql.add(CS_MATCH, q);
        } else {
            sql.add("0");
        }
        sql.add(" score, COALESCE(cs.published_at, cs.modified_at) d FROM case_study cs JOIN country c ON c.id = cs.country_id WHERE ");
        caseStudyWhere(sql, criteria, null);
        sql.add(" UNION ALL SELECT 'lesson' kind, l.id, ");
        if (q != null) {
            sql.add(LESSON_MATCH, q);
        } else {
            sql.add("0");
        }
        sql.add(" score, l.modified_at d FROM ").add(LESSON_FROM).add(" WHERE ");
        lessonWhere(sql, criteria, null);
        // the order the portal has always shown: best score (or newest) first, ties by "kind:id" as text
        sql.add(") m ORDER BY ").add(q != null ? "score DESC" : "d IS NULL, d DESC")
                .add(", kind, CAST(id AS CHAR) LIMIT ? OFFSET ?", size, first);
        List<Candidate> result = new ArrayList<>();
        run(sql, rs -> {
            Timestamp d = rs.getTimestamp(4);
            result.add(new Candidate(rs.getString(1), rs.getLong(2), rs.getDouble(3), d == null ? null : d.toInstant()));
        });
        return result;
    }

    @Override
    public Map<String, Map<String, Long>> facetCounts(Criteria criteria) {
        Sql sql = new Sql().add("SELECT name, v, SUM(n) FROM (");
        // lessons: one value per facet
        sql.add("SELECT f.name, CASE f.name");
        LESSON_VALUE.forEach((facet, value) -> sql.add(" WHEN '" + facet + "' THEN " + value));
        sql.add(" END v, COUNT(*) n FROM ").add(LESSON_FROM).add(" JOIN ").add(FACET_NAMES).add(" WHERE ");
        lessonWhere(sql, criteria, "f.name");
        sql.add(" GROUP BY f.name, v");
        // case studies: their country, their lessons' values (joined only for the facets that need
        // them) and their pilots' policy domains (as a facet row of its own, counted as "domain")
        sql.add(" UNION ALL SELECT ").add(CASE_STUDY_FACET).add(", CASE f.name");
        CASE_STUDY_VALUE.forEach((facet, value) -> sql.add(" WHEN '" + facet + "' THEN " + value));
        sql.add(" WHEN '" + PILOT_DOMAIN + "' THEN pdv.code END, COUNT(DISTINCT cs.id)"
                + " FROM case_study cs JOIN country c ON c.id = cs.country_id JOIN ").add(CASE_STUDY_FACET_NAMES)
                .add(" LEFT JOIN lesson x ON f.name NOT IN ('country', 'category', '" + PILOT_DOMAIN
                        + "') AND x.case_study_id = cs.id"
                        + " LEFT JOIN gsbpm_phase xph ON xph.id = x.gsbpm_phase_id"
                        + " LEFT JOIN organisation_type xot ON xot.id = x.partner_sector_id"
                        + " LEFT JOIN policy_domain xpd ON xpd.id = x.domain_id"
                        + " LEFT JOIN (SELECT cp.case_study_id, d.code FROM case_study_pilot cp"
                        + " JOIN pilot_domain pdm ON pdm.pilot_id = cp.pilot_id JOIN policy_domain d ON d.id = pdm.domain_id) pdv"
                        + " ON f.name = '" + PILOT_DOMAIN + "' AND pdv.case_study_id = cs.id WHERE ");
        caseStudyWhere(sql, criteria, CASE_STUDY_FACET);
        sql.add(" GROUP BY 1, 2) m WHERE v IS NOT NULL GROUP BY name, v");
        Map<String, Map<String, Long>> counts = new HashMap<>();
        run(sql, rs -> counts.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getLong(3)));
        return counts;
    }

    /**
     * Who sees what: the public sees published case studies only, a reader without a country
     * everything, a country's reader also what is of that country ({@code ownCountry}, with one
     * parameter: the country code).
     */
    private static void visible(Sql sql, Visibility visibility, String ownCountry) {
        if (visibility.publicOnly()) {
            sql.add("cs.status = 'PUBLISHED'");
        } else if (visibility.countryCode() == null) {
            sql.add("TRUE");
        } else {
            sql.add(ownCountry, visibility.countryCode().toUpperCase());
        }
    }

    /**
     * Visibility, text and chosen facets of case studies ({@code cs}, {@code c}). {@code facetName}:
     * the SQL expression naming the facet being counted, whose own choice does not apply.
     */
    private static void caseStudyWhere(Sql sql, Criteria criteria, String facetName) {
        visible(sql, criteria.visibility(), "(cs.status = 'PUBLISHED' OR c.iso_alpha2 = ?)");
        if (criteria.booleanQuery() != null) {
            sql.add(" AND ").add(CS_MATCH, criteria.booleanQuery());
        }
        chosen(sql, criteria, facetName, (facet, value) -> sql.add(CASE_STUDY_HAS.get(facet),
                facet.equals("domain") ? new Object[] {value, value} : new Object[] {value}));
    }

    /** Visibility, text and chosen facets of lessons ({@link #LESSON_FROM}); see {@link #caseStudyWhere}. */
    private static void lessonWhere(Sql sql, Criteria criteria, String facetName) {
        String party = criteria.visibility().partyOrganisation();
        if (party == null) {
            visible(sql, criteria.visibility(), "(l.case_study_id IS NULL OR cs.status = 'PUBLISHED' OR c.iso_alpha2 = ?)");
        } else {
            sql.add("(cs.status = 'PUBLISHED' OR " + PARTY_PARTNERSHIP_LESSON + " OR " + PARTY_PILOT_LESSON + ")",
                    party, party, party, party, party, party, party);
        }
        if (criteria.booleanQuery() != null) {
            sql.add(" AND ").add(LESSON_MATCH, criteria.booleanQuery());
        }
        chosen(sql, criteria, facetName, (facet, value) -> sql.add(LESSON_VALUE.get(facet) + " = BINARY ?", value));
    }

    /** Each chosen facet value as {@code AND (<facet counted> OR <has value>)}, or {@code AND <has value>}. */
    private static void chosen(Sql sql, Criteria criteria, String facetName,
                               java.util.function.BiConsumer<String, String> condition) {
        for (String facet : SearchService.FACETS) {
            String value = criteria.facets().get(facet);
            if (value == null) {
                continue;
            }
            sql.add(" AND (");
            if (facetName != null) {
                sql.add(facetName + " = '" + facet + "' OR ");
            }
            condition.accept(facet, value);
            sql.add(")");
        }
    }

    private void run(Sql sql, RowReader reader) {
        try (Connection con = dataSource.getConnection(); PreparedStatement ps = con.prepareStatement(sql.text.toString())) {
            for (int i = 0; i < sql.params.size(); i++) {
                ps.setObject(i + 1, sql.params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("search failed: " + e.getMessage(), e);
        }
    }

    @Override
    public List<Text> texts(Collection<Candidate> candidates) {
        List<Long> lessons = ids(candidates, LESSON);
        List<Long> studies = ids(candidates, CASE_STUDY);
        Sql sql = new Sql();
        if (!studies.isEmpty()) {
            // the text for the snippet: the sections (search_text without the title it begins with;
            // the summary before the whole search_text repeated the summary and the title in it)
            sql.add("SELECT 'case-study', cs.id, cs.title, COALESCE(NULLIF(CASE WHEN LEFT(cs.search_text,"
                    + " CHAR_LENGTH(cs.title)) = cs.title THEN SUBSTRING(cs.search_text, CHAR_LENGTH(cs.title) + 2)"
                    + " ELSE cs.search_text END, ''), cs.summary), c.iso_alpha2,"
                    + " 'CASE_STUDY', 'case-study', cs.id, CASE WHEN cs.status = 'PUBLISHED' THEN cs.slug END"
                    + " FROM case_study cs JOIN country c ON c.id = cs.country_id WHERE cs.id IN " + in(studies),
                    studies.toArray());
        }
        if (!lessons.isEmpty()) {
            sql.add(sql.text.isEmpty() ? "" : " UNION ALL ");
            sql.add("SELECT 'lesson', l.id, COALESCE(cs.title, p.title, pi.title), l.text, c.iso_alpha2, l.category,"
                    + " CASE WHEN l.case_study_id IS NOT NULL THEN 'case-study' WHEN l.partnership_id IS NOT NULL"
                    + " THEN 'partnership' ELSE 'pilot' END, COALESCE(l.case_study_id, l.partnership_id, l.pilot_id),"
                    + " CASE WHEN cs.status = 'PUBLISHED' THEN cs.slug END"
                    + " FROM lesson l JOIN country c ON c.id = l.country_id"
                    + " LEFT JOIN case_study cs ON cs.id = l.case_study_id"
                    + " LEFT JOIN partnership p ON p.id = l.partnership_id"
                    + " LEFT JOIN pilot pi ON pi.id = l.pilot_id WHERE l.id IN " + in(lessons), lessons.toArray());
        }
        List<Text> texts = new ArrayList<>();
        if (!sql.text.isEmpty()) {
            run(sql, rs -> texts.add(new Text(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8), rs.getString(9))));
        }
        return texts;
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private static List<Long> ids(Collection<Candidate> candidates, String kind) {
        return candidates.stream().filter(c -> c.kind().equals(kind)).map(Candidate::id).distinct().toList();
    }

    private static String in(List<Long> ids) {
        return ids.stream().map(i -> "?").collect(Collectors.joining(",", "(", ")"));
    }
}
