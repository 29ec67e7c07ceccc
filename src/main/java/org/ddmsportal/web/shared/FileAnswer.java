package org.ddmsportal.web.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** How the portal's servlets answer with a file: its type (never sniffed), name and length. */
public final class FileAnswer {

    private FileAnswer() {
    }

    /**
     * Writes {@code content} as the answer.
     *
     * @param inline   shown by the browser ({@code inline}) rather than saved ({@code attachment})
     * @param fileName the name to save it as; any character but letters, digits, dot, dash and
     *                 underscore becomes an underscore, so nothing a user named reaches the header
     */
    public static void send(HttpServletResponse resp, String contentType, boolean inline, String fileName,
            byte[] content) throws IOException {
        resp.setContentType(contentType);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Disposition", (inline ? "inline" : "attachment") + "; filename=\""
                + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        resp.setContentLength(content.length);
        resp.getOutputStream().write(content);
    }
}
