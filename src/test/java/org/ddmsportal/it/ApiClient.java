package org.ddmsportal.it;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * An integrator's HTTP client for the REST API tests, usable inside the container and from the
 * test JVM: tokens from the test realm (the integration client's client-credentials grant, and
 * users' tokens by the password grant of the same client), tokens signed with a key of our own
 * for the refused cases, and plain requests. No mocks: the portal and Keycloak are the real ones.
 */
public final class ApiClient {

    public static final String USER_PASSWORD = "demo";

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

    private ApiClient() {
    }

    /** The portal's address, e.g. {@code http://localhost:8291/ddms} (no slash at the end). */
    public static String portal() {
        String url = System.getProperty("app.portal.url");
        if (url == null) {
            url = "http://localhost:" + System.getProperty("ddms.test.portalPort") + "/ddms";
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** {@code /api/v1/} + path. */
    public static String v1(String path) {
        return portal() + "/api/v1/" + path;
    }

    public static String issuer() {
        String issuer = System.getProperty("app.oidc.provider-uri");
        return issuer != null ? issuer : System.getProperty("ddms.test.issuer");
    }

    /** A machine's token: the integration client's service account (NSI manager, Serbia). */
    public static String clientToken() {
        return token("grant_type=client_credentials");
    }

    /** A realm user's access token for the API (the demo users' password). */
    public static String userToken(String username) {
        return userToken(username, USER_PASSWORD);
    }

    /** A realm user's access token for the API, with the password the user set (e.g. after an invitation). */
    public static String userToken(String username, String password) {
        return token("grant_type=password&username=" + enc(username) + "&password=" + enc(password) + "&scope=openid");
    }

    private static String token(String grant) {
        try {
            String body = grant + "&client_id=ddms-integrations&client_secret="
                    + enc(System.getProperty("ddms.test.integrationSecret"));
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("No token (" + r.statusCode() + "): " + r.body());
            }
            return object(r.body()).getString("access_token");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A token as Keycloak would make it, but signed with a key of our own; {@code changes} adjust the claims. */
    public static String forgedToken(String audience, Instant expiry) {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID("not-the-realm").generate();
            JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer()).audience(audience).subject("forged")
                    .claim("preferred_username", "admin").claim("groups", List.of("admin"))
                    .issueTime(Date.from(Instant.now().minusSeconds(60))).expirationTime(Date.from(expiry)).build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A request to the API; {@code headers} as name, value, name, value… */
    public static HttpResponse<String> send(String method, String url, String token, String json, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.setHeader(headers[i], headers[i + 1]);
        }
        boolean typed = false;
        for (int i = 0; i + 1 < headers.length; i += 2) {
            typed |= "Content-Type".equalsIgnoreCase(headers[i]);
        }
        if (json != null && !typed) {
            b.header("Content-Type", "application/json");
        }
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static HttpResponse<String> get(String url, String token, String... headers) {
        return send("GET", url, token, null, headers);
    }

    public static JsonObject object(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    public static JsonStructure json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).read();
    }

    /** A JSON object of the given fields (strings, numbers, booleans, null). */
    public static String body(Map<String, ?> fields) {
        var b = Json.createObjectBuilder();
        fields.forEach((k, v) -> {
            if (v == null) {
                b.addNull(k);
            } else if (v instanceof Number n) {
                b.add(k, Json.createValue(n.toString().contains(".") ? n.doubleValue() : n.longValue()));
            } else if (v instanceof Boolean x) {
                b.add(k, x);
            } else {
                b.add(k, v.toString());
            }
        });
        return b.build().toString();
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
