package org.ddmsportal.web.shared;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import lombok.Getter;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Scope;
import org.omnifaces.util.Faces;

/**
 * The country filter a list opens with: the user's own country for the NSI's and partners'
 * users (an NSI manager lands on her country's partnerships, not on the 20,000 of all 56
 * countries), none for administrators and coordinators, who work across countries. The user can
 * change it, or choose "all", and the choice holds while she stays on the page and in the list's
 * address ({@code country=all}: a reload or a bookmark keeps every country). The lists bind
 * their country column's {@code filterValue} to {@link #getValue()}.
 */
@Named
@ViewScoped
public class CountryFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentActor currentActor;

    @Getter private String value;

    @PostConstruct
    void init() {
        // "All" chosen before, kept in the list's address (ListAddress.opensOn)
        value = ListAddress.isAllCountries(Faces.getRequestParameter(ListAddress.COUNTRY)) ? null
                : homeCountry(currentActor.get());
    }

    /** The country a list opens with for this user, or {@code null} for all countries: {@link Scope#homeCountry()}. */
    public static String homeCountry(Actor actor) {
        return actor == null ? null : Scope.of(actor).homeCountry();
    }

    public void setValue(String value) {
        this.value = value == null || value.isBlank() ? null : value;
    }
}
