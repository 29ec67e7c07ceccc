package org.ddmsportal.application.data;

/**
 * Why one line of an observation file cannot be imported (or, as a warning, what to check):
 * line number (1 = header; the first line of a record that spans several), column name as in
 * the file, message key, the offending text and, where the message needs it, what was expected.
 */
public record ImportProblem(long line, String column, String key, String value, String expected) {

    public ImportProblem(long line, String column, String key, String value) {
        this(line, column, key, value, "");
    }
}
