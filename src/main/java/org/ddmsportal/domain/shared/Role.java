package org.ddmsportal.domain.shared;

import java.util.Optional;
import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;

/**
 * The portal's roles, as realm roles in Keycloak. The order is the order of precedence when a
 * user has several: the header shows the first.
 */
@RequiredArgsConstructor
public enum Role {
    ADMIN("admin"),
    COORDINATOR("coordinator"),
    NSI_MANAGER("nsi-manager"),
    NSI_STAFF("nsi-staff"),
    CONTACT("contact");

    /** The name used in Keycloak and in the security constraints. */
    @Getter @Accessors(fluent = true)
    private final String roleName;

    public static Optional<Role> fromRoleName(String name) {
        for (Role role : values()) {
            if (role.roleName.equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** NSI roles act within their own country. */
    public boolean isNsi() {
        return this == NSI_MANAGER || this == NSI_STAFF;
    }
}
