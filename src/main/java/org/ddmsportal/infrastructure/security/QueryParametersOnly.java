package org.ddmsportal.infrastructure.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A form upload as the OpenID Connect mechanism may see it: its parameters are those of the query
 * string alone, and it has no parts. The mechanism runs before every filter and asks for request
 * parameters (its callback's {@code state} and {@code code}); on a {@code multipart/form-data} body
 * that made the container read and parse the whole upload there, ahead of
 * {@code UploadGuardFilter}'s limits — a broken body from a visitor was a 500 with an empty page,
 * and a visitor's upload was read up to the signed-in users' limit. The callback itself is a GET,
 * so nothing the mechanism needs is lost; the filters and Faces later read the real request.
 */
final class QueryParametersOnly extends HttpServletRequestWrapper {

    private final Map<String, String[]> parameters;

    private QueryParametersOnly(HttpServletRequest request) {
        super(request);
        this.parameters = Collections.unmodifiableMap(parse(request.getQueryString()));
    }

    /** The request itself, or, for a form upload, the request with its query string's parameters only. */
    static HttpServletRequest of(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/") ? new QueryParametersOnly(request)
                : request;
    }

    /** The query string's parameters in their order; a pair that does not decode is left out. */
    static Map<String, String[]> parse(String query) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                try {
                    String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                    String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                    values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
                } catch (IllegalArgumentException malformed) {
                    // a broken %-escape: not a parameter the mechanism could use
                }
            }
        }
        Map<String, String[]> parsed = new LinkedHashMap<>();
        values.forEach((name, list) -> parsed.put(name, list.toArray(String[]::new)));
        return parsed;
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values.clone();
    }

    @Override
    public Collection<Part> getParts() {
        return List.of();
    }

    @Override
    public Part getPart(String name) {
        return null;
    }
}
