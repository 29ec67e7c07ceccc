package org.ddmsportal.application.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ddmsportal.application.search.SearchStore.Candidate;
import org.ddmsportal.application.search.SearchStore.Visibility;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Role;

/**
 * Cross-country search over case studies and lessons learned: full text (MariaDB FULLTEXT,
 * every term as a prefix), facets (country, kind of lesson, policy domain, GSBPM phase,
 * data-source kind, partner sector, machine-learning technique) with counts, highlighted
 * snippets, one page at a time. The database finds what matches and what the searcher may see;
 * the facets are counted here, each facet over the matches of the other facets' choices.
 */
@ApplicationScoped
public class SearchService {

    public static final List<String> FACETS = List.of("country", "category", "domain", "phase", "sourceKind",
            "sector", "ml");

    public record Query(String text, Map<String, String> facets, int first, int size) {
        public Query {
            facets = facets == null ? Map.of() : facets.entrySet().stream()
                    .filter(e -> FACETS.contains(e.getKey()) && e.getValue() != null && !e.getValue().isBlank())
                    .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
            first = Math.max(0, first);
            size = Math.max(1, Math.min(size, 100));
        }
    }

    public record FacetValue(String value, long count, boolean selected) {
    }

    public record Facet(String name, List<FacetValue> values) {
    }

    /** A match; {@code snippet} is escaped HTML with {@code <mark>} around matched words. */
    public record Hit(String kind, long id, String title, String snippet, String countryCode, String category,
                      String ownerKind, long ownerId, String slug) {
    }

    public record Result(List<Hit> hits, long total, List<Facet> facets, List<String> terms) {
    }

    @Inject
    SearchStore store;

    /** Search as a signed-in user: published everywhere, plus their own country's (all for coordinators). */
    public Result search(Actor actor, Query query) {
        Visibility v = actor.isAdmin() || actor.has(Role.COORDINATOR) ? Visibility.everything()
                : Visibility.country(actor.isNsi() ? actor.countryCode() : null);
        return run(query, v);
    }

    /** Search on the public showcase: published case studies and their lessons only. */
    public Result searchPublic(Query query) {
        return run(query, Visibility.anonymous());
    }

    private Result run(Query query, Visibility visibility) {
        List<String> terms = Highlighter.terms(query.text());
        List<Candidate> candidates = store.candidates(Highlighter.booleanQuery(terms), visibility);
        Map<String, Map<String, Set<String>>> facets = store.facets(candidates);
        List<Candidate> matching = candidates.stream()
                .filter(c -> matches(facets.getOrDefault(c.key(), Map.of()), query.facets(), null))
                .sorted(terms.isEmpty()
                        ? Comparator.comparing(Candidate::date, Comparator.nullsLast(Comparator.reverseOrder()))
                                .thenComparing(Candidate::key)
                        : Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::key))
                .toList();
        List<Facet> counted = new ArrayList<>();
        for (String facet : FACETS) {
            Map<String, Long> counts = new HashMap<>();
            for (Candidate c : candidates) {
                Map<String, Set<String>> values = facets.getOrDefault(c.key(), Map.of());
                if (matches(values, query.facets(), facet)) {
                    values.getOrDefault(facet, Set.of()).forEach(v -> counts.merge(v, 1L, Long::sum));
                }
            }
            String selected = query.facets().get(facet);
            if (selected != null) {
                counts.putIfAbsent(selected, 0L);
            }
            counted.add(new Facet(facet, counts.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(e -> new FacetValue(e.getKey(), e.getValue(), e.getKey().equals(selected))).toList()));
        }
        List<Candidate> page = matching.subList(Math.min(query.first(), matching.size()),
                Math.min(query.first() + query.size(), matching.size()));
        Map<String, SearchStore.Text> texts = store.texts(page).stream()
                .collect(Collectors.toMap(t -> t.kind() + ":" + t.id(), Function.identity()));
        List<Hit> hits = new ArrayList<>();
        for (Candidate c : page) {
            SearchStore.Text t = texts.get(c.key());
            if (t != null) {
                hits.add(new Hit(t.kind(), t.id(), t.title(), Highlighter.snippet(t.text(), terms, 260),
                        t.countryCode(), t.category(), t.ownerKind(), t.ownerId(), t.slug()));
            }
        }
        return new Result(hits, matching.size(), counted, terms);
    }

    /** Whether the item has every chosen facet value (ignoring {@code except}). */
    private static boolean matches(Map<String, Set<String>> values, Map<String, String> chosen, String except) {
        for (Map.Entry<String, String> e : chosen.entrySet()) {
            if (!e.getKey().equals(except) && !values.getOrDefault(e.getKey(), Set.of()).contains(e.getValue())) {
                return false;
            }
        }
        return true;
    }

}
