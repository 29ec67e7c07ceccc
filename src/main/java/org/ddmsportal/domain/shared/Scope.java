package org.ddmsportal.domain.shared;

/**
 * How far an actor reaches across countries, decided once from the roles: the shared value every
 * aggregate's policy ({@code RegistryPolicy}, {@code AgreementPolicy}, {@code CaseStudyPolicy})
 * starts from, and the one the lists' criteria carry to the database, so that a page, the REST
 * API and a dashboard asking for "what may this user see" get the same answer.
 *
 * <ul>
 *   <li>{@link Reach#ALL}: administrators and coordinators, who work across countries;</li>
 *   <li>{@link Reach#COUNTRY}: the NSI's users, their own country ({@code country} null when the
 *   account has none: then nothing of a country);</li>
 *   <li>{@link Reach#PARTY}: everyone else (partners' contacts): what their organisation, or they
 *   themselves by e-mail, take part in.</li>
 * </ul>
 *
 * @param reach            which of the three
 * @param country          the actor's country (alpha-2), or {@code null}
 * @param organisationCode the actor's organisation code, or {@code null}
 * @param email            the actor's e-mail, or {@code null}
 */
public record Scope(Reach reach, String country, String organisationCode, String email) {

    /** A code that matches no record: "nothing" for a user without a country or organisation. */
    public static final String NONE = "--";

    private static final Scope ALL = new Scope(Reach.ALL, null, null, null);

    public enum Reach { ALL, COUNTRY, PARTY }

    public Scope {
        if (reach == null) {
            throw new IllegalArgumentException("reach");
        }
    }

    public static Scope of(Actor actor) {
        if (actor.isAdmin() || actor.has(Role.COORDINATOR)) {
            return ALL;
        }
        return new Scope(actor.isNsi() ? Reach.COUNTRY : Reach.PARTY, actor.countryCode(), actor.organisationCode(),
                actor.email());
    }

    /**
     * What every list's criteria check first: a list asked for without a scope would be a list of
     * everything.
     *
     * @throws IllegalArgumentException when {@code scope} is null
     */
    public static void require(Scope scope) {
        if (scope == null) {
            throw new IllegalArgumentException("scope");
        }
    }

    /** No restriction: the system's own queries (reminders, clearances, the showcase). */
    public static Scope all() {
        return ALL;
    }

    public boolean isAll() {
        return reach == Reach.ALL;
    }

    /**
     * The country a list opens with: the user's own, or {@code null} (all countries) for those
     * who work across countries. A choice of the page, not a restriction: the user may change it.
     */
    public String homeCountry() {
        return isAll() ? null : country;
    }

    /**
     * The country a country-wide count or list is restricted to: {@code null} (none) for
     * {@link Reach#ALL}, otherwise the actor's country, or {@link #NONE} when they have none.
     */
    public String countryOrNone() {
        return isAll() ? null : orNone(country);
    }

    /** For a {@link Reach#COUNTRY} scope: its country, or {@link #NONE}; {@code null} otherwise. */
    public String ownCountry() {
        return reach == Reach.COUNTRY ? orNone(country) : null;
    }

    /**
     * For a {@link Reach#PARTY} scope: the organisation code a record must involve to be read
     * ({@link #NONE} when the account has none: then nothing); {@code null} for the other reaches,
     * which no organisation restricts. What "involve" means is each aggregate's policy
     * ({@code PartnershipPolicy}, {@code PilotPolicy}, {@code DatasetPolicy}, {@code IndicatorPolicy},
     * {@code DecisionPolicy}).
     */
    public String partyOrganisation() {
        return reach == Reach.PARTY ? orNone(organisationCode) : null;
    }

    /** The code, or {@link #NONE} for a missing one (a condition on it then matches nothing). */
    public static String orNone(String code) {
        return code == null ? NONE : code;
    }

    /** Administrators, and the NSI's users of that country: who manages a country's records. */
    public static boolean managesCountry(Actor actor, String alpha2) {
        return actor.isAdmin() || (actor.isNsi() && actor.inCountry(alpha2));
    }

    /**
     * Administrators, and the NSI's users who have a country: who may start a country's record
     * (a partnership, pilot, dataset, case study…); the record's own country is checked once it
     * is known, by {@link #managesCountry}.
     */
    public static boolean managesSomeCountry(Actor actor) {
        return actor.isAdmin() || (actor.isNsi() && actor.countryCode() != null);
    }
}
