package org.ddmsportal.api.v1.support;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ddmsportal.domain.shared.PageRequest;

/**
 * Where a list starts and how long it is: {@code offset} (default 0) and {@code limit} (default
 * {@value #DEFAULT_LIMIT}, at most {@value #MAX_LIMIT}). Anything else — not a number, negative,
 * a limit of 0 or over the maximum — is a 400 problem naming the parameter, never silently
 * corrected. Also computes the neighbours' links.
 */
public record Paging(int offset, int limit) {

    public static final int DEFAULT_LIMIT = 25;
    public static final int MAX_LIMIT = 100;

    /** The paging of the query parameters (as sent, so that a non-number is our 400, not JAX-RS's 404). */
    public static Paging of(String offset, String limit) {
        int o = number("offset", offset, 0);
        int l = number("limit", limit, DEFAULT_LIMIT);
        if (o < 0) {
            throw ApiException.parameter("offset", "api.paging.offset");
        }
        if (l < 1 || l > MAX_LIMIT) {
            throw ApiException.parameter("limit", "api.paging.limit", MAX_LIMIT);
        }
        return new Paging(o, l);
    }

    private static int number(String name, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ApiException.parameter(name, name.equals("limit") ? "api.paging.limit" : "api.paging.offset", MAX_LIMIT);
        }
    }

    /** The repositories' page request for this paging and sort (filters travel in the criteria records). */
    public PageRequest request(Sort sort) {
        return request(sort, Map.of(), null);
    }

    /** The page request of a use case that takes the table's filters by their names, and the search text. */
    public PageRequest request(Sort sort, Map<String, String> filters, String text) {
        return new PageRequest(offset, limit, sort == null ? null : sort.field(), sort == null || sort.ascending(),
                filters, text);
    }

    /** The previous page's offset, or -1 on the first page. */
    public int previousOffset() {
        return offset == 0 ? -1 : Math.max(0, offset - limit);
    }

    /** The next page's offset, or -1 when this page reaches the end. */
    public int nextOffset(long total) {
        return offset + (long) limit < total ? offset + limit : -1;
    }

    /** The last page's offset (0 for an empty list). */
    public int lastOffset(long total) {
        if (total <= 0) {
            return 0;
        }
        long last = (total - 1) / limit * limit;
        return (int) Math.min(last, Integer.MAX_VALUE);
    }

    /**
     * The links of this page: {@code self}, {@code first}, {@code last}, and {@code prev} /
     * {@code next} where there is such a page; the request's other parameters (filters, sort) kept.
     */
    public Map<String, URI> links(URI requestUri, long total) {
        Map<String, URI> links = new LinkedHashMap<>();
        links.put("self", at(requestUri, offset));
        links.put("first", at(requestUri, 0));
        int previous = previousOffset();
        if (previous >= 0) {
            links.put("prev", at(requestUri, previous));
        }
        int next = nextOffset(total);
        if (next >= 0) {
            links.put("next", at(requestUri, next));
        }
        links.put("last", at(requestUri, lastOffset(total)));
        return links;
    }

    /** The same links as an RFC 8288 {@code Link} header. */
    public static String linkHeader(Map<String, URI> links) {
        List<String> header = new ArrayList<>();
        links.forEach((rel, uri) -> header.add("<" + uri.toASCIIString() + ">; rel=\"" + rel + "\""));
        return String.join(", ", header);
    }

    /** The request's address with this offset and limit, its other parameters as they were. */
    private URI at(URI requestUri, int at) {
        StringBuilder query = new StringBuilder();
        String raw = requestUri.getRawQuery();
        if (raw != null) {
            for (String part : raw.split("&")) {
                if (!part.isEmpty() && !part.startsWith("offset=") && !part.startsWith("limit=")
                        && !part.equals("offset") && !part.equals("limit")) {
                    query.append(part).append('&');
                }
            }
        }
        query.append("offset=").append(at).append("&limit=").append(limit);
        String base = requestUri.toString();
        int q = base.indexOf('?');
        return URI.create((q < 0 ? base : base.substring(0, q)) + "?" + query);
    }
}
