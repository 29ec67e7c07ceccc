package org.ddmsportal.web.shared;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** How the portal's servlets answer with a file: its type (never sniffed), name and length. */
public final class FileAnswer {

    private FileAnswer() {
    }

    /**
     * Writes {@code content} as the answer.
     *
     * @param inline   shown by the browser ({@code inline}) rather than saved ({@code attachment})
     * @param fileName the name to save it as ({@link #disposition})
     */
    public static void send(HttpServletResponse resp, String contentType, boolean inline, String fileName,
            byte[] content) throws IOException {
        resp.setContentType(contentType);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Content-Disposition", disposition(inline, fileName));
        resp.setContentLength(content.length);
        resp.getOutputStream().write(content);
    }

    /**
     * The {@code Content-Disposition}: {@code filename} in ASCII, any character but letters, digits,
     * dot, dash and underscore an underscore; and where that lost some, the name as written in
     * {@code filename*} (RFC 6266, UTF-8 percent-encoded as RFC 8187 says), so "Извештај Beograd.pdf"
     * is saved under its own name, not "________ Beograd.pdf". Control and format characters (a
     * right-to-left override) are left out of it; nothing a user named reaches the header unencoded.
     */
    static String disposition(boolean inline, String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        String header = (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"";
        String own = fileName.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\"\\\\/]", "").strip();
        if (own.equals(ascii) || own.isEmpty()) {
            return header;
        }
        StringBuilder encoded = new StringBuilder();
        for (byte b : own.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                encoded.append(c);
            } else {
                encoded.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return header + "; filename*=UTF-8''" + encoded;
    }
}
