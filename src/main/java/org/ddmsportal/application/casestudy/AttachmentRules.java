package org.ddmsportal.application.casestudy;

import java.util.Locale;
import java.util.Optional;

/**
 * Which files may be attached to a case study: PDF, PNG and JPEG, recognised by their first
 * bytes (what the browser claims is not trusted), with a file name that agrees.
 */
public final class AttachmentRules {

    private AttachmentRules() {
    }

    /** The content type of these bytes if they are an accepted kind and the name agrees. */
    public static Optional<String> contentType(String fileName, byte[] head) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (starts(head, 0x25, 0x50, 0x44, 0x46, 0x2D) && name.endsWith(".pdf")) {
            return Optional.of("application/pdf");
        }
        if (starts(head, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A) && name.endsWith(".png")) {
            return Optional.of("image/png");
        }
        if (starts(head, 0xFF, 0xD8, 0xFF) && (name.endsWith(".jpg") || name.endsWith(".jpeg"))) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    /**
     * The file's own name without any path a browser may send, at most 200 characters; without
     * control and format characters: a right-to-left override (U+202E) showed a name reversed in
     * the list of attachments, so a file could pass for another kind.
     */
    public static String safeName(String submitted) {
        String name = submitted == null ? "" : submitted.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\"]", "").strip();
        if (name.isEmpty()) {
            name = "attachment";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static boolean starts(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
