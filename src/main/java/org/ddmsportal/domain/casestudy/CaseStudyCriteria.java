package org.ddmsportal.domain.casestudy;

import java.util.Map;
import lombok.With;
import org.ddmsportal.domain.shared.Filters;
import org.ddmsportal.domain.shared.Scope;

/**
 * Which case studies a list asks for: the reader's {@link Scope} (see
 * {@link CaseStudyPolicy#visibleCountry}) and the filters, typed so that the compiler checks
 * their names. A {@code null} filter is no filter.
 *
 * @param scope          whose case studies
 * @param text           the global search: title or summary contain it
 * @param title          the title contains it
 * @param country        the case study's country (alpha-2)
 * @param status         the lifecycle state
 * @param reviewer       the reviewer's username
 * @param onlyPublished  published ones only (the showcase)
 * @param pilotId        tells about this pilot
 * @param partnershipId  tells about this partnership
 * @param clearanceBy    an organisation code with a pending clearance
 */
public record CaseStudyCriteria(Scope scope, String text, String title, @With String country, @With String status,
                                @With String reviewer, @With boolean onlyPublished, Long pilotId, Long partnershipId,
                                @With String clearanceBy) {

    public CaseStudyCriteria {
        Scope.require(scope);
        text = Filters.text(text);
        title = Filters.text(title);
        country = Filters.code(country);
        status = Filters.text(status);
        reviewer = Filters.text(reviewer);
        clearanceBy = Filters.text(clearanceBy);
    }

    public static CaseStudyCriteria of(Scope scope) {
        return new CaseStudyCriteria(scope, null, null, null, null, null, false, null, null, null);
    }

    /**
     * The criteria of a list table: its column filters by field name ({@code title},
     * {@code country}, {@code status}, {@code reviewer}, {@code pilot}, {@code partnership}) and
     * its global search; other names are ignored.
     */
    public static CaseStudyCriteria fromTable(Scope scope, Map<String, String> filters, String text) {
        return new CaseStudyCriteria(scope, text, filters.get("title"), filters.get("country"), filters.get("status"),
                filters.get("reviewer"), false, Filters.id(filters.get("pilot")), Filters.id(filters.get("partnership")), null);
    }

    /** The country whose case studies are listed in every state beside published ones; null for all. */
    public String visibleCountry() {
        return CaseStudyPolicy.visibleCountry(scope);
    }
}
