package org.ddmsportal.domain.casestudy;

import java.util.Map;
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
public record CaseStudyCriteria(Scope scope, String text, String title, String country, String status,
                                String reviewer, boolean onlyPublished, Long pilotId, Long partnershipId,
                                String clearanceBy) {

    public CaseStudyCriteria {
        if (scope == null) {
            throw new IllegalArgumentException("scope");
        }
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

    public CaseStudyCriteria withStatus(String newStatus) {
        return new CaseStudyCriteria(scope, text, title, country, newStatus, reviewer, onlyPublished, pilotId,
                partnershipId, clearanceBy);
    }

    public CaseStudyCriteria withCountry(String newCountry) {
        return new CaseStudyCriteria(scope, text, title, newCountry, status, reviewer, onlyPublished, pilotId,
                partnershipId, clearanceBy);
    }

    public CaseStudyCriteria withReviewer(String username) {
        return new CaseStudyCriteria(scope, text, title, country, status, username, onlyPublished, pilotId,
                partnershipId, clearanceBy);
    }

    public CaseStudyCriteria withClearanceBy(String organisationCode) {
        return new CaseStudyCriteria(scope, text, title, country, status, reviewer, onlyPublished, pilotId,
                partnershipId, organisationCode);
    }

    public CaseStudyCriteria publishedOnly() {
        return new CaseStudyCriteria(scope, text, title, country, status, reviewer, true, pilotId, partnershipId,
                clearanceBy);
    }
}
