package org.ddmsportal.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;

/**
 * Accounts of the test realm made for a test through Keycloak's admin REST API (the test stack's
 * bootstrap administrator, whose password the test stack generated), so that API tests can call
 * the portal as any kind of user with a real token.
 */
public final class KeycloakUsers {

    private KeycloakUsers() {
    }

    private static String base() {
        String issuer = ApiClient.issuer();
        return issuer.substring(0, issuer.indexOf("/realms/"));
    }

    private static String adminToken() {
        HttpResponse<String> r = post(base() + "/realms/master/protocol/openid-connect/token", null,
                "grant_type=password&client_id=admin-cli&username=admin&password="
                        + ApiClient.enc(System.getProperty("ddms.test.keycloakAdminPassword")),
                "application/x-www-form-urlencoded");
        if (r.statusCode() != 200) {
            throw new IllegalStateException("No Keycloak admin token: " + r.statusCode() + " " + r.body());
        }
        return ApiClient.object(r.body()).getString("access_token");
    }

    /** Creates (or finds) a user with a realm role, country, organisation and e-mail; answers its id. */
    public static String ensure(String username, String email, String role, String country, String organisation) {
        String admin = adminToken();
        String users = base() + "/admin/realms/ddms/users";
        HttpResponse<String> found = ApiClient.get(users + "?exact=true&username=" + ApiClient.enc(username), admin);
        JsonArray list = Json.createReader(new java.io.StringReader(found.body())).readArray();
        String id;
        if (list.isEmpty()) {
            var attributes = Json.createObjectBuilder();
            if (country != null) {
                attributes.add("country", Json.createArrayBuilder().add(country));
            }
            if (organisation != null) {
                attributes.add("organisation", Json.createArrayBuilder().add(organisation));
            }
            JsonObject user = Json.createObjectBuilder().add("username", username).add("enabled", true)
                    .add("email", email).add("emailVerified", true).add("firstName", "Api").add("lastName", "Matrix")
                    .add("attributes", attributes)
                    .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "password")
                            .add("value", ApiClient.USER_PASSWORD).add("temporary", false)))
                    .build();
            HttpResponse<String> created = ApiClient.send("POST", users, admin, user.toString());
            if (created.statusCode() != 201) {
                throw new IllegalStateException("User " + username + " not created: " + created.statusCode() + " " + created.body());
            }
            String location = created.headers().firstValue("Location").orElseThrow();
            id = location.substring(location.lastIndexOf('/') + 1);
            JsonObject realmRole = ApiClient.object(ApiClient.get(base() + "/admin/realms/ddms/roles/" + role, admin).body());
            ApiClient.send("POST", users + "/" + id + "/role-mappings/realm", admin,
                    Json.createArrayBuilder().add(realmRole).build().toString());
        } else {
            id = list.getJsonObject(0).getString("id");
        }
        return id;
    }

    /**
     * The sign-in name of the account with this e-mail, made usable for the password grant: the
     * portal itself may have created it (it invites signatories), so it is found by e-mail, given
     * the test password, the role, and no pending required action. Created when there is none.
     */
    static String withEmail(String username, String email, String role, String country) {
        String admin = adminToken();
        String users = base() + "/admin/realms/ddms/users";
        JsonArray list = Json.createReader(new java.io.StringReader(
                ApiClient.get(users + "?exact=true&email=" + ApiClient.enc(email), admin).body())).readArray();
        if (list.isEmpty()) {
            ensure(username, email, role, country, null);
            return username;
        }
        JsonObject user = list.getJsonObject(0);
        String id = user.getString("id");
        HttpResponse<String> updated = ApiClient.send("PUT", users + "/" + id, admin, Json.createObjectBuilder()
                .add("username", user.getString("username")).add("email", email).add("enabled", true)
                .add("emailVerified", true).add("firstName", "Api").add("lastName", "Signatory")
                .add("requiredActions", Json.createArrayBuilder())
                .add("attributes", Json.createObjectBuilder().add("country", Json.createArrayBuilder().add(country)))
                .build().toString());
        if (updated.statusCode() / 100 != 2) {
            throw new IllegalStateException("Account " + email + " not updated: " + updated.statusCode() + " " + updated.body());
        }
        HttpResponse<String> password = ApiClient.send("PUT", users + "/" + id + "/reset-password", admin,
                Json.createObjectBuilder().add("type", "password").add("value", ApiClient.USER_PASSWORD)
                        .add("temporary", false).build().toString());
        if (password.statusCode() / 100 != 2) {
            throw new IllegalStateException("No password for " + email + ": " + password.statusCode() + " " + password.body());
        }
        JsonObject realmRole = ApiClient.object(ApiClient.get(base() + "/admin/realms/ddms/roles/" + role, admin).body());
        ApiClient.send("POST", users + "/" + id + "/role-mappings/realm", admin,
                Json.createArrayBuilder().add(realmRole).build().toString());
        return user.getString("username");
    }

    /** Changes a user's e-mail and organisation (a contact that is a party of this test's records). */
    static void update(String id, String email, String country, String organisation) {
        String admin = adminToken();
        JsonObject user = Json.createObjectBuilder().add("email", email).add("emailVerified", true)
                .add("firstName", "Api").add("lastName", "Matrix")
                .add("attributes", Json.createObjectBuilder().add("country", Json.createArrayBuilder().add(country))
                        .add("organisation", Json.createArrayBuilder().add(organisation)))
                .build();
        HttpResponse<String> r = ApiClient.send("PUT", base() + "/admin/realms/ddms/users/" + id, admin, user.toString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException("User " + id + " not updated: " + r.statusCode() + " " + r.body());
        }
    }

    private static HttpResponse<String> post(String url, String token, String body, String type) {
        return ApiClient.send("POST", url, token, body, "Content-Type", type);
    }
}
