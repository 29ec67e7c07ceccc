package org.ddmsportal.domain.decision;

import java.util.Map;
import lombok.With;
import org.ddmsportal.domain.shared.Filters;
import org.ddmsportal.domain.shared.Scope;

/**
 * Which decisions a list asks for: the reader's {@link Scope} (see {@link DecisionPolicy#listScope})
 * and the filters, typed so that the compiler checks their names. A {@code null} filter is no filter.
 *
 * @param scope       whose decisions: all, or those the reader's organisation may read
 * @param text        the global search: title, body, summary or city name contain it
 * @param title       the title contains it
 * @param country     the city's country (alpha-2)
 * @param cityId      the city's id
 * @param pilotId     one of the pilots it drew on
 * @param indicatorId one of the indicators it drew on
 */
public record DecisionCriteria(@With Scope scope, String text, String title, String country, Long cityId, @With Long pilotId,
                               Long indicatorId) {

    public DecisionCriteria {
        Scope.require(scope);
        text = Filters.text(text);
        title = Filters.text(title);
        country = Filters.code(country);
    }

    /** No restriction of scope: the system's own queries (counts, tests). */
    public static DecisionCriteria all() {
        return of(Scope.all());
    }

    public static DecisionCriteria of(Scope scope) {
        return new DecisionCriteria(scope, null, null, null, null, null, null);
    }

    /**
     * The criteria of a list table: its column filters by field name ({@code title}, {@code country},
     * {@code city}, {@code pilot}, {@code indicator}) and its global search; other names are ignored.
     */
    public static DecisionCriteria fromTable(Scope scope, Map<String, String> filters, String text) {
        return new DecisionCriteria(scope, text, filters.get("title"), filters.get("country"), Filters.id(filters.get("city")),
                Filters.id(filters.get("pilot")), Filters.id(filters.get("indicator")));
    }
}
