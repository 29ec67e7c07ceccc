package org.ddmsportal.domain.shared;

import java.util.List;

/** The rows of one page and the number of rows that match in all. */
public record Page<T>(List<T> rows, long total) {
    public Page {
        rows = List.copyOf(rows);
    }

    /** No rows: what a filter that can match nothing gives. */
    public static <T> Page<T> empty() {
        return new Page<>(List.of(), 0);
    }
}
