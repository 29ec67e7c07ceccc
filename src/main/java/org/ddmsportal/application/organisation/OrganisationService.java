package org.ddmsportal.application.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import org.ddmsportal.application.editing.EditingService;
import org.ddmsportal.application.editing.Listing;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.DuplicateException;
import org.ddmsportal.application.shared.InvalidInputException;
import org.ddmsportal.domain.data.DatasetRepository;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.organisation.OrganisationCriteria;
import org.ddmsportal.domain.organisation.OrganisationRepository;
import org.ddmsportal.domain.organisation.RegistryPolicy;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.reference.OrganisationType;
import org.ddmsportal.domain.reference.ReferenceRepository;
import org.ddmsportal.domain.shared.Actor;
import org.ddmsportal.domain.shared.Coordinates;

/**
 * Use cases of the organisation registry. Reading is open to every signed-in user; changes
 * follow {@link RegistryPolicy}. Each change is one transaction with its audit entry.
 */
@ApplicationScoped
@Transactional
public class OrganisationService extends EditingService<Organisation, OrganisationForm, OrganisationCriteria> {

    @Inject
    OrganisationRepository organisations;

    @Inject
    ReferenceRepository reference;

    @Inject
    DatasetRepository datasets;

    /** Everyone signed in reads the registry. */
    public OrganisationService() {
        super(Organisation::getLabel, (actor, organisation) -> true, RegistryPolicy::mayEdit,
                Listing.open(OrganisationCriteria::fromTable));
    }

    @Override
    protected OrganisationRepository records() {
        return organisations;
    }

    @Override
    public long create(@NotNull Actor actor, @NotNull @Valid OrganisationForm form) {
        Country country = country(actor, form.getCountryCode());
        String code = blankToNull(form.getCode());
        if (code != null && organisations.findByCode(code).isPresent()) {
            throw new DuplicateException("code");
        }
        Organisation organisation = new Organisation(code, form.getName(), type(form.getTypeCode()), country);
        organisation.rename(form.getName(), form.getAcronym());   // the acronym was dropped on creation
        apply(organisation, form);
        return add(actor, organisation, organisations::add);
    }

    @Override
    protected void revise(Actor actor, Organisation organisation, OrganisationForm form) {
        // the code is given once (the page shows it fixed); another one sent was ignored without a word
        String code = blankToNull(form.getCode());
        if (organisation.getCode() != null && code != null && !code.equals(organisation.getCode())) {
            throw new InvalidInputException("error.organisation.codeFixed");
        }
        Country country = country(actor, form.getCountryCode());
        boolean moved = !country.equals(organisation.getCountry());
        boolean renamed = !organisation.getName().equals(form.getName());
        organisation.rename(form.getName(), form.getAcronym());
        organisation.classify(type(form.getTypeCode()), country);
        apply(organisation, form);
        if (moved) {
            datasets.relocateFor(organisation);
        }
        if (renamed) {
            datasets.renameProvider(organisation);
        }
    }

    public void delete(@NotNull Actor actor, long id, long version) {
        Organisation organisation = get(actor, id);
        requireEdit(actor, organisation);
        delete(actor, organisation, version, organisations::countReferences, organisations::remove);
    }

    private void apply(Organisation organisation, OrganisationForm form) {
        Organisation parent = null;
        if (form.getParentId() != null) {
            parent = organisations.find(form.getParentId())
                    .orElseThrow(() -> new InvalidInputException("error.unknownParent"));
            if (!parent.getCountry().equals(organisation.getCountry())) {
                throw new InvalidInputException("error.parentCountry");
            }
        }
        try {
            organisation.placeUnder(parent);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.parentCycle");
        }
        Coordinates coordinates = null;
        if (form.getLatitude() != null || form.getLongitude() != null) {
            if (form.getLatitude() == null || form.getLongitude() == null) {
                throw new InvalidInputException("error.coordinatesIncomplete");
            }
            coordinates = new Coordinates(form.getLatitude(), form.getLongitude());
        }
        organisation.locate(upper(form.getTerritorialCode()), form.getCity(), coordinates);
        organisation.describe(form.getWebsite(), form.getDescription());
    }

    /** The organisation's country, one the actor manages. */
    private Country country(Actor actor, String alpha2) {
        Country country = reference.country(alpha2 == null ? "" : alpha2.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new InvalidInputException("error.unknownCountry", alpha2));
        if (!RegistryPolicy.mayEditOrganisationsOf(actor, country)) {
            throw new AccessDeniedException();
        }
        return country;
    }

    private OrganisationType type(String code) {
        return reference.organisationType(code)
                .orElseThrow(() -> new InvalidInputException("error.unknownType", code));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }
}
