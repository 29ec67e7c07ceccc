package org.ddmsportal.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A signed-in page or a file is not kept by the browser (Back after signing out on a shared
 * computer showed the last page); the public pages, the showcase and the API keep theirs.
 */
class SecurityHeadersFilterTest {

    /** The headers of a request the container mapped to this servlet path and path info. */
    private static Map<String, String> headersFor(String servletPath, String pathInfo) throws Exception {
        Map<String, String> headers = new HashMap<>();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(SecurityHeadersFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> "/ddms" + servletPath + (pathInfo == null ? "" : pathInfo);
                    case "getContextPath" -> "/ddms";
                    case "getServletPath" -> servletPath;
                    case "getPathInfo" -> pathInfo;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        HttpServletResponse response = (HttpServletResponse) Proxy.newProxyInstance(SecurityHeadersFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                    case "containsHeader" -> headers.containsKey((String) args[0]);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        new SecurityHeadersFilter().doFilter(request, response, (req, resp) -> { });
        return headers;
    }

    @Test
    void signedInPagesAndFilesAreNotStored() throws Exception {
        assertEquals("no-store", headersFor("/app/pilots/view.xhtml", null).get("Cache-Control"));
        assertEquals("no-store", headersFor("/app/countries/report", null).get("Cache-Control"));
        assertEquals("no-store", headersFor("/files", "/3").get("Cache-Control"));
    }

    @Test
    void publicPagesAndTheApiDecideTheirOwn() throws Exception {
        for (String[] mapped : new String[][] {{"/index.xhtml", null}, {"/showcase/index.xhtml", null}, {"/api", "/v1/pilots"},
                {"/application/x", null}, {"/jakarta.faces.resource", "/x.css"}}) {
            Map<String, String> headers = headersFor(mapped[0], mapped[1]);
            assertNull(headers.get("Cache-Control"), mapped[0]);
            assertEquals("nosniff", headers.get("X-Content-Type-Options"), mapped[0]);
        }
    }
}
