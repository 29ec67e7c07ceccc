package org.ddmsportal.application.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.ddmsportal.application.agreement.AgreementQueries;
import org.ddmsportal.application.data.DatasetService;
import org.ddmsportal.application.data.IndicatorService;
import org.ddmsportal.application.decision.DecisionService;
import org.ddmsportal.application.partnership.PartnershipService;
import org.ddmsportal.application.pilot.PilotService;
import org.ddmsportal.application.contact.ContactService;
import org.ddmsportal.application.organisation.OrganisationService;
import org.ddmsportal.domain.reference.OrganisationType;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;

/**
 * The header's search across records (issue 14): what the user typed, looked up in every kind
 * of record at once — agreements by reference and title, partnerships by title, organisations
 * and cities by name, acronym or code, contacts by name and e-mail, pilots, datasets, indicators
 * by code and name, decisions — grouped by kind, each group one bounded page with its count.
 *
 * <p>It holds no read rule of its own: each group is the list of its kind, asked through that
 * kind's use case with the text as the list's global search ({@code XCriteria.text}) or, for the
 * large tables, as its indexed title or name column ({@link #columns}), so the group holds
 * exactly what the user's list of that kind would hold — agreements by
 * {@code AgreementPolicy.listScope}, the registry, pilots, data and decisions as everyone signed
 * in reads them. Case studies and lessons stay with the faceted {@link SearchService}, which
 * applies {@code CaseStudyPolicy} in its store.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RecordSearch {

    /** Rows a group shows on the overview; a group's own page shows {@link #GROUP_PAGE}. */
    public static final int OVERVIEW = 5;
    public static final int GROUP_PAGE = 20;

    /**
     * How far a group counts its matches: a common word ("data") matches three quarters of
     * 100,000 datasets, and counting them all in nine tables took seconds; past this the group
     * says "more than" and lists the first ones ({@link Group#more()}).
     */
    public static final int COUNT_UP_TO = 1_000;

    /** Fewer characters than this search nothing: one letter would match half the registry. */
    public static final int MIN_LENGTH = 2;

    /** An agreement reference as written ({@code AgreementReference}): an exact one opens the agreement. */
    private static final Pattern REFERENCE = Pattern.compile("(?i)\\s*[A-Z]{2}-\\d{4}-\\d{1,6}\\s*");

    /** The kinds, in the order the page shows their groups. */
    public enum Kind { AGREEMENT, PARTNERSHIP, ORGANISATION, CITY, CONTACT, PILOT, DATASET, INDICATOR, DECISION }

    /** One record found: its id, what the link says, and a line of context (country, organisation…). */
    public record Item(long id, String label, String detail) {
    }

    /**
     * One kind's page of matches; {@code total} is all of them, or, with {@code more}, the first
     * {@link #COUNT_UP_TO} of more; the page holds at most {@code size}.
     */
    public record Group(Kind kind, List<Item> items, long total, boolean more, int page, int size) {

        public int pages() {
            return (int) ((total + size - 1) / size);
        }
    }

    @Inject
    AgreementQueries agreements;

    @Inject
    PartnershipService partnerships;

    @Inject
    OrganisationService organisations;

    @Inject
    ContactService contacts;

    @Inject
    PilotService pilots;

    @Inject
    DatasetService datasets;

    @Inject
    IndicatorService indicators;

    @Inject
    DecisionService decisions;

    /** True if the text is long enough to search. */
    public static boolean searchable(String text) {
        return text != null && text.strip().length() >= MIN_LENGTH;
    }

    /**
     * The id of the agreement whose reference the text is exactly, if the actor may read it.
     */
    public Optional<Long> exactAgreement(@NotNull Actor actor, String text) {
        if (text == null || !REFERENCE.matcher(text).matches()) {
            return Optional.empty();
        }
        return agreements.findByReference(actor, text).map(a -> a.getId());
    }

    /** Every kind's first {@link #OVERVIEW} matches with their counts; groups without a match left out. */
    public List<Group> overview(@NotNull Actor actor, String text, Locale locale) {
        List<Group> groups = new ArrayList<>();
        if (!searchable(text)) {
            return groups;
        }
        for (Kind kind : Kind.values()) {
            Group g = group(actor, kind, text, 1, OVERVIEW, locale);
            if (g.total() > 0) {
                groups.add(g);
            }
        }
        return groups;
    }

    /** One kind's page (1-based) of {@link #GROUP_PAGE} matches. */
    public Group group(@NotNull Actor actor, @NotNull Kind kind, String text, int page, Locale locale) {
        return group(actor, kind, text, page, GROUP_PAGE, locale);
    }

    private Group group(Actor actor, Kind kind, String text, int page, int size, Locale locale) {
        int p = Math.max(1, page);
        if (!searchable(text)) {
            return new Group(kind, List.of(), 0, false, p, size);
        }
        String q = text.strip();
        if (q.length() > 200) {
            q = q.substring(0, 200);
        }
        Map<String, String> columns = columns(kind, q);
        PageRequest request = new PageRequest((p - 1) * size, size, null, true, columns, columns.isEmpty() ? q : null,
                COUNT_UP_TO);
        return switch (kind) {
            case AGREEMENT -> group(kind, agreements.search(actor, request), p, size,
                    a -> new Item(a.getId(), a.getReference() + " · " + a.getTitle(), a.getPartnership().getTitle()));
            case PARTNERSHIP -> group(kind, partnerships.search(actor, request), p, size,
                    x -> new Item(x.getId(), x.getTitle(), x.getLead().getLabel() + " · " + x.getCountry().nameIn(locale)));
            case ORGANISATION, CITY -> group(kind, organisations.search(actor, request), p, size,
                    o -> new Item(o.getId(), o.getLabel(), o.getCountry().nameIn(locale)));
            case CONTACT -> group(kind, contacts.search(actor, request), p, size,
                    c -> new Item(c.getId(), c.getFullName(), c.getEmail() + " · " + c.getOrganisation().getLabel()));
            case PILOT -> group(kind, pilots.search(actor, request), p, size,
                    x -> new Item(x.getId(), x.getTitle(), x.getCity().getName() + " · " + x.getCountry().nameIn(locale)));
            case DATASET -> group(kind, datasets.search(actor, request), p, size,
                    d -> new Item(d.getId(), d.getTitle(), d.getCountry() == null ? "" : d.getCountry().nameIn(locale)));
            case INDICATOR -> group(kind, indicators.search(actor, request), p, size,
                    i -> new Item(i.getId(), i.getCode() + " · " + i.nameIn(locale), i.getCountry().nameIn(locale)));
            case DECISION -> group(kind, decisions.search(actor, request), p, size,
                    d -> new Item(d.getId(), d.getTitle(), d.getCity().getName() + " · " + d.getCountry().nameIn(locale)));
        };
    }

    /**
     * The kinds searched by a column of their list rather than by its global search: the large
     * tables (20,000 partnerships, 100,000 datasets on the bench) and the registry, on their
     * indexed title or name columns ({@code ix_partnership_title}, {@code ix_dataset_title},
     * {@code ix_organisation_name}, {@code ix_organisation_acronym}) rather than also on their
     * long texts (objectives, descriptions). Empty: the list's global search ({@code XCriteria.text}).
     */
    static Map<String, String> columns(Kind kind, String q) {
        return switch (kind) {
            case PARTNERSHIP, DATASET -> Map.of("title", q);
            case ORGANISATION -> Map.of("name", q);
            case CITY -> Map.of("name", q, "type", OrganisationType.MUNICIPALITY);
            default -> Map.of();
        };
    }

    private static <T> Group group(Kind kind, Page<T> found, int page, int size, Function<T, Item> item) {
        return new Group(kind, found.rows().stream().map(item).toList(), found.total(), found.more(), page, size);
    }
}
