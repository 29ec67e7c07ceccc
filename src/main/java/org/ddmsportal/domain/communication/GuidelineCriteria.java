package org.ddmsportal.domain.communication;

import java.util.Map;
import java.util.Optional;
import org.ddmsportal.domain.shared.Filters;
import org.ddmsportal.domain.shared.TableFilters;

/**
 * Which guidelines a list asks for, typed so that the compiler checks the filters' names. A
 * {@code null} filter is no filter.
 *
 * @param text          the global search: title or summary contain it
 * @param title         the title contains it
 * @param category      the category
 * @param publishedOnly published ones only (for readers who may not edit them)
 */
public record GuidelineCriteria(String text, String title, GuidelineCategory category, boolean publishedOnly) {

    public GuidelineCriteria {
        text = Filters.text(text);
        title = Filters.text(title);
    }

    public static GuidelineCriteria all() {
        return new GuidelineCriteria(null, null, null, false);
    }

    /**
     * The criteria of a list table: its column filters by field name ({@code title}, {@code category})
     * and its global search; other names are ignored (whether only published ones are listed is the
     * reader's right, not a filter). Empty when a filter can match nothing (an unknown category).
     */
    public static Optional<GuidelineCriteria> fromTable(Map<String, String> filters, String text) {
        return TableFilters.read(filters, f -> new GuidelineCriteria(text, f.text("title"),
                f.constant("category", GuidelineCategory.class), false));
    }

    public GuidelineCriteria publishedOnly(boolean only) {
        return new GuidelineCriteria(text, title, category, only);
    }
}
