package org.ddmsportal.application.data;

/**
 * Why one line of an observation file cannot be imported: line number (1 = header), column
 * name as in the file, message key and the offending text.
 */
public record ImportProblem(long line, String column, String key, String value) {
}
