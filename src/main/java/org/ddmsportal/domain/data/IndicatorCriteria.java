package org.ddmsportal.domain.data;

import java.util.Map;
import lombok.With;
import org.ddmsportal.domain.shared.Filters;
import org.ddmsportal.domain.shared.Scope;

/**
 * Which indicators a list asks for: the reader's {@link Scope} (see {@link IndicatorPolicy#listScope})
 * and the filters, typed so that the compiler checks their names. A {@code null} filter is no filter.
 *
 * @param scope     whose indicators: all, or those the reader's organisation may read
 * @param text      the global search: code, name (any language) or definition contain it
 * @param code      the code contains it
 * @param name      the name contains it, in any language
 * @param country   the indicator's country (alpha-2)
 * @param sdgGoal   the SDG goal (the part of the SDG code before the dot)
 * @param pilotId   the producing pilot's id
 * @param datasetId one of its source datasets' id
 */
public record IndicatorCriteria(@With Scope scope, String text, String code, String name, @With String country, String sdgGoal,
                                @With Long pilotId, Long datasetId) {

    public IndicatorCriteria {
        Scope.require(scope);
        text = Filters.text(text);
        code = Filters.text(code);
        name = Filters.text(name);
        country = Filters.code(country);
        sdgGoal = Filters.text(sdgGoal);
    }

    /** No restriction of scope: the system's own queries (counts, the public showcase, tests). */
    public static IndicatorCriteria all() {
        return of(Scope.all());
    }

    public static IndicatorCriteria of(Scope scope) {
        return new IndicatorCriteria(scope, null, null, null, null, null, null, null);
    }

    /**
     * The criteria of a list table: its column filters by field name ({@code code}, {@code name},
     * {@code country}, {@code sdgGoal}, {@code pilot}, {@code dataset}) and its global search; other
     * names are ignored.
     */
    public static IndicatorCriteria fromTable(Scope scope, Map<String, String> filters, String text) {
        return new IndicatorCriteria(scope, text, filters.get("code"), filters.get("name"), filters.get("country"),
                filters.get("sdgGoal"), Filters.id(filters.get("pilot")), Filters.id(filters.get("dataset")));
    }
}
