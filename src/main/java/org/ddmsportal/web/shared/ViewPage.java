package org.ddmsportal.web.shared;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.application.audit.AuditService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.application.shared.Editing;
import org.ddmsportal.application.shared.NotFoundException;
import org.ddmsportal.domain.audit.AuditEntry;
import org.ddmsportal.domain.shared.AbstractEntity;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Auditable;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;
import org.omnifaces.util.Faces;

/**
 * What a record's page ({@code /app/<folder>/view?id=…}) does the same way: read the id parameter,
 * load the record once per view (404 for an id the user may not read), keep the version the user
 * saw — a move or change made from a stale page is refused — and show the page again after a
 * change, and the record's history (audit entries). The record is kept for the view but not
 * serialized with it: a view restored without it reads it again.
 *
 * @param <E> the record
 */
public abstract class ViewPage<E extends AbstractEntity & Auditable> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected CurrentActor currentActor;

    /** The record's service, looked up when {@link #find} or {@link #mayEdit} first runs. */
    @Inject
    private Instance<Editing<E, ?>> services;

    @Inject
    private AuditService audit;

    private final String folder;
    @Getter @Setter private String idParam;
    @Getter private Long id;
    private long seenVersion;
    private transient E record;
    private transient Map<String, Object> kept;

    /** @param folder the folder under /app, e.g. {@code pilots} */
    protected ViewPage(String folder) {
        this.folder = folder;
    }

    /**
     * The service whose use cases find the record and say whether the user may change it: the one
     * bean that implements {@code Editing} for the record. Only the default {@link #find} and
     * {@link #mayEdit} call it: a page that overrides both needs no such bean.
     */
    private Editing<E, ?> editing() {
        return services.get();
    }

    /** The record, if the user may read it. */
    protected Optional<E> find(long id) {
        return editing().find(currentActor.get(), id);
    }

    /** Whether the user may change the record (its edit link). */
    protected boolean mayEdit(E record) {
        return editing().mayEdit(currentActor.get(), record);
    }

    public boolean isMayEdit() {
        E shown = record();
        return shown != null && mayEdit(shown);
    }

    /** What the page prepares from the record it has just loaded (nothing by default). */
    protected void loaded(E record) {
    }

    /** viewAction: loads the record, or answers 404. */
    public void load() {
        id = Ids.parse(idParam);
        record = id == null ? null : find(id).orElse(null);
        if (record == null) {
            Faces.responseSendError(404, "not found");
            return;
        }
        seenVersion = record.getVersion();
        loaded(record);
    }

    /** The record shown (read again only if the view was restored without it). */
    protected E record() {
        if (record == null && id != null) {
            record = find(id).orElseThrow(NotFoundException::new);
        }
        return record;
    }

    /** The outcome that shows the page again, after a change made from it. */
    public String reload() {
        return "/app/" + folder + "/view?faces-redirect=true&id=" + id;
    }

    /**
     * The outcome that shows the page again on the tab the change was made from ({@code
     * reload("attachments")} opens {@code attachmentsTab}; portal.js reads {@code tab}).
     */
    public String reload(String tab) {
        return reload() + "&tab=" + tab;
    }

    /**
     * Shows the page again on a tab at one of its elements, after a change made far down the page
     * (the comment just added: {@code reloadAt("text", "comment", 42)} opens {@code …&comment=42#comment-42}):
     * the browser opens it there, not at the top. The parameter makes it a new address (an ajax
     * redirect to the same address with only another anchor would not load the page again); the
     * anchor takes the browser to the element. A redirect of its own, as a Faces outcome cannot
     * carry an anchor; answers no outcome.
     */
    public String reloadAt(String tab, String kind, long elementId) {
        Faces.redirect("app/" + folder + "/view?id=" + id + "&tab=" + tab + "&" + kind + "=" + elementId
                + "#" + kind + "-" + elementId);
        return null;
    }

    /** The version the user saw: a move or change made from a stale page is refused. */
    public long getSeenVersion() {
        return seenVersion;
    }

    /** The record's audit entries (its history), read once per view. */
    public List<AuditEntry> getHistory() {
        return once("history", () -> audit.history(currentActor.get(), record()));
    }

    /**
     * The first 100 rows of another list filtered on this record, e.g. a pilot's indicators, read
     * once per view.
     *
     * @param name   what the page keeps them as, e.g. {@code indicators}
     * @param search the other list's search, e.g. {@code indicatorService::search}
     * @param filter its filter that names this record, e.g. {@code pilot}
     * @param order  its order, e.g. {@code code} (null: the list's own)
     */
    protected <T> List<T> linked(String name, BiFunction<Actor, PageRequest, Page<T>> search, String filter, String order) {
        return once(name, () -> search.apply(currentActor.get(),
                new PageRequest(0, 100, order, true, Map.of(filter, Long.toString(id)), null)).rows());
    }

    /**
     * Those of the record's links the user may open, in their order, kept once per view: the page
     * names no record its reader may not read (a city's contact, reading their city's pilot, saw
     * the titles of a partnership they are not part of and of a confidential dataset, as links to
     * pages that answer 404). Lists filtered on this record ({@link #linked}) are scoped already.
     *
     * @param name    what the page keeps them as, e.g. {@code partnerships}
     * @param links   the record's links, read once, e.g. {@code () -> pilot.getPartnerships()}
     * @param mayRead the linked record's read rule, e.g. {@code PartnershipPolicy::mayRead}
     */
    protected <T> List<T> readable(String name, Supplier<? extends Collection<T>> links, BiPredicate<Actor, T> mayRead) {
        return once(name, () -> links.get().stream().filter(t -> mayRead.test(currentActor.get(), t)).toList());
    }

    /**
     * A single link the user may open, or {@code null} — none, or one they may not read: the page
     * then says there is one they cannot see ({@code lineage.restricted}), as for an agreement.
     */
    protected <T> T readable(T link, BiPredicate<Actor, T> mayRead) {
        return link != null && mayRead.test(currentActor.get(), link) ? link : null;
    }

    /** Forgets what {@link #once} kept under these names: the next call reads them again. */
    protected void forget(String... names) {
        if (kept != null) {
            for (String name : names) {
                kept.remove(name);
            }
        }
    }

    /**
     * What {@code read} answers, read once per view and kept with the record (not serialized): EL
     * evaluates a getter several times per render. A null answer is not kept.
     */
    @SuppressWarnings("unchecked")
    protected <T> T once(String name, Supplier<T> read) {
        if (kept == null) {
            kept = new HashMap<>();
        }
        Object value = kept.get(name);
        if (value == null) {
            value = read.get();
            if (value != null) {
                kept.put(name, value);
            }
        }
        return (T) value;
    }
}
