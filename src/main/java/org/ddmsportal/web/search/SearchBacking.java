package org.ddmsportal.web.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.application.search.RecordSearch;
import org.ddmsportal.application.search.SearchService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.web.shared.ReferenceOptions;
import org.ddmsportal.web.shared.Texts;

/**
 * The cross-country search, in the portal ({@code /app/search}, what the user may see) and on
 * the showcase ({@code /showcase/search}, published only). Everything is in the address
 * ({@code q}, one parameter per facet, {@code page}), so a search can be bookmarked and shared.
 */
@Named
@RequestScoped
public class SearchBacking {

    public static final int PAGE_SIZE = 20;

    /** The bundle's prefix of a facet's name ({@code search.facet.domain}). */
    private static final String FACET_NAME = "search.facet.";

    @Inject
    SearchService search;

    @Inject
    CurrentActor currentActor;

    @Inject
    ReferenceOptions options;

    @Inject
    RecordSearch records;

    @Getter private String q;
    private final Map<String, String> facets = new HashMap<>();
    private final List<String> notes = new java.util.ArrayList<>();
    private int page = 1;
    @Getter private boolean publicOnly;
    @Getter private SearchService.Result result;
    private String in;
    private int p = 1;
    private List<RecordSearch.Group> groups = List.of();

    /**
     * viewAction of /app/search: an exact agreement reference the user may read opens the
     * agreement; otherwise the records' groups (all kinds, or the one kind {@code in} asks for,
     * page {@code p}) above the faceted search of case studies and lessons.
     */
    public String load() {
        var actor = currentActor.get();
        var exact = records.exactAgreement(actor, q);
        if (exact.isPresent()) {
            return "/app/agreements/view?faces-redirect=true&id=" + exact.get();
        }
        RecordSearch.Kind kind = getKind();
        groups = kind == null ? records.overview(actor, q, Texts.locale())
                : List.of(records.group(actor, kind, q, p, Texts.locale()));
        run(false);
        return null;
    }

    /** The kind the page shows alone ({@code in}), or null for the overview of all kinds. */
    public RecordSearch.Kind getKind() {
        if (in == null) {
            return null;
        }
        try {
            return RecordSearch.Kind.valueOf(in.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public List<RecordSearch.Group> getGroups() {
        return groups;
    }

    public boolean isSearchable() {
        return RecordSearch.searchable(q);
    }

    /** The address of one kind's page n of the current text. */
    public String groupAddress(RecordSearch.Kind kind, int n) {
        StringBuilder b = new StringBuilder("?");
        if (q != null) {
            b.append("q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8)).append('&');
        }
        b.append("in=").append(kind.name().toLowerCase(java.util.Locale.ROOT));
        if (n > 1) {
            b.append("&p=").append(n);
        }
        return b.toString();
    }

    /** The address of the overview of all kinds for the current text. */
    public String overviewAddress() {
        return q == null ? "?" : "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    /** Where a record found leads. */
    public String recordLink(RecordSearch.Kind kind, long id, String contextPath) {
        String folder = switch (kind) {
            case AGREEMENT -> "agreements";
            case PARTNERSHIP -> "partnerships";
            case ORGANISATION, CITY -> "organisations";
            case CONTACT -> "contacts";
            case PILOT -> "pilots";
            case DATASET -> "datasets";
            case INDICATOR -> "indicators";
            case DECISION -> "decisions";
        };
        return contextPath + "/app/" + folder + "/view?id=" + id;
    }

    /** viewAction of /showcase/search. */
    public void loadPublic() {
        run(true);
    }

    private void run(boolean anonymous) {
        this.publicOnly = anonymous;
        leaveOutUnknownFacets();
        SearchService.Query query = new SearchService.Query(q, facets, (Math.max(1, page) - 1) * PAGE_SIZE, PAGE_SIZE);
        result = anonymous ? search.searchPublic(query) : search.search(currentActor.get(), query);
    }

    /**
     * A facet value the portal has no name for (typed or stale in the address: {@code domain=NOPE},
     * {@code phase=99}) is left out with a note, as the lists do; it was shown as chosen ("✓ NOPE")
     * over "0 found" without a word.
     */
    private void leaveOutUnknownFacets() {
        for (var it = facets.entrySet().iterator(); it.hasNext(); ) {
            var facet = it.next();
            String name = named(facet.getKey(), facet.getValue());
            if (name == null || name.startsWith("???") || name.equals(facet.getValue())) {
                notes.add(Texts.get("list.address.malformed", Texts.get(FACET_NAME + facet.getKey()), facet.getValue()));
                it.remove();
            }
        }
    }

    /** What the address asked that was left out, for the note above the results. */
    public List<String> getNotes() {
        return notes;
    }

    /** The address of this search with one facet set to value (or cleared if it is the chosen one). */
    public String toggle(String facet, String value) {
        Map<String, String> next = new LinkedHashMap<>(facets);
        if (value.equals(next.get(facet))) {
            next.remove(facet);
        } else {
            next.put(facet, value);
        }
        return address(next, 1);
    }

    public String pageAddress(int n) {
        return address(facets, n);
    }

    public int getPages() {
        return result == null ? 0 : (int) ((result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    private String address(Map<String, String> f, int n) {
        StringBuilder b = new StringBuilder("?");
        if (q != null && !q.isBlank()) {
            b.append("q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8)).append('&');
        }
        f.forEach((k, v) -> b.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
        if (n > 1) {
            b.append("page=").append(n).append('&');
        }
        return b.substring(0, b.length() - 1);
    }

    /**
     * A facet value in the user's language; a value the portal has no name for (typed into the
     * address: {@code ?category=FOO}) is shown as it was given, not as a missing text's key.
     */
    public String label(String facet, String value) {
        String label = named(facet, value);
        return label == null || label.startsWith("???") ? value : label;
    }

    private String named(String facet, String value) {
        return switch (facet) {
            case "country" -> options.countryName(value);
            case "category" -> "CASE_STUDY".equals(value) ? Texts.get("search.kind.caseStudy")
                    : Texts.get("LessonCategory." + value);
            case "domain" -> options.domainName(value);
            case "phase" -> options.phaseLabel(value);
            case "sourceKind" -> Texts.get("SourceKind." + value);
            case "sector" -> options.typeName(value);
            case "ml" -> Texts.get("MlTechnique." + value);
            default -> value;
        };
    }

    /** Where a hit leads: its page in the portal, or the published case study on the showcase. */
    public String link(SearchService.Hit hit, String contextPath) {
        if (publicOnly) {
            return contextPath + "/showcase/case-studies/" + hit.slug();
        }
        String page = switch (hit.ownerKind()) {
            case "partnership" -> "/app/partnerships/view?id=";
            case "pilot" -> "/app/pilots/view?id=";
            default -> "/app/case-studies/view?id=";
        };
        return contextPath + page + hit.ownerId();
    }
    public void setQ(String q) { this.q = q == null ? null : q.length() > 200 ? q.substring(0, 200) : q; }
    public int getPage() { return page; }
    public String getIn() { return in; }
    public void setIn(String in) { this.in = in == null || in.length() > 20 ? null : in; }
    public int getP() { return p; }
    public void setP(int p) { this.p = Math.max(1, Math.min(p, 10_000)); }
    public void setPage(int page) { this.page = page; }
    public Map<String, String> getFacets() { return facets; }
    public String getCountry() { return facets.get("country"); }
    public void setCountry(String v) { put("country", v); }
    public String getCategory() { return facets.get("category"); }
    public void setCategory(String v) { put("category", v); }
    public String getDomain() { return facets.get("domain"); }
    public void setDomain(String v) { put("domain", v); }
    public String getPhase() { return facets.get("phase"); }
    public void setPhase(String v) { put("phase", v); }
    public String getSourceKind() { return facets.get("sourceKind"); }
    public void setSourceKind(String v) { put("sourceKind", v); }
    public String getSector() { return facets.get("sector"); }
    public void setSector(String v) { put("sector", v); }
    public String getMl() { return facets.get("ml"); }
    public void setMl(String v) { put("ml", v); }

    private void put(String facet, String value) {
        if (value == null || value.isBlank() || value.length() > 40) {
            facets.remove(facet);
        } else {
            facets.put(facet, value);
        }
    }
}
