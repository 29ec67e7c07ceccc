package org.ddmsportal.application.shared;

import java.util.regex.Pattern;

/**
 * Text for a cell of a file people open in a spreadsheet (list exports in CSV and XLSX, the
 * public SDMX-CSV). A cell that starts with {@code =}, {@code +}, {@code -} or {@code @} is taken
 * for a formula by Excel and LibreOffice, and a tab or carriage return before such a sign is
 * skipped by them — so a name a user typed could run a formula (DDE, HYPERLINK to an attacker)
 * on the machine of whoever opens the export ("CSV injection", OWASP). Such a text gets a
 * leading apostrophe, the spreadsheets' own mark for "this is text", and shows as typed.
 * Plain numbers ({@code -1.5}, {@code +3}, {@code -2e3}) are left alone: they are not formulas
 * and must stay numbers.
 */
public final class SpreadsheetText {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d+)?|[.,]\\d+)([eE][+-]?\\d+)?");

    private SpreadsheetText() {
    }

    /** The text as it may be written into a cell; {@code null} stays {@code null}. */
    public static String safe(String text) {
        if (text == null || text.isEmpty() || !startsLikeAFormula(text) || PLAIN_NUMBER.matcher(text).matches()) {
            return text;
        }
        return "'" + text;
    }

    private static boolean startsLikeAFormula(String text) {
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }
}
