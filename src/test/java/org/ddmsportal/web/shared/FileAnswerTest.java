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
        assertEquals("attachment; filename=\"report____Set-Cookie__x_1__.pdf\"", headers.get("Content-Disposition"));
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
