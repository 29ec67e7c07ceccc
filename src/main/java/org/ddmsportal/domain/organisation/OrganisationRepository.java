package org.ddmsportal.domain.organisation;

import java.util.List;
import java.util.Optional;
import org.ddmsportal.domain.shared.AggregateRepository;

/**
 * The organisations, asked for by {@link OrganisationCriteria}; sort fields: {@code name}, {@code acronym},
 * {@code type}, {@code country}, {@code city}, {@code modifiedAt}. Pages come with type,
 * country and parent loaded (one query per page, not one per row).
 */
public interface OrganisationRepository extends AggregateRepository<Organisation, OrganisationCriteria> {

    Optional<Organisation> findByCode(String code);

    /** How many records refer to the organisation (child organisations, contacts, partnerships, …). */
    long countReferences(Organisation organisation);

    /** Organisations whose territorial code (NUTS/LAU) is one of these, with coordinates (for maps). */
    List<Organisation> withTerritorialCodes(java.util.Collection<String> codes);

    void remove(Organisation organisation);
}
