package org.ddmsportal.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the OpenID mechanism sees of a form upload: the query string, never the body. */
class QueryParametersOnlyTest {

    @Test
    void anUploadShowsOnlyItsQueryStringAndNoParts() throws Exception {
        HttpServletRequest upload = request("multipart/form-data; boundary=x", "state=a%20b&code=1&code=2&lang=ru");
        HttpServletRequest seen = QueryParametersOnly.of(upload);
        assertEquals("a b", seen.getParameter("state"));
        assertArrayEquals(new String[] {"1", "2"}, seen.getParameterValues("code"));
        assertEquals(List.of("state", "code", "lang"), java.util.Collections.list(seen.getParameterNames()));
        assertNull(seen.getParameter("file"));
        assertTrue(seen.getParts().isEmpty());
        assertNull(seen.getPart("file"));
    }

    @Test
    void anyOtherRequestIsItself() {
        HttpServletRequest form = request("application/x-www-form-urlencoded", "a=1");
        assertSame(form, QueryParametersOnly.of(form));
        HttpServletRequest get = request(null, "a=1");
        assertSame(get, QueryParametersOnly.of(get));
    }

    @Test
    void aBrokenEscapeOrAnEmptyPairIsLeftOut() {
        Map<String, String[]> parsed = QueryParametersOnly.parse("a=%zz&&b&c=%E2%82%AC");
        assertEquals(List.of("b", "c"), List.copyOf(parsed.keySet()));
        assertEquals("", parsed.get("b")[0]);
        assertEquals("€", parsed.get("c")[0]);
        assertTrue(QueryParametersOnly.parse(null).isEmpty());
    }

    /** A request answering only its content type and query string (the wrapper asks nothing else). */
    private static HttpServletRequest request(String contentType, String query) {
        return (HttpServletRequest) Proxy.newProxyInstance(QueryParametersOnlyTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getContentType" -> contentType;
                    case "getQueryString" -> query;
                    case "getParameter", "getParts" -> throw new AssertionError("the body was read");
                    default -> null;
                });
    }
}
