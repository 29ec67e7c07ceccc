package org.ddmsportal.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** After sign-in the portal returns only to its own signed-in pages: no open redirect. */
class ReturnAddressTest {

    @Test
    void thePageAskedForWithItsQuery() {
        assertEquals(Optional.of("/ddms/app/agreements/view?id=12&tab=sign"),
                ReturnAddress.of("http://localhost:8080/ddms/app/agreements/view?id=12&tab=sign", "/ddms"));
        assertEquals(Optional.of("/app/partnerships?country=RS&status=ACTIVE"),
                ReturnAddress.of("https://portal.example/app/partnerships?country=RS&status=ACTIVE", ""));
        assertEquals(Optional.of("/ddms/app/pilots/view?id=3"), ReturnAddress.of("/ddms/app/pilots/view?id=3", "/ddms"));
        assertEquals(Optional.of("/ddms/app/partnerships/?title=A+B&status=ACTIVE"),
                ReturnAddress.of("http://localhost/ddms/app/partnerships/?title=A+B&status=ACTIVE", "/ddms"));
        assertEquals(Optional.of("/ddms/app/case-studies/view.xhtml?id=3"),
                ReturnAddress.of("http://localhost/ddms/app/case-studies/view.xhtml?id=3", "/ddms"));
    }

    @Test
    void aForgedHostIsDroppedOnlyThePathIsKept() {
        // the scheme and host come from the request: the portal never sends the user there
        assertEquals(Optional.of("/ddms/app/index"), ReturnAddress.of("http://evil.example/ddms/app/index", "/ddms"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "//evil.example/ddms/app/index", "http://evil.example", "https://evil.example/",
            "/\\evil.example", "/ddms/app/../../evil", "/ddms/app/%2e%2e/x/../../y", "javascript:alert(1)",
            "/ddms//evil.example/app/x", "/ddms/app//evil.example", "/other/app/index", "/ddms/index",
            "/ddms/callback", "/ddms/app/x\r\nLocation: http://evil.example", "", " ", "ftp://evil.example/ddms/app/x",
            "/ddms/app/index#//evil.example", "http:///ddms/app/x?", "/ddms/app/evil.example", "/ddms/app/http:/evil.example/",
            "/ddms/app/x;jsessionid=1"})
    void anythingElseLandsOnTheWorkspace(String kept) {
        Optional<String> to = ReturnAddress.of(kept, "/ddms");
        to.ifPresent(t -> assertEquals(true, t.startsWith("/ddms/app/") && !t.startsWith("//"), t));
        if (kept.contains("evil") || kept.contains("..") || kept.contains(";") || kept.isBlank() || kept.contains("callback")
                || kept.startsWith("/other") || kept.equals("/ddms/index")) {
            assertEquals(Optional.empty(), to, kept);
        }
    }

    @Test
    void nullIsNothing() {
        assertEquals(Optional.empty(), ReturnAddress.of(null, "/ddms"));
    }
}
