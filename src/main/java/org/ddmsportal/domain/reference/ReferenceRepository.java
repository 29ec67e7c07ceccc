package org.ddmsportal.domain.reference;

import java.util.List;
import java.util.Optional;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;

/** Countries and controlled lists. */
public interface ReferenceRepository {

    Optional<Country> country(String alpha2);

    /** Countries, filter {@code name} (any language) and {@code code}; sort {@code alpha2}, {@code name}. */
    Page<Country> countries(PageRequest request);

    List<Country> allCountries();

    Optional<OrganisationType> organisationType(String code);

    List<OrganisationType> organisationTypes();

    List<GsbpmPhase> gsbpmPhases();

    List<PolicyDomain> policyDomains();

    Optional<PolicyDomain> policyDomain(String code);

    void add(PolicyDomain domain);
}
