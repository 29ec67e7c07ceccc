package org.ddmsportal.domain.shared;

/** How the domain keeps a text that a user typed. */
public final class Texts {

    private Texts() {
    }

    /**
     * The text stripped, for a field that must have one.
     *
     * @throws IllegalArgumentException "{@code what} is required" when the text is absent or blank
     */
    public static String required(String s, String what) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return s.strip();
    }

    /** The text stripped, or {@code null} when absent or blank: a blank field is stored as absent. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
