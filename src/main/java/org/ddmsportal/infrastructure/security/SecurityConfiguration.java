package org.ddmsportal.infrastructure.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Sign-in through Keycloak with OpenID Connect (authorization code flow).
 *
 * <p>Decision: this is the portal's only HTTP authentication mechanism. Payara fails every
 * request when a second mechanism (e.g. MP-JWT for REST) sits in the same WAR, so when the REST
 * API arrives its bearer tokens are to be handled by a custom {@code HttpAuthenticationMechanism}
 * that verifies {@code Authorization: Bearer} against Keycloak's JWKS and otherwise delegates
 * to this one (see docs/architecture.md).
 *
 * <p>After sign-in Keycloak returns to {@code /callback} ({@link CallbackServlet}), which sends
 * the user to their workspace. Soteria's "redirect to original resource" is off: in Payara
 * 6.2025.10 it replays the original request with a null parameter map and fails in Faces.
 *
 * <p>Realm roles reach the portal as the {@code groups} claim (a mapper in the realm
 * definition); the user's country and organisation come as the {@code country} and
 * {@code organisation} claims.
 *
 * <p>Keycloak's signing keys (JWKS) are fetched with 5-second timeouts instead of the
 * specification's 500 ms: on a loaded 2-core machine Keycloak answered later than that, and every
 * sign-in of that moment failed with a 500 on {@code /callback} ("Couldn't retrieve remote JWK
 * set: Read timed out"), seen in the bench's parallel sign-ins.
 */
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcConfig.providerUri}",
        clientId = "${oidcConfig.clientId}",
        clientSecret = "${oidcConfig.clientSecret}",
        redirectURI = "${baseURL}/callback",
        redirectToOriginalResource = false,
        scope = {"openid", "email", "profile"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        jwksConnectTimeout = 5000,
        jwksReadTimeout = 5000,
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/"))
@DeclareRoles({"admin", "coordinator", "nsi-manager", "nsi-staff", "contact"})
@ApplicationScoped
public class SecurityConfiguration {
}
