package org.ddmsportal.domain.communication;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import lombok.With;
import org.ddmsportal.domain.shared.Filters;
import org.ddmsportal.domain.shared.TableFilters;

/**
 * Which dissemination activities a list asks for, typed so that the compiler checks the filters'
 * names. A {@code null} filter is no filter.
 *
 * @param text       the global search: title, place or audience contain it
 * @param title      the title contains it
 * @param kind       the kind
 * @param country    held in, or reaching, this country (alpha-2)
 * @param from       held on or after this day
 * @param to         held on or before this day
 * @param publicOnly public events only
 */
public record ActivityCriteria(String text, String title, ActivityKind kind, @With String country, LocalDate from,
                               LocalDate to, boolean publicOnly) {

    public ActivityCriteria {
        text = Filters.text(text);
        title = Filters.text(title);
        country = Filters.code(country);
    }

    public static ActivityCriteria all() {
        return new ActivityCriteria(null, null, null, null, null, null, false);
    }

    /**
     * The criteria of a list table: its column filters by field name ({@code title}, {@code kind},
     * {@code country}, {@code from}, {@code to}, {@code public}) and its global search; other names
     * are ignored, and so is a date that is not one. Empty when a filter can match nothing (an
     * unknown kind).
     */
    public static Optional<ActivityCriteria> fromTable(Map<String, String> filters, String text) {
        return TableFilters.read(filters, f -> new ActivityCriteria(text, f.text("title"),
                f.constant("kind", ActivityKind.class), f.text("country"), date(f.text("from")), date(f.text("to")),
                Filters.text(f.text("public")) != null));
    }

    private static LocalDate date(String text) {
        String t = Filters.text(text);
        try {
            return t == null ? null : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Public events held from this day on. */
    public ActivityCriteria publicFrom(LocalDate day) {
        return new ActivityCriteria(text, title, kind, country, day, to, true);
    }

    /** Public events held until this day. */
    public ActivityCriteria publicUntil(LocalDate day) {
        return new ActivityCriteria(text, title, kind, country, from, day, true);
    }
}
