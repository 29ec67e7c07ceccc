package org.ddmsportal.domain.shared;

/** How the domain keeps a text that a user typed. */
public final class Texts {

    private Texts() {
    }

    /** The text stripped, or {@code null} when absent or blank: a blank field is stored as absent. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
