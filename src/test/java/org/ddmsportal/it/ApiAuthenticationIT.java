package org.ddmsportal.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may call the REST API, on the real WAR with the real Keycloak: the portal's one
 * authentication mechanism takes Keycloak's access tokens (a machine's client-credentials token,
 * a user's token) and refuses every other one with 401 and {@code WWW-Authenticate: Bearer} —
 * never a redirect to the sign-in page ({@code browser.ApiSessionsIT}: the browser sign-in goes on
 * working beside it).
 */
@ExtendWith(ArquillianExtension.class)
public class ApiAuthenticationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @Test
    void withoutATokenTheApiAnswers401NotARedirect() {
        HttpResponse<String> r = ApiClient.get(ApiClient.v1("organisations"), null);
        assertUnauthorized(r, false);
        assertTrue(r.headers().firstValue("Location").isEmpty(), "no redirect to the sign-in page");
        // the signed-in part of the older API, protected by web.xml: also 401, not the sign-in page
        HttpResponse<String> lineage = ApiClient.get(ApiClient.portal() + "/api/lineage/pilot/1", null);
        assertEquals(401, lineage.statusCode(), lineage.body());
        assertTrue(lineage.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    }

    @Test
    void refusedTokensAre401() {
        Instant later = Instant.now().plusSeconds(300);
        for (String token : List.of(
                ApiClient.forgedToken("ddms-api", later),                        // wrongly signed
                ApiClient.forgedToken("ddms-api", Instant.now().minusSeconds(5)), // expired
                ApiClient.forgedToken("another-api", later),                     // other audience
                "not.a.token")) {
            HttpResponse<String> r = ApiClient.get(ApiClient.v1("organisations"), token);
            assertUnauthorized(r, !token.isEmpty());
        }
    }

    @Test
    void aMachineCallsWithItsClientCredentialsToken() {
        HttpResponse<String> r = ApiClient.get(ApiClient.v1("organisations?limit=5"), ApiClient.clientToken());
        assertEquals(200, r.statusCode(), r.body());
        JsonObject list = ApiClient.object(r.body());
        assertTrue(list.containsKey("total"));
        assertEquals(5, list.getInt("limit"));
        assertTrue(r.headers().firstValue("Cache-Control").orElse("").contains("private"));
        assertNull(r.headers().firstValue("Set-Cookie").orElse(null), "a bearer call starts no session");
    }

    public static void assertUnauthorized(HttpResponse<String> r, boolean invalidToken) {
        assertEquals(401, r.statusCode(), r.body());
        String challenge = r.headers().firstValue("WWW-Authenticate").orElse("");
        assertTrue(challenge.startsWith("Bearer"), challenge);
        assertEquals(invalidToken, challenge.contains("invalid_token"), challenge);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonObject problem = ApiClient.object(r.body());
        assertEquals("urn:ddms:problem:unauthorized", problem.getString("type"));
        assertEquals(401, problem.getInt("status"));
    }
}
