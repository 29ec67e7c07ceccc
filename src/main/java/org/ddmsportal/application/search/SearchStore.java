package org.ddmsportal.application.search;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The database side of the cross-country search: full-text matching (MariaDB FULLTEXT indexes
 * on case studies and lessons) within what the searcher may see, the facet values of the
 * matches, and the texts of the page shown.
 */
public interface SearchStore {

    /** Who searches: the public (published only), one country (its own and published), or all. */
    record Visibility(boolean publicOnly, String countryCode) {
        public static Visibility anonymous() {
            return new Visibility(true, null);
        }

        public static Visibility everything() {
            return new Visibility(false, null);
        }

        public static Visibility country(String alpha2) {
            return new Visibility(false, alpha2 == null ? "--" : alpha2);
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
     * Everything visible that matches the MariaDB boolean-mode query ({@code null}: everything).
     */
    List<Candidate> candidates(String booleanQuery, Visibility visibility);

    /** Facet values by candidate key ({@code kind:id}) and facet name. */
    Map<String, Map<String, Set<String>>> facets(Collection<Candidate> candidates);

    /** The texts of the given candidates, in no particular order. */
    List<Text> texts(Collection<Candidate> candidates);
}
