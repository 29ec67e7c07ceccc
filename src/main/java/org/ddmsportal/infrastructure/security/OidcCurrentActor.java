package org.ddmsportal.infrastructure.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Role;

/**
 * Makes the {@link Actor} from the verified OpenID Connect identity: the caller name and roles
 * from the container's security context, the name, e-mail, country and organisation from the
 * identity token's claims.
 */
@RequestScoped
public class OidcCurrentActor implements CurrentActor {

    @Inject
    SecurityContext securityContext;

    @Inject
    Instance<OpenIdContext> openIdContext;

    private Optional<Actor> actor;

    @Override
    public Optional<Actor> find() {
        if (actor == null) {
            actor = resolve();
        }
        return actor;
    }

    private Optional<Actor> resolve() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (securityContext.isCallerInRole(role.roleName())) {
                roles.add(role);
            }
        }
        JsonObject claims = claims();
        String country = text(claims, "country");
        return Optional.of(new Actor(principal.getName(), text(claims, "name"), text(claims, "email"), roles,
                country == null ? null : country.toUpperCase(Locale.ROOT), text(claims, "organisation")));
    }

    private JsonObject claims() {
        try {
            if (openIdContext.isResolvable()) {
                OpenIdContext context = openIdContext.get();
                return context.getClaimsJson();
            }
        } catch (RuntimeException e) {
            // no OpenID context for this request (e.g. another mechanism): no claims
        }
        return JsonValue.EMPTY_JSON_OBJECT;
    }

    private static String text(JsonObject claims, String name) {
        JsonValue value = claims.get(name);
        if (value instanceof JsonString s && !s.getString().isBlank()) {
            return s.getString();
        }
        return null;
    }
}
