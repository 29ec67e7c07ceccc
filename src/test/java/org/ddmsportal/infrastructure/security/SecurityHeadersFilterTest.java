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

    private static Map<String, String> headersFor(String uri) throws Exception {
        Map<String, String> headers = new HashMap<>();
        HttpServletRequest request = (HttpServletRequest) Proxy.newProxyInstance(SecurityHeadersFilterTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRequestURI" -> uri;
                    case "getContextPath" -> "/ddms";
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
        for (String uri : new String[] {"/ddms/app/pilots/view", "/ddms/app/countries/report", "/ddms/files/case-study/3"}) {
            assertEquals("no-store", headersFor(uri).get("Cache-Control"), uri);
        }
    }

    @Test
    void publicPagesAndTheApiDecideTheirOwn() throws Exception {
        for (String uri : new String[] {"/ddms/", "/ddms/showcase/", "/ddms/api/v1/pilots", "/ddms/application/x", "/ddms/jakarta.faces.resource/x.css"}) {
            Map<String, String> headers = headersFor(uri);
            assertNull(headers.get("Cache-Control"), uri);
            assertEquals("nosniff", headers.get("X-Content-Type-Options"), uri);
        }
    }
}
