package org.ddmsportal.domain.partnership;

import java.util.Map;
import java.util.Optional;
import lombok.With;
import org.ddmsportal.domain.shared.Filters;
import org.ddmsportal.domain.shared.Scope;
import org.ddmsportal.domain.shared.TableFilters;

/**
 * Which partnerships a list asks for: the reader's {@link Scope} (see {@link PartnershipPolicy#listScope})
 * and the filters, typed so that the compiler checks their names. A {@code null} filter is no filter.
 *
 * @param scope          whose partnerships: all, or those the reader's organisation takes part in
 * @param text           the global search: title, objectives, lead's name or acronym contain it
 * @param title          the title contains it
 * @param country        the lead's country (alpha-2)
 * @param status         the lifecycle state
 * @param type           the type
 * @param domain         a domain's code
 * @param partnerType    the organisation type code of a partner
 * @param organisationId the lead's or a partner's id
 * @param stage          an open partnership at this stage of the pipeline ({@link PipelineStage}; address
 *                       parameter {@code stage}, e.g. {@code ?stage=DSA_SIGNED})
 * @param health         an open partnership with this computed status ({@link PartnershipHealth}; address
 *                       parameter {@code health}, e.g. {@code ?health=AT_RISK})
 */
public record PartnershipCriteria(@With Scope scope, String text, @With String title, @With String country, @With String status,
                                  PartnershipType type, @With String domain, @With String partnerType,
                                  @With Long organisationId, @With PipelineStage stage, @With PartnershipHealth.Status health) {

    public PartnershipCriteria {
        Scope.require(scope);
        text = Filters.text(text);
        title = Filters.text(title);
        country = Filters.code(country);
        status = Filters.text(status);
        domain = Filters.text(domain);
        partnerType = Filters.text(partnerType);
    }

    /** No restriction of scope: the system's own queries (counts, tests). */
    public static PartnershipCriteria all() {
        return of(Scope.all());
    }

    public static PartnershipCriteria of(Scope scope) {
        return new PartnershipCriteria(scope, null, null, null, null, null, null, null, null, null, null);
    }

    /**
     * The criteria of a list table: its column filters by field name ({@code title}, {@code country},
     * {@code status}, {@code type}, {@code domain}, {@code partnerType}, {@code organisation}) and its
     * global search; other names are ignored. Empty when a filter can match nothing (an unknown type).
     */
    public static Optional<PartnershipCriteria> fromTable(Scope scope, Map<String, String> filters, String text) {
        return TableFilters.read(filters, f -> new PartnershipCriteria(scope, text, f.text("title"), f.text("country"),
                f.text("status"), f.constant("type", PartnershipType.class), f.text("domain"), f.text("partnerType"),
                f.id("organisation"), f.constant("stage", PipelineStage.class),
                f.constant("health", PartnershipHealth.Status.class)));
    }
}
