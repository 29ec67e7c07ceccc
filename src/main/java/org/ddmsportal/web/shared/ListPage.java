package org.ddmsportal.web.shared;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.function.BiFunction;
import lombok.Getter;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;

/**
 * What every list page ({@code /app/<folder>/list}) does the same way: a lazy table over the
 * service's search ({@link ServiceLazyModel}), its filters, order and page in the address
 * ({@link ListAddress}), and whether the user may record a new one (the list's "new" link). A page
 * says which in its {@code @PostConstruct}, e.g.
 * {@code list(PilotCriteria.class, Pilot::getId, service::search, service::mayCreate)}.
 *
 * @param <T> the row
 */
public abstract class ListPage<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected CurrentActor currentActor;

    @Getter private ServiceLazyModel<T> model;
    @Getter private ListAddress address;
    private SerializablePredicate<Actor> mayCreate;

    /** The table field of a list's status filter. */
    static final String STATUS = "status";

    /**
     * @param criteria  the criteria record whose fields are the list's filters in the address
     * @param rowKey    what identifies a row, e.g. {@code Pilot::getId}
     * @param search    one page of the rows the actor may read
     * @param mayCreate whether the actor may record a new one
     */
    protected void list(Class<? extends Record> criteria, SerializableFunction<T, Object> rowKey,
            BiFunction<Actor, PageRequest, Page<T>> search, SerializablePredicate<Actor> mayCreate) {
        this.address = ListAddress.of(criteria).opensOn(CountryFilter.homeCountry(currentActor.get()));
        this.model = new ServiceLazyModel<>(request -> search.apply(currentActor.get(), request), rowKey, address);
        this.mayCreate = mayCreate;
    }

    /**
     * The choices of the list's status filter (its workflow's states): a status in the address that
     * is none of them is left out and said ({@link ListAddress#allowing}).
     */
    protected void statuses(List<String> states) {
        address.allowing(STATUS, states);
    }

    /** The status the list is filtered by from its address, if one of its states (for the menu's value). */
    protected String status(String given, List<String> states) {
        return given != null && states.contains(given) ? given : null;
    }

    /** A list without a "new" link. */
    protected void list(Class<? extends Record> criteria, SerializableFunction<T, Object> rowKey,
            BiFunction<Actor, PageRequest, Page<T>> search) {
        list(criteria, rowKey, search, actor -> false);
    }

    /** Whether the list offers its "new" link: asked once per view (a service may read the user's organisation). */
    public boolean isMayCreate() {
        if (mayCreateAnswer == null) {
            mayCreateAnswer = mayCreate.test(currentActor.get());
        }
        return mayCreateAnswer;
    }

    private Boolean mayCreateAnswer;
}
