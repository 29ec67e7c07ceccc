package org.ddmsportal.domain.contact;

import java.util.Map;
import lombok.With;
import org.ddmsportal.domain.shared.Filters;

/**
 * Which contacts a list asks for, typed so that the compiler checks the filters' names. A
 * {@code null} filter is no filter.
 *
 * @param text           the global search: name, e-mail, position, organisation's name or acronym contain it
 * @param fullName       the full name contains it
 * @param email          the e-mail contains it
 * @param organisation   the organisation's name or acronym contains it
 * @param organisationId the organisation's id
 * @param country        the organisation's country (alpha-2)
 */
public record ContactCriteria(String text, @With String fullName, String email, String organisation,
                              @With Long organisationId, String country) {

    public ContactCriteria {
        text = Filters.text(text);
        fullName = Filters.text(fullName);
        email = Filters.text(email);
        organisation = Filters.text(organisation);
        country = Filters.code(country);
    }

    public static ContactCriteria all() {
        return new ContactCriteria(null, null, null, null, null, null);
    }

    /**
     * The criteria of a list table: its column filters by field name ({@code fullName}, {@code email},
     * {@code organisation}, {@code organisationId}, {@code country}) and its global search; other names
     * are ignored.
     */
    public static ContactCriteria fromTable(Map<String, String> filters, String text) {
        return new ContactCriteria(text, filters.get("fullName"), filters.get("email"), filters.get("organisation"),
                Filters.id(filters.get("organisationId")), filters.get("country"));
    }
}
