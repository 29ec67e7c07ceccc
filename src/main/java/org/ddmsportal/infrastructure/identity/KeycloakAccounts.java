package org.ddmsportal.infrastructure.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ddmsportal.application.shared.IdentityAccounts;
import org.ddmsportal.application.shared.IdentityUnavailableException;
import org.ddmsportal.application.shared.Jsons;
import org.ddmsportal.application.shared.PortalAddress;
import org.ddmsportal.infrastructure.security.OidcConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates sign-in accounts for signatory contacts through Keycloak's Admin REST API, as the
 * service account of the confidential client {@code ddms-admin} (realm-management roles
 * manage-users, view-users, query-users and view-realm only). The Jakarta REST client of the server is used rather than
 * Keycloak's admin-client library, which brings RESTEasy and Jackson into a WAR that runs on
 * Jersey. The new user gets the contact role, the organisation's country and code, and
 * Keycloak's own "set your password" e-mail (execute-actions-email).
 */
@ApplicationScoped
public class KeycloakAccounts implements IdentityAccounts {

    private static final Logger LOG = Logger.getLogger(KeycloakAccounts.class.getName());

    /** The realm's issuer ({@code app.oidc.provider-uri}) is the sign-in's. */
    @Inject
    OidcConfig oidc;

    @Inject
    @ConfigProperty(name = "app.keycloak.admin-client-id", defaultValue = "ddms-admin")
    String clientId;

    @Inject
    @ConfigProperty(name = "app.keycloak.admin-client-secret", defaultValue = "")
    String clientSecret;

    @Inject
    PortalAddress portal;

    @Inject
    @ConfigProperty(name = "app.keycloak.invitation-lifespan-seconds", defaultValue = "604800")
    int lifespan;

    @Override
    public boolean ensureContactAccount(String email, String fullName, String countryCode, String organisationCode) {
        if (clientSecret.isBlank()) {
            throw new IdentityUnavailableException("app.keycloak.admin-client-secret is not configured");
        }
        String issuer = oidc.getProviderUri();
        int realmAt = issuer.indexOf("/realms/");
        String server = issuer.substring(0, realmAt);
        String realm = issuer.substring(realmAt + "/realms/".length()).replaceAll("/+$", "");
        String admin = server + "/admin/realms/" + realm;
        Client client = ClientBuilder.newBuilder().connectTimeout(5, TimeUnit.SECONDS)
                .readTimeout(20, TimeUnit.SECONDS).build();
        try {
            String token = token(client);
            JsonArray found = client.target(admin + "/users").queryParam("email", email).queryParam("exact", true)
                    .request(MediaType.APPLICATION_JSON).header("Authorization", "Bearer " + token).get(JsonArray.class);
            if (!found.isEmpty()) {
                return false;
            }
            String[] names = splitName(fullName);
            var attributes = Jsons.object();
            if (countryCode != null) {
                attributes.add("country", Jsons.array().add(countryCode));
            }
            if (organisationCode != null) {
                attributes.add("organisation", Jsons.array().add(organisationCode));
            }
            JsonObject user = Jsons.object()
                    .add("username", email.toLowerCase(java.util.Locale.ROOT))
                    .add("email", email)
                    .add("emailVerified", true)
                    .add("enabled", true)
                    .add("firstName", names[0])
                    .add("lastName", names[1])
                    .add("attributes", attributes)
                    .add("requiredActions", Jsons.array().add("UPDATE_PASSWORD"))
                    .build();
            URI location;
            try (Response created = client.target(admin + "/users").request()
                    .header("Authorization", "Bearer " + token).post(Entity.json(user))) {
                if (created.getStatus() != 201) {
                    throw new IdentityUnavailableException("creating the user answered " + created.getStatus()
                            + ": " + created.readEntity(String.class));
                }
                location = created.getLocation();
            }
            JsonObject role = client.target(admin + "/roles/contact").request(MediaType.APPLICATION_JSON)
                    .header("Authorization", "Bearer " + token).get(JsonObject.class);
            try (Response mapped = client.target(location.toString() + "/role-mappings/realm").request()
                    .header("Authorization", "Bearer " + token)
                    .post(Entity.json(Jsons.array().add(role).build()))) {
                if (mapped.getStatus() / 100 != 2) {
                    throw new IdentityUnavailableException("giving the contact role answered " + mapped.getStatus());
                }
            }
            try (Response invited = client.target(location.toString() + "/execute-actions-email")
                    .queryParam("lifespan", lifespan).queryParam("client_id", "ddms-portal")
                    .queryParam("redirect_uri", portal.url() + "/app/index")
                    .request().header("Authorization", "Bearer " + token)
                    .put(Entity.json(Jsons.array().add("UPDATE_PASSWORD").build()))) {
                if (invited.getStatus() / 100 != 2) {
                    // The account exists; the contact can still use "forgot password" on the sign-in page.
                    LOG.warning(() -> "Keycloak did not send the invitation to " + email + ": HTTP "
                            + invited.getStatus() + " (is the realm's SMTP server configured?)");
                }
            }
            LOG.info(() -> "Created the sign-in account of signatory " + email);
            return true;
        } catch (ProcessingException | jakarta.ws.rs.WebApplicationException e) {
            LOG.log(Level.WARNING, "Keycloak's admin API failed", e);
            throw new IdentityUnavailableException(e.getMessage());
        } finally {
            client.close();
        }
    }

    private String token(Client client) {
        Form form = new Form().param("grant_type", "client_credentials").param("client_id", clientId)
                .param("client_secret", clientSecret);
        JsonObject answer = client.target(oidc.getProviderUri() + "/protocol/openid-connect/token")
                .request(MediaType.APPLICATION_JSON)
                .post(Entity.form(form), JsonObject.class);
        return answer.getString("access_token");
    }

    static String[] splitName(String fullName) {
        String name = fullName == null ? "" : fullName.strip();
        int space = name.lastIndexOf(' ');
        if (space < 0) {
            return new String[] {name.isEmpty() ? "-" : name, "-"};
        }
        return new String[] {name.substring(0, space), name.substring(space + 1)};
    }
}
