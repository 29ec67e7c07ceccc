package org.ddmsportal.application.data;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.ddmsportal.application.editing.EditingService;
import org.ddmsportal.application.editing.Listing;
import org.ddmsportal.application.shared.InvalidInputException;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.AgreementRepository;
import org.ddmsportal.domain.data.Dataset;
import org.ddmsportal.domain.data.DatasetCriteria;
import org.ddmsportal.domain.data.DatasetPolicy;
import org.ddmsportal.domain.data.DatasetRepository;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.organisation.OrganisationRepository;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.partnership.PartnershipRepository;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.pilot.PilotRepository;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.shared.Actor;

/**
 * Use cases of datasets. Everyone signed in reads the catalogue's descriptions; administrators
 * and the NSI users of the dataset's country record and change them.
 */
@ApplicationScoped
@Transactional
public class DatasetService extends EditingService<Dataset, DatasetForm, DatasetCriteria> {

    @Inject
    DatasetRepository datasets;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AgreementRepository agreements;

    @Inject
    PartnershipRepository partnerships;

    @Inject
    PilotRepository pilots;

    public DatasetService() {
        super(Dataset::getTitle, DatasetPolicy::mayRead, countryManagers(Dataset::getCountry),
                Listing.scoped(DatasetPolicy::listScope, DatasetCriteria::fromTable, DatasetCriteria::withScope));
    }

    @Override
    protected DatasetRepository records() {
        return datasets;
    }

    @Override
    public long create(@NotNull Actor actor, @NotNull @Valid DatasetForm form) {
        Dataset dataset = new Dataset(form.getTitle(), provider(form.getProviderId()), form.getSourceKind());
        apply(dataset, form);
        requireEdit(actor, dataset);
        return add(actor, dataset, datasets::add);
    }

    @Override
    protected void revise(Actor actor, Dataset dataset, DatasetForm form) {
        dataset.retitle(form.getTitle());
        dataset.provideBy(provider(form.getProviderId()), form.getSourceKind());
        apply(dataset, form);
        requireEdit(actor, dataset);   // moved to another country's pilot or partnership
    }

    private void apply(Dataset dataset, DatasetForm form) {
        Agreement agreement = null;
        if (form.getAgreementId() != null) {
            agreement = agreements.find(form.getAgreementId())
                    .orElseThrow(() -> new InvalidInputException("error.dataset.unknownAgreement"));
            if (!agreement.isDataSharing()) {
                throw new InvalidInputException("error.dataset.notDataSharing");
            }
        }
        Partnership partnership = form.getPartnershipId() == null ? null : partnerships.find(form.getPartnershipId())
                .orElseThrow(() -> new InvalidInputException("error.dataset.unknownPartnership"));
        Pilot pilot = form.getPilotId() == null ? null : pilots.find(form.getPilotId())
                .orElseThrow(() -> new InvalidInputException("error.dataset.unknownPilot"));
        Country country = pilot != null ? pilot.getCountry()
                : partnership != null ? partnership.getCountry() : dataset.getProvider().getCountry();
        if (agreement != null && !agreement.getCountryCode().equals(country.getAlpha2())) {
            throw new InvalidInputException("error.dataset.agreementCountry");
        }
        dataset.governBy(agreement);
        dataset.producedBy(partnership, pilot);
        try {
            dataset.cover(form.getGranularity(), form.getTerritorialCoverage(), form.getTimeFrom(), form.getTimeTo(),
                    form.getPeriodicity());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.dataset.period").at("timeTo");
        }
        dataset.classify(form.getConfidentiality(), form.isPersonalData());
        dataset.distribute(form.getFormat(), form.getAccessUrl(), form.getDescription());
    }

    private Organisation provider(Long id) {
        return id == null ? null : organisations.find(id)
                .orElseThrow(() -> new InvalidInputException("error.unknownOrganisation"));
    }
}
