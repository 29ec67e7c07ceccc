package org.ddmsportal.domain.organisation;

import java.util.Map;
import lombok.With;
import org.ddmsportal.domain.shared.Filters;

/**
 * Which organisations a list asks for, typed so that the compiler checks the filters' names. A
 * {@code null} filter is no filter.
 *
 * @param text    the global search: name, acronym, city, code or territorial code contain it
 * @param name    the name or acronym contains it
 * @param city    the city contains it
 * @param type    the organisation type's code
 * @param country the country (alpha-2)
 */
public record OrganisationCriteria(@With String text, @With String name, String city, @With String type,
                                   @With String country) {

    public OrganisationCriteria {
        text = Filters.text(text);
        name = Filters.text(name);
        city = Filters.text(city);
        type = Filters.text(type);
        country = Filters.code(country);
    }

    public static OrganisationCriteria all() {
        return new OrganisationCriteria(null, null, null, null, null);
    }

    /**
     * The criteria of a list table: its column filters by field name ({@code name}, {@code city},
     * {@code type}, {@code country}) and its global search; other names are ignored.
     */
    public static OrganisationCriteria fromTable(Map<String, String> filters, String text) {
        return new OrganisationCriteria(text, filters.get("name"), filters.get("city"), filters.get("type"),
                filters.get("country"));
    }
}
