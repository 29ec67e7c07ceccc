package org.ddmsportal.domain.pilot;

import java.util.Map;
import java.util.Optional;
import lombok.With;
import org.ddmsportal.domain.shared.Filters;

/**
 * Which pilots a list asks for, typed so that the compiler checks the filters' names. A
 * {@code null} filter is no filter.
 *
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
public record PilotCriteria(String text, String title, @With String country, @With String status, @With Integer phase,
                            Long cityId, Long partnershipId, Long datasetId, boolean overdue) {

    public PilotCriteria {
        text = Filters.text(text);
        title = Filters.text(title);
        country = Filters.code(country);
        status = Filters.text(status);
    }

    public static PilotCriteria all() {
        return new PilotCriteria(null, null, null, null, null, null, null, null, false);
    }

    /**
     * The criteria of a list table: its column filters by field name ({@code title}, {@code country},
     * {@code status}, {@code phase}, {@code city}, {@code partnership}, {@code dataset}) and its global
     * search; other names are ignored. Empty when a filter can match nothing (a phase not a number).
     */
    public static Optional<PilotCriteria> fromTable(Map<String, String> filters, String text) {
        Integer phase = null;
        String p = Filters.text(filters.get("phase"));
        if (p != null) {
            try {
                phase = Integer.valueOf(p);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new PilotCriteria(text, filters.get("title"), filters.get("country"), filters.get("status"),
                phase, Filters.id(filters.get("city")), Filters.id(filters.get("partnership")),
                Filters.id(filters.get("dataset")), Filters.flag(filters.get("overdue"))));
    }

    public PilotCriteria overdueOnly() {
        return new PilotCriteria(text, title, country, status, phase, cityId, partnershipId, datasetId, true);
    }
}
