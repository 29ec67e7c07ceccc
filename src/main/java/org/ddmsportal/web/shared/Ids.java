package org.ddmsportal.web.shared;

/**
 * Record ids from URLs. Pages take ids as text and parse them here, so that a mangled link
 * (?id=abc) gets the same "not found" page as an id that does not exist, rather than a
 * conversion message on an empty page.
 */
public final class Ids {

    private Ids() {
    }

    /** The id, or {@code null} when absent or not a positive whole number. */
    public static Long parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(text.strip());
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
