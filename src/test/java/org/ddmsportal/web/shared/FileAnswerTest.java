package org.ddmsportal.web.shared;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FileAnswerTest {

    private final Map<String, Object> headers = new HashMap<>();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    @Test
    void aNameSomeoneTypedCannotBreakOutOfTheHeader() throws Exception {
        byte[] content = "%PDF".getBytes(StandardCharsets.US_ASCII);
        FileAnswer.send(response(), "application/pdf", false, "report\";\r\nSet-Cookie: x=1 ü.pdf", content);
        assertEquals("attachment; filename=\"report____Set-Cookie__x_1__.pdf\"; filename*=UTF-8''report%3BSet-Cookie%3A%20x%3D1%20%C3%BC.pdf",
                headers.get("Content-Disposition"));
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals("application/pdf", headers.get("type"));
        assertEquals(4, headers.get("length"));
        assertArrayEquals(content, body.toByteArray());
    }

    @Test
    void aSafeNameIsKeptAndAnImageIsShownInline() throws Exception {
        FileAnswer.send(response(), "image/png", true, "RS-2026-0001_map.png", new byte[0]);
        assertEquals("inline; filename=\"RS-2026-0001_map.png\"", headers.get("Content-Disposition"));
    }

    @Test
    void aNameInAnotherAlphabetIsSavedUnderItsOwnNameNotUnderscores() {
        assertEquals("attachment; filename=\"________-Beograd.pdf\"; filename*=UTF-8''%D0%98%D0%B7%D0%B2%D0%B5%D1%88%D1%82%D0%B0%D1%98-Beograd.pdf",
                FileAnswer.disposition(false, "Извештај-Beograd.pdf"));
        // a right-to-left override is not carried into the name the browser saves
        assertEquals("attachment; filename=\"_fdp.exe.pdf\"; filename*=UTF-8''fdp.exe.pdf",
                FileAnswer.disposition(false, "\u202Efdp.exe.pdf"));
    }

    /** A response that records what the answer sets (the servlet API has no plain implementation). */
    private HttpServletResponse response() {
        ServletOutputStream out = new ServletOutputStream() {
            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
            }

            @Override
            public void write(int b) {
                body.write(b);
            }
        };
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "setHeader" -> headers.put((String) args[0], args[1]);
                        case "setContentType" -> headers.put("type", args[0]);
                        case "setContentLength" -> headers.put("length", args[0]);
                        case "getOutputStream" -> {
                            return out;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    }
                    return null;
                });
    }
}
