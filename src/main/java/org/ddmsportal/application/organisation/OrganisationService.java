package org.ddmsportal.application.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import java.util.Optional;
import org.ddmsportal.application.editing.EditingService;
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
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;

/**
 * Use cases of the organisation registry. Reading is open to every signed-in user; changes
 * follow {@link RegistryPolicy}. Each change is one transaction with its audit entry.
 */
@ApplicationScoped
@Transactional
public class OrganisationService extends EditingService<Organisation, OrganisationForm> {

    @Inject
    OrganisationRepository organisations;

    @Inject
    ReferenceRepository reference;

    @Inject
    DatasetRepository datasets;

    public OrganisationService() {
        super(Organisation::getLabel);
    }

    /** A list table's page: its column filters read by {@link OrganisationCriteria#fromTable}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Organisation> search(@NotNull Actor actor, @NotNull PageRequest request) {
        return search(actor, OrganisationCriteria.fromTable(request.filters(), request.search()), request);
    }

    /** The organisations the criteria ask for, one page sorted as the request says. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Organisation> search(@NotNull Actor actor, @NotNull OrganisationCriteria criteria,
            @NotNull PageRequest page) {
        return organisations.search(criteria, page);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Organisation> find(@NotNull Actor actor, long id) {
        return organisations.find(id);
    }

    /** Whether the actor may change this organisation (for showing the edit actions). */
    @Override
    public boolean mayEdit(@NotNull Actor actor, @NotNull Organisation organisation) {
        return RegistryPolicy.mayEdit(actor, organisation);
    }

    @Override
    public long create(@NotNull Actor actor, @NotNull @Valid OrganisationForm form) {
        Country country = country(form.getCountryCode());
        if (!RegistryPolicy.mayEditOrganisationsOf(actor, country)) {
            throw new AccessDeniedException();
        }
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
    public void update(@NotNull Actor actor, long id, @NotNull @Valid OrganisationForm form) {
        change(actor, id, form.getVersion(), organisation -> {
            Country country = country(form.getCountryCode());
            if (!RegistryPolicy.mayEditOrganisationsOf(actor, country)) {
                throw new AccessDeniedException();
            }
            boolean moved = !country.equals(organisation.getCountry());
            organisation.rename(form.getName(), form.getAcronym());
            organisation.classify(type(form.getTypeCode()), country);
            apply(organisation, form);
            if (moved) {
                datasets.relocateFor(organisation);
            }
        });
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

    private Country country(String alpha2) {
        return reference.country(alpha2 == null ? "" : alpha2.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new InvalidInputException("error.unknownCountry", alpha2));
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
