package org.ddmsportal.domain.shared;

import java.util.List;

/**
 * The rows of one page and the number of rows that match in all; {@code more}: there are more
 * than {@code total}, which is then where counting stopped ({@link PageRequest#countUpTo()}).
 */
public record Page<T>(List<T> rows, long total, boolean more) {
    public Page {
        rows = List.copyOf(rows);
    }

    /** A page whose total is every match. */
    public Page(List<T> rows, long total) {
        this(rows, total, false);
    }

    /** No rows: what a filter that can match nothing gives. */
    public static <T> Page<T> empty() {
        return new Page<>(List.of(), 0);
    }
}
