package org.ddmsportal.application.search;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The database side of the cross-country search: full-text matching (MariaDB FULLTEXT indexes
 * on case studies and lessons) within what the searcher may see and the chosen facet values,
 * the matches of one page only, the facet counts computed by the database, and the texts of
 * the page shown. No method returns more rows than a page or a facet's values.
 */
public interface SearchStore {

    /**
     * Who searches: the public (published only), one country (its own and published), or all. A
     * partner's contact ({@code partyOrganisation}, {@code Scope.partyOrganisation()}) also reads
     * the lessons of the partnerships and pilots their organisation takes part in, as
     * {@code PartnershipPolicy} and {@code PilotPolicy} say; the others read those of every one.
     */
    record Visibility(boolean publicOnly, String countryCode, String partyOrganisation) {
        public static Visibility anonymous() {
            return new Visibility(true, null, null);
        }

        public static Visibility everything() {
            return new Visibility(false, null, null);
        }

        public static Visibility country(String alpha2) {
            return new Visibility(false, alpha2 == null ? "--" : alpha2, null);
        }

        /** A partner's contact: published case studies, and the lessons of what the organisation takes part in. */
        public static Visibility party(String organisationCode) {
            return new Visibility(false, "--", organisationCode == null ? "--" : organisationCode);
        }
    }

    /**
     * What is asked: the MariaDB boolean-mode query ({@code null}: everything), who asks, and
     * the chosen facet values (facet name → value; an item matches a facet when it has the
     * value — a case study has its lessons' values and its pilots' policy domains).
     */
    record Criteria(String booleanQuery, Visibility visibility, Map<String, String> facets) {
        public Criteria {
            facets = Map.copyOf(facets);
        }
    }

    /** A match: what it is, its score (0 without text) and when it last changed. */
    record Candidate(String kind, long id, double score, Instant date) {
        public String key() {
            return kind + ":" + id;
        }
    }

    /** A match to show: its title, text, country, category and what it belongs to. */
    record Text(String kind, long id, String title, String text, String countryCode, String category,
                String ownerKind, long ownerId, String slug) {
    }

    /**
     * One page of the matches, best first (by score, or newest first without a query; ties by
     * {@link Candidate#key()} as text).
     */
    List<Candidate> page(Criteria criteria, int first, int size);

    /**
     * For each facet, how many matches have each value, counted over the matches of the other
     * facets' choices (so a chosen value's alternatives keep their counts): facet → value → count.
     */
    Map<String, Map<String, Long>> facetCounts(Criteria criteria);

    /** The texts of the given candidates, in no particular order. */
    List<Text> texts(Collection<Candidate> candidates);
}
