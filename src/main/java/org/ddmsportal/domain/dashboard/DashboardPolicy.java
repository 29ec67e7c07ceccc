package org.ddmsportal.domain.dashboard;

import java.util.Optional;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Scope;

/**
 * Who may see the dashboards, and of which country, on {@link Scope}: the NSI management dashboard
 * is for the NSI's users (their own country only) and for coordinators and administrators (a
 * country they choose, or all); the coordinator dashboard for coordinators and administrators.
 * Partners' contacts see neither: the figures are about a whole country's partnerships.
 */
public final class DashboardPolicy {

    private DashboardPolicy() {
    }

    /** The country a dashboard shows: an alpha-2 code, or {@code null} for all countries. */
    public record CountryChoice(String country) {
    }

    public static boolean mayReadNsi(Actor actor) {
        Scope scope = Scope.of(actor);
        return scope.isAll() || scope.reach() == Scope.Reach.COUNTRY;
    }

    public static boolean mayReadCoordinator(Actor actor) {
        return Scope.of(actor).isAll();
    }

    /**
     * The country the NSI dashboard shows for a requested one (alpha-2, or {@code null} for the
     * default): for the NSI's users their own country (or {@link Scope#NONE} when their account
     * has none), and nothing if they ask for another; for those who work across countries the one
     * asked for, {@code null} meaning all. Empty: refused.
     */
    public static Optional<CountryChoice> nsiCountry(Actor actor, String requested) {
        Scope scope = Scope.of(actor);
        if (scope.isAll()) {
            return Optional.of(new CountryChoice(requested));
        }
        if (scope.reach() != Scope.Reach.COUNTRY) {
            return Optional.empty();
        }
        String own = scope.ownCountry();
        if (requested != null && !requested.equalsIgnoreCase(own)) {
            return Optional.empty();
        }
        return Optional.of(new CountryChoice(own));
    }
}
