package org.ddmsportal.application.partnership;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ddmsportal.application.editing.WorkflowEditingService;
import org.ddmsportal.application.editing.Listing;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.InvalidInputException;
import org.ddmsportal.application.workflow.WorkflowEngine;
import org.ddmsportal.domain.data.DatasetRepository;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.organisation.OrganisationRepository;
import org.ddmsportal.domain.organisation.RegistryPolicy;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.partnership.PartnershipCriteria;
import org.ddmsportal.domain.partnership.PartnershipPolicy;
import org.ddmsportal.domain.partnership.PartnershipRepository;
import org.ddmsportal.domain.partnership.Resource;
import org.ddmsportal.domain.reference.OrganisationType;
import org.ddmsportal.domain.reference.PolicyDomain;
import org.ddmsportal.domain.reference.ReferenceRepository;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Scope;

/**
 * Use cases of partnerships. Everyone signed in reads them, a partner's contact only those their
 * organisation takes part in ({@link PartnershipPolicy}); administrators and the NSI users
 * of the lead organisation's country record and change them; lifecycle moves go through the
 * {@link WorkflowEngine} with the roles of {@code workflows/partnership.json}.
 */
@ApplicationScoped
@Transactional
public class PartnershipService
        extends WorkflowEditingService<Partnership, PartnershipForm, PartnershipCriteria> {

    @Inject
    PartnershipRepository partnerships;

    @Inject
    OrganisationRepository organisations;

    @Inject
    ReferenceRepository reference;

    @Inject
    DatasetRepository datasets;

    public PartnershipService() {
        super(Partnership::getTitle, PartnershipPolicy::mayRead, countryManagers(Partnership::getCountry),
                Listing.scoped(PartnershipPolicy::listScope, PartnershipCriteria::fromTable,
                        PartnershipCriteria::withScope), Partnership.WORKFLOW);
    }

    @Override
    protected PartnershipRepository records() {
        return partnerships;
    }

    /**
     * Partnerships per status, in the lifecycle's order: of the actor's country for NSI users, of
     * all countries for administrators and coordinators, and for a contact those their organisation
     * takes part in ({@link PartnershipPolicy}: a contact does not count a country's partnerships).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> statusCounts(@NotNull Actor actor) {
        var counts = partnerships.countByStatus(Scope.of(actor));
        Map<String, Long> ordered = new LinkedHashMap<>();
        for (String state : states()) {
            ordered.put(state, counts.getOrDefault(state, 0L));
        }
        return ordered;
    }

    @Override
    public long create(@NotNull Actor actor, @NotNull @Valid PartnershipForm form) {
        Organisation lead = lead(actor, form.getLeadId());
        Partnership partnership = new Partnership(form.getTitle(), lead, form.getType(),
                workflow.initialState(Partnership.WORKFLOW));
        apply(partnership, form);
        return add(actor, partnership, partnerships::add);
    }

    @Override
    protected void revise(Actor actor, Partnership partnership, PartnershipForm form) {
        Organisation lead = lead(actor, form.getLeadId());
        boolean moved = !lead.getCountry().equals(partnership.getCountry());
        partnership.retitle(form.getTitle());
        partnership.leadBy(lead);
        apply(partnership, form);
        if (moved) {
            datasets.relocateFor(partnership);
        }
    }

    private void apply(Partnership partnership, PartnershipForm form) {
        Set<PolicyDomain> domains = new LinkedHashSet<>();
        for (String code : form.getDomainCodes()) {
            domains.add(reference.policyDomain(code).orElseThrow(() -> new InvalidInputException("error.unknownDomain")));
        }
        partnership.classify(form.getType(), domains);
        partnership.leadBrings(Resource.setOf(form.getLeadResources()));
        List<Partnership.PartnerEntry> entries = new ArrayList<>();
        for (PartnershipForm.PartnerRow row : form.getPartners()) {
            Organisation organisation = organisations.find(row.getOrganisationId())
                    .orElseThrow(() -> new InvalidInputException("error.unknownOrganisation"));
            entries.add(new Partnership.PartnerEntry(organisation, row.getRole(),
                    Resource.setOf(row.getResources())));
        }
        try {
            partnership.replacePartners(entries);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.partnership.partners");
        }
        try {
            partnership.describe(form.getObjectives(), form.getExpectedValue(), form.getStartDate(),
                    form.getEndDate(), form.getNotes());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.partnership.dates").at("endDate");
        }
    }

    /** The lead organisation: a statistical office of a country the actor manages. */
    private Organisation lead(Actor actor, Long id) {
        Organisation lead = id == null ? null : organisations.find(id).orElse(null);
        if (lead == null) {
            throw new InvalidInputException("error.unknownOrganisation");
        }
        String type = lead.getType().getCode();
        if (!OrganisationType.NSI.equals(type) && !OrganisationType.NSI_REGIONAL_OFFICE.equals(type)) {
            throw new InvalidInputException("error.partnership.leadNotNsi");
        }
        if (!RegistryPolicy.mayEditOrganisationsOf(actor, lead.getCountry())) {
            throw new AccessDeniedException();
        }
        return lead;
    }
}
