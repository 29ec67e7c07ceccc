package org.ddmsportal.domain.shared;

import java.util.Locale;

/** How the criteria records read what a list table's filters hold (text typed by the user). */
public final class Filters {

    private Filters() {
    }

    /** The text stripped, or {@code null} when absent or blank (no filter). */
    public static String text(String s) {
        return Texts.blankToNull(s);
    }

    /** A code compared upper-case (a country's alpha-2), or {@code null}. */
    public static String code(String s) {
        String t = text(s);
        return t == null ? null : t.toUpperCase(Locale.ROOT);
    }

    /**
     * An id, {@code null} when absent, or an id that matches nothing (-1) when the text is not a
     * number: a filter that can't match must not be ignored.
     */
    public static Long id(String s) {
        String t = text(s);
        if (t == null) {
            return null;
        }
        try {
            return Long.valueOf(t);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    /** A yes/no filter: on only when the text is {@code true}. */
    public static boolean flag(String s) {
        return "true".equalsIgnoreCase(text(s));
    }

    /**
     * A whole number, or {@code null} when absent.
     *
     * @throws IllegalArgumentException when the text is not a whole number (the filter can't be read)
     */
    public static Integer number(String s) {
        String t = text(s);
        return t == null ? null : Integer.valueOf(t);
    }

    /**
     * One of an enumeration's constants by name, or {@code null} when absent.
     *
     * @throws IllegalArgumentException when no constant has that name (the filter can't be read)
     */
    public static <E extends Enum<E>> E constant(String s, Class<E> type) {
        String t = text(s);
        return t == null ? null : Enum.valueOf(type, t);
    }
}
