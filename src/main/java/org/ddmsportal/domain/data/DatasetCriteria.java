package org.ddmsportal.domain.data;

import java.util.Map;
import java.util.Optional;
import lombok.With;
import org.ddmsportal.domain.agreement.Confidentiality;
import org.ddmsportal.domain.shared.Filters;
import org.ddmsportal.domain.shared.Scope;
import org.ddmsportal.domain.shared.TableFilters;

/**
 * Which datasets a list asks for: the reader's {@link Scope} (see {@link DatasetPolicy#listScope})
 * and the filters, typed so that the compiler checks their names. A {@code null} filter is no filter.
 *
 * @param scope           whose datasets: all, or those the reader's organisation may read
 * @param text            the global search: title, description, provider's name or acronym contain it
 * @param title           the title contains it
 * @param country         the dataset's country (alpha-2)
 * @param sourceKind      the kind of source
 * @param confidentiality the confidentiality
 * @param providerId      the provider's id
 * @param agreementId     the governing agreement's id
 * @param pilotId         the pilot's id
 * @param partnershipId   the partnership's id
 * @param lapsed          only those whose governing agreement is not in force (not active, or expired)
 * @param uncovered       only those with no governing agreement from a provider that is not an NSI
 *                        (address parameter {@code uncovered=true})
 */
public record DatasetCriteria(@With Scope scope, String text, String title, @With String country, SourceKind sourceKind,
                              Confidentiality confidentiality, Long providerId, Long agreementId, Long pilotId,
                              @With Long partnershipId, @With boolean lapsed, @With boolean uncovered) {

    public DatasetCriteria {
        Scope.require(scope);
        text = Filters.text(text);
        title = Filters.text(title);
        country = Filters.code(country);
    }

    /** No restriction of scope: the system's own queries (counts, tests). */
    public static DatasetCriteria all() {
        return of(Scope.all());
    }

    public static DatasetCriteria of(Scope scope) {
        return new DatasetCriteria(scope, null, null, null, null, null, null, null, null, null, false, false);
    }

    /**
     * The criteria of a list table: its column filters by field name ({@code title}, {@code country},
     * {@code sourceKind}, {@code confidentiality}, {@code provider}, {@code agreement}, {@code pilot},
     * {@code partnership}, {@code lapsed}) and its global search; other names are ignored. Empty when
     * a filter can match nothing (an unknown kind or confidentiality).
     */
    public static Optional<DatasetCriteria> fromTable(Scope scope, Map<String, String> filters, String text) {
        return TableFilters.read(filters, f -> new DatasetCriteria(scope, text, f.text("title"), f.text("country"),
                f.constant("sourceKind", SourceKind.class), f.constant("confidentiality", Confidentiality.class),
                f.id("provider"), f.id("agreement"), f.id("pilot"), f.id("partnership"),
                f.flag("lapsed"), f.flag("uncovered")));
    }
}
