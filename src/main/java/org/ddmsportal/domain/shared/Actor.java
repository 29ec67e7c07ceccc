package org.ddmsportal.domain.shared;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who is acting: the signed-in user as the identity provider vouched for them. Use cases take
 * the actor as their first parameter so that every rule about scope is decided in the
 * application layer, and tested there, whatever the caller (page, REST, test). Only the
 * security infrastructure makes an actor from a verified token.
 *
 * @param username     the unique sign-in name
 * @param displayName  the name shown in the header and in "changed by"
 * @param email        the user's e-mail, which links a {@code contact} user to their contact record
 * @param roles        realm roles the user holds
 * @param countryCode  ISO 3166-1 alpha-2 code of the user's country, or {@code null}
 * @param organisationCode the code of the user's organisation, or {@code null}
 */
public record Actor(String username, String displayName, String email, Set<Role> roles,
                    String countryCode, String organisationCode) {

    public Actor {
        Objects.requireNonNull(username, "username");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
    }

    /** The identity used by the system itself (migrations, demo data, scheduled jobs). */
    public static Actor system() {
        return new Actor("system", "System", null, Set.of(Role.ADMIN), null, null);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    public boolean isNsi() {
        return roles.stream().anyMatch(Role::isNsi);
    }

    /** The role the header shows: the first in order of precedence. */
    public Optional<Role> primaryRole() {
        return roles.stream().sorted().findFirst();
    }

    /** True if the actor belongs to the given country (alpha-2, case-insensitive). */
    public boolean inCountry(String alpha2) {
        return countryCode != null && alpha2 != null && countryCode.equalsIgnoreCase(alpha2);
    }

    /**
     * Who did something, as a history shows it: the name they had with their account,
     * "Ana Petrović (manager.rs)" — a user sets their own name, the account is the portal's — or
     * the account alone where no other name was kept.
     */
    public static String shown(String account, String name) {
        return name == null || name.isBlank() || name.equals(account) ? account : name + " (" + account + ")";
    }

    /** A name kept with a record: at most {@code max} characters, never half a character. */
    public static String kept(String name, int max) {
        if (name == null || name.length() <= max) {
            return name;
        }
        int end = Character.isHighSurrogate(name.charAt(max - 1)) ? max - 1 : max;
        return name.substring(0, end);
    }
}
