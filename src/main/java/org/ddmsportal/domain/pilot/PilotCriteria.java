package org.ddmsportal.domain.pilot;

import java.util.Map;
import java.util.Optional;
import lombok.With;
import org.ddmsportal.domain.shared.Filters;
import org.ddmsportal.domain.shared.Scope;
import org.ddmsportal.domain.shared.TableFilters;

/**
 * Which pilots a list asks for: the reader's {@link Scope} (see {@link PilotPolicy#listScope})
 * and the filters, typed so that the compiler checks their names. A {@code null} filter is no filter.
 *
 * @param scope         whose pilots: all, or those the reader's organisation takes part in
 * @param text          the global search: title, policy question or city name contain it
 * @param title         the title contains it
 * @param country       the city's country (alpha-2)
 * @param status        the lifecycle state
 * @param phase         the GSBPM phase
 * @param cityId        the city's id
 * @param partnershipId one of its partnerships' id
 * @param datasetId     one of its datasets' id
 * @param overdue       has a milestone past its due date and not done (address parameter {@code overdue=true})
 */
public record PilotCriteria(@With Scope scope, String text, String title, @With String country, @With String status, @With Integer phase,
                            Long cityId, Long partnershipId, Long datasetId, @With boolean overdue) {

    public PilotCriteria {
        Scope.require(scope);
        text = Filters.text(text);
        title = Filters.text(title);
        country = Filters.code(country);
        status = Filters.text(status);
    }

    /** No restriction of scope: the system's own queries (counts, tests). */
    public static PilotCriteria all() {
        return of(Scope.all());
    }

    public static PilotCriteria of(Scope scope) {
        return new PilotCriteria(scope, null, null, null, null, null, null, null, null, false);
    }

    /**
     * The criteria of a list table: its column filters by field name ({@code title}, {@code country},
     * {@code status}, {@code phase}, {@code city}, {@code partnership}, {@code dataset}) and its global
     * search; other names are ignored. Empty when a filter can match nothing (a phase not a number).
     */
    public static Optional<PilotCriteria> fromTable(Scope scope, Map<String, String> filters, String text) {
        return TableFilters.read(filters, f -> new PilotCriteria(scope, text, f.text("title"), f.text("country"),
                f.text("status"), f.number("phase"), f.id("city"), f.id("partnership"), f.id("dataset"),
                f.flag("overdue")));
    }
}
