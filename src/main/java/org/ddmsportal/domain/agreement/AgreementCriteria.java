package org.ddmsportal.domain.agreement;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lombok.With;
import org.ddmsportal.domain.shared.Filters;
import org.ddmsportal.domain.shared.Scope;
import org.ddmsportal.domain.shared.TableFilters;

/**
 * Which agreements a list asks for: the reader's {@link Scope} (see {@link AgreementPolicy#listScope})
 * and the filters, typed so that the compiler checks their names. A {@code null} filter is no filter.
 *
 * @param scope         whose agreements: all, a country's, or a party's (organisation code or signatory e-mail)
 * @param text          the global search: reference, title or partnership title contain it
 * @param reference     the reference contains it
 * @param title         the title contains it
 * @param country       the agreement's country (alpha-2)
 * @param status        the lifecycle state
 * @param kind          the kind
 * @param partnershipId the partnership's id
 * @param partyEmail    a party's signatory has this e-mail
 * @param expiringWithinDays signed or active and expiring between today and this many days from now
 *                           (address parameter {@code expiringWithinDays}, e.g. {@code ?expiringWithinDays=30})
 * @param reviewWithinDays   signed or active with a review date before this many days from now, past ones
 *                           included (address parameter {@code reviewWithinDays})
 * @param signed             signed or active (address parameter {@code signed=true})
 */
public record AgreementCriteria(Scope scope, String text, String reference, String title, @With String country,
                                @With String status, AgreementKind kind, @With Long partnershipId, @With String partyEmail,
                                @With Integer expiringWithinDays, @With Integer reviewWithinDays, @With boolean signed) {

    public AgreementCriteria {
        Scope.require(scope);
        text = Filters.text(text);
        reference = Filters.text(reference);
        title = Filters.text(title);
        country = Filters.code(country);
        status = Filters.text(status);
        partyEmail = Filters.text(partyEmail) == null ? null : partyEmail.strip().toLowerCase(Locale.ROOT);
    }

    public static AgreementCriteria of(Scope scope) {
        return new AgreementCriteria(scope, null, null, null, null, null, null, null, null, null, null, false);
    }

    /**
     * The criteria of a list table: its column filters by field name ({@code reference},
     * {@code title}, {@code country}, {@code status}, {@code kind}, {@code partnership}) and its
     * global search; other names are ignored. Empty when a filter can match nothing (an unknown kind).
     */
    public static Optional<AgreementCriteria> fromTable(Scope scope, Map<String, String> filters, String text) {
        return TableFilters.read(filters, f -> new AgreementCriteria(scope, text, f.text("reference"), f.text("title"),
                f.text("country"), f.text("status"), f.constant("kind", AgreementKind.class), f.id("partnership"), null,
                f.number("expiringWithinDays"), f.number("reviewWithinDays"), f.flag("signed")));
    }
}
