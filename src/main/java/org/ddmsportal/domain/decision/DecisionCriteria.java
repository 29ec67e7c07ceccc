package org.ddmsportal.domain.decision;

import java.util.Map;
import org.ddmsportal.domain.shared.Filters;

/**
 * Which decisions a list asks for, typed so that the compiler checks the filters' names. A
 * {@code null} filter is no filter.
 *
 * @param text        the global search: title, body, summary or city name contain it
 * @param title       the title contains it
 * @param country     the city's country (alpha-2)
 * @param cityId      the city's id
 * @param pilotId     one of the pilots it drew on
 * @param indicatorId one of the indicators it drew on
 */
public record DecisionCriteria(String text, String title, String country, Long cityId, Long pilotId,
                               Long indicatorId) {

    public DecisionCriteria {
        text = Filters.text(text);
        title = Filters.text(title);
        country = Filters.code(country);
    }

    public static DecisionCriteria all() {
        return new DecisionCriteria(null, null, null, null, null, null);
    }

    /**
     * The criteria of a list table: its column filters by field name ({@code title}, {@code country},
     * {@code city}, {@code pilot}, {@code indicator}) and its global search; other names are ignored.
     */
    public static DecisionCriteria fromTable(Map<String, String> filters, String text) {
        return new DecisionCriteria(text, filters.get("title"), filters.get("country"), Filters.id(filters.get("city")),
                Filters.id(filters.get("pilot")), Filters.id(filters.get("indicator")));
    }

    public DecisionCriteria withPilot(Long id) {
        return new DecisionCriteria(text, title, country, cityId, id, indicatorId);
    }
}
