package org.ddmsportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A user signed in through Keycloak's real login form over plain HTTP (the authorization-code
 * flow a browser takes: portal → Keycloak form → callback → workspace), with its own cookies.
 * Much lighter than a browser, so tests can run many sessions at once.
 */
public final class SignedInClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*?value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    private final HttpClient http;
    private final String username;
    private final String language;

    private SignedInClient(HttpClient http, String username, String language) {
        this.http = http;
        this.username = username;
        this.language = language;
    }

    /** Signs {@code username} in, starting at {@code startUrl} (a page under /app). */
    public static SignedInClient signIn(String startUrl, String username, String password)
            throws IOException, InterruptedException {
        return signIn(startUrl, username, password, null);
    }

    /**
     * Signs {@code username} in with a browser set to {@code language} (its {@code Accept-Language},
     * e.g. "fr"; null for none): the portal keeps the language it saw at sign-in for the session.
     */
    public static SignedInClient signIn(String startUrl, String username, String password, String language)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new LocalhostCookies())
                .followRedirects(HttpClient.Redirect.ALWAYS).connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> loginPage = http.send(builder(URI.create(startUrl), language).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher action = FORM_ACTION.matcher(loginPage.body());
        assertTrue(action.find(), "Keycloak's login form for " + username + ": " + loginPage.uri());
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&credentialId=";
        HttpResponse<String> landed = http.send(builder(URI.create(action.group(1).replace("&amp;", "&")), language)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, landed.statusCode(), username + " signed in: " + landed.uri());
        return new SignedInClient(http, username, language);
    }

    private static HttpRequest.Builder builder(URI uri, String language) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri);
        return language == null ? builder : builder.header("Accept-Language", language);
    }

    /** A request of this user's browser (its language set). */
    public HttpRequest.Builder request(String url) {
        return builder(URI.create(url), language).timeout(Duration.ofSeconds(60));
    }

    public String username() {
        return username;
    }

    public HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(request(url).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** The Faces view state of a page, which a post of its forms must carry. */
    public static java.util.Optional<String> viewState(String html) {
        Matcher m = VIEW_STATE.matcher(html);
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    /** The page's CSP nonce, which PrimeFaces sends with every post of the page's forms. */
    public static java.util.Optional<String> nonce(String html) {
        Matcher m = NONCE.matcher(html);
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    /** The Cookie header this client sends to {@code url} (its session), for raw-socket requests. */
    public String cookieHeader(String url) throws IOException {
        var headers = http.cookieHandler().orElseThrow().get(URI.create(url), java.util.Map.of());
        return String.join("; ", headers.getOrDefault("Cookie", java.util.List.of()));
    }

    public HttpClient http() {
        return http;
    }

    /**
     * Cookies as a browser keeps them for localhost: Keycloak marks its session cookies
     * {@code Secure; SameSite=None}, which browsers accept on http://localhost (a secure context)
     * but Java's cookie manager would never send back over http.
     */
    static final class LocalhostCookies extends java.net.CookieHandler {

        private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);

        @Override
        public java.util.Map<String, java.util.List<String>> get(URI uri, java.util.Map<String, java.util.List<String>> headers)
                throws IOException {
            return cookies.get(uri, headers);
        }

        @Override
        public void put(URI uri, java.util.Map<String, java.util.List<String>> headers) throws IOException {
            if (!"localhost".equals(uri.getHost())) {
                cookies.put(uri, headers);
                return;
            }
            java.util.Map<String, java.util.List<String>> relaxed = new java.util.HashMap<>();
            headers.forEach((name, values) -> relaxed.put(name, name != null && name.equalsIgnoreCase("Set-Cookie")
                    ? values.stream().map(v -> v.replaceAll("(?i);\\s*Secure(?=;|$)", "")).toList() : values));
            cookies.put(uri, relaxed);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
