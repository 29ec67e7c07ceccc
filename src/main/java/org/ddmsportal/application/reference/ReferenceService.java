package org.ddmsportal.application.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import org.ddmsportal.application.audit.AuditTrail;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.DuplicateException;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.reference.GsbpmPhase;
import org.ddmsportal.domain.reference.OrganisationType;
import org.ddmsportal.domain.reference.PolicyDomain;
import org.ddmsportal.domain.reference.ReferenceRepository;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;

/** Reading the reference data; administrators add policy domains. */
@ApplicationScoped
@Transactional
public class ReferenceService {

    @Inject
    ReferenceRepository reference;

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Country> countries(PageRequest request) {
        return reference.countries(request);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Country> allCountries() {
        return reference.allCountries();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrganisationType> organisationTypes() {
        return reference.organisationTypes();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GsbpmPhase> gsbpmPhases() {
        return reference.gsbpmPhases();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PolicyDomain> policyDomains() {
        return reference.policyDomains();
    }

    public void addPolicyDomain(@NotNull Actor actor, @NotNull @Valid TermForm form) {
        if (!actor.isAdmin()) {
            throw new AccessDeniedException();
        }
        String code = form.getCode().strip().toUpperCase(Locale.ROOT);
        if (reference.policyDomain(code).isPresent()) {
            throw new DuplicateException("code");
        }
        int order = reference.policyDomains().stream().mapToInt(PolicyDomain::getSortOrder).max().orElse(0) + 10;
        PolicyDomain domain = new PolicyDomain(code,
                form.localizedName(), order);
        audit.created(actor, domain, domain.getName().getEn(), reference::add);
    }
}
