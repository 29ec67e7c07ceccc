package org.ddmsportal.application.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ddmsportal.application.search.SearchStore.Candidate;
import org.ddmsportal.application.search.SearchStore.Visibility;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Scope;
import org.ddmsportal.domain.shared.Role;

/**
 * Cross-country search over case studies and lessons learned: full text (MariaDB FULLTEXT,
 * every term as a prefix), facets (country, kind of lesson, policy domain, GSBPM phase,
 * data-source kind, partner sector, machine-learning technique) with counts, highlighted
 * snippets, one page at a time. The database does the work — it finds what matches and what the
 * searcher may see, returns one page of it and counts the facets (each facet over the matches of
 * the other facets' choices) — so a common word costs the same few queries and the same memory
 * as a rare one.
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

    @Inject
    SearchCache cache;

    /** The cache's keys: the facet counts of a search, and one page of its matches. */
    private record FacetsKey(SearchStore.Criteria criteria) {
    }

    private record PageKey(SearchStore.Criteria criteria, int first, int size) {
    }

    /** Search as a signed-in user: published everywhere, plus their own country's (all for coordinators). */
    public Result search(Actor actor, Query query) {
        Scope scope = Scope.of(actor);
        Visibility v = scope.isAll() ? Visibility.everything()
                : scope.partyOrganisation() != null ? Visibility.party(scope.partyOrganisation())
                : Visibility.country(actor.countryCode());
        return run(query, v);
    }

    /** Search on the public showcase: published case studies and their lessons only. */
    public Result searchPublic(Query query) {
        return run(query, Visibility.anonymous());
    }

    private Result run(Query query, Visibility visibility) {
        List<String> terms = Highlighter.terms(query.text());
        if (Highlighter.onlyStopWords(query.text())) {
            // "the", "WHO": words the index does not hold; no term is no filter, which would list everything
            return new Result(List.of(), 0, FACETS.stream().map(f -> new Facet(f, List.of())).toList(), terms);
        }
        SearchStore.Criteria criteria = new SearchStore.Criteria(Highlighter.booleanQuery(terms), visibility,
                query.facets());
        Map<String, Map<String, Long>> counts = cache.get(new FacetsKey(criteria), () -> store.facetCounts(criteria));
        List<Facet> counted = new ArrayList<>();
        for (String facet : FACETS) {
            Map<String, Long> values = new HashMap<>(counts.getOrDefault(facet, Map.of()));
            String selected = query.facets().get(facet);
            if (selected != null) {
                values.putIfAbsent(selected, 0L);
            }
            counted.add(new Facet(facet, values.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(e -> new FacetValue(e.getKey(), e.getValue(), e.getKey().equals(selected))).toList()));
        }
        long total = total(counts.getOrDefault("country", Map.of()), query.facets().get("country"));
        List<Candidate> page = query.first() < total
                ? cache.get(new PageKey(criteria, query.first(), query.size()),
                        () -> List.copyOf(store.page(criteria, query.first(), query.size())))
                : List.of();
        Map<String, SearchStore.Text> texts = page.isEmpty() ? Map.of() : store.texts(page).stream()
                .collect(Collectors.toMap(t -> t.kind() + ":" + t.id(), Function.identity()));
        List<Hit> hits = new ArrayList<>();
        for (Candidate c : page) {
            SearchStore.Text t = texts.get(c.key());
            if (t != null) {
                hits.add(new Hit(t.kind(), t.id(), t.title(), Highlighter.snippet(t.text(), terms, 260),
                        t.countryCode(), t.category(), t.ownerKind(), t.ownerId(), t.slug()));
            }
        }
        return new Result(hits, total, counted, terms);
    }

    /**
     * Every match has exactly one country, and the country facet is counted over the matches of
     * all other choices: so the matches of all choices are the chosen country's count, or the
     * sum of all countries' counts — no query of their own.
     */
    static long total(Map<String, Long> countries, String chosenCountry) {
        return chosenCountry != null ? countries.getOrDefault(chosenCountry, 0L)
                : countries.values().stream().mapToLong(Long::longValue).sum();
    }

}
