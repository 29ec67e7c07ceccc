package org.ddmsportal.infrastructure.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.security.enterprise.identitystore.openid.IdentityToken;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Role;

/**
 * Makes the {@link Actor} from the verified OpenID Connect identity: the caller name from the
 * container's security context; the roles, name, e-mail, country and organisation from the
 * claims of the tokens the mechanism verified at sign-in (kept in the session's OpenID context).
 * The e-mail counts only where Keycloak has verified it ({@link VerifiedEmail}).
 *
 * <p>Decision (issue: roles dropped under concurrent use): the roles are read from the verified
 * {@code groups} claim, not from the container's {@code isCallerInRole}. On every request after
 * sign-in Soteria's OpenID mechanism re-applies only the caller <em>principal</em> and leaves the
 * groups to Payara's session restoration, which under parallel requests sometimes comes back
 * without them (1–5 % of requests with four users; payara/Payara#6145): the principal then had
 * no roles. The token's claims are the source of truth the container copied its groups from, and
 * they do not depend on that restoration. A REST call with a bearer token gets the actor that
 * {@link PortalAuthenticationMechanism} made from the verified access token's claims. The container's check remains the fallback for a
 * caller that has no OpenID context. web.xml only asks for an authenticated caller ({@code **});
 * {@link PortalAccessFilter} applies the roles from here.
 */
@RequestScoped
public class OidcCurrentActor implements CurrentActor {

    @Inject
    SecurityContext securityContext;

    @Inject
    Instance<OpenIdContext> openIdContext;

    @Inject
    Instance<HttpServletRequest> request;

    private Optional<Actor> actor;

    @Override
    public Optional<Actor> find() {
        if (actor == null) {
            actor = resolve();
        }
        return actor;
    }

    private Optional<Actor> resolve() {
        Actor bearer = bearerActor();
        if (bearer != null) {
            return Optional.of(bearer);
        }
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            principal = requestPrincipal();
        }
        if (principal == null) {
            return Optional.empty();
        }
        JwtClaims claims = claims();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<String> groups = claims.getArrayStringClaim("groups");
        if (!groups.isEmpty()) {
            groups.forEach(g -> Role.fromRoleName(g).ifPresent(roles::add));
        } else {
            for (Role role : Role.values()) {
                if (securityContext.isCallerInRole(role.roleName())) {
                    roles.add(role);
                }
            }
        }
        String country = text(claims, "country");
        return Optional.of(new Actor(principal.getName(), text(claims, "name"), VerifiedEmail.ofVerifiedToken(identityToken()), roles,
                country == null ? null : country.toUpperCase(Locale.ROOT), text(claims, "organisation")));
    }

    /**
     * The caller the container authenticated this request as, where the security context has been
     * left behind: on the container's error page for an address it answered itself ({@code /nope}),
     * {@code SecurityContext} has no caller while the request still has its principal, and the
     * page's header said "Sign in" to a signed-in user.
     */
    private Principal requestPrincipal() {
        try {
            return request.isResolvable() ? request.get().getUserPrincipal() : null;
        } catch (RuntimeException e) {
            // no servlet request (a scheduled job, an asynchronous observer)
            return null;
        }
    }

    /** The caller of a verified bearer token ({@link PortalAuthenticationMechanism}), if this request had one. */
    private Actor bearerActor() {
        try {
            if (request.isResolvable()) {
                Object actor = request.get().getAttribute(PortalAuthenticationMechanism.ACTOR);
                return actor instanceof Actor a ? a : null;
            }
        } catch (RuntimeException e) {
            // no servlet request (a scheduled job, an asynchronous observer): no bearer token
        }
        return null;
    }

    /**
     * The identity token's claims, verified (signature, issuer, audience, nonce) when the user
     * signed in and kept in the session; the realm puts groups, country and organisation there.
     * Unlike the user-info claims, reading them needs no call to Keycloak.
     */
    private JwtClaims claims() {
        try {
            if (openIdContext.isResolvable()) {
                IdentityToken token = openIdContext.get().getIdentityToken();
                if (token != null) {
                    return token.getJwtClaims();
                }
            }
        } catch (RuntimeException e) {
            // no OpenID context for this request (e.g. another mechanism): no claims
        }
        return JwtClaims.NONE;
    }

    /** The sign-in's identity token as Keycloak sent it (verified by the container then), or null. */
    private String identityToken() {
        try {
            if (openIdContext.isResolvable()) {
                IdentityToken token = openIdContext.get().getIdentityToken();
                return token == null ? null : token.getToken();
            }
        } catch (RuntimeException e) {
            // no OpenID context for this request: no token
        }
        return null;
    }

    private static String text(JwtClaims claims, String name) {
        return claims.getStringClaim(name).filter(s -> !s.isBlank()).orElse(null);
    }
}
