package org.ddmsportal.web.datasets;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ddmsportal.application.data.DatasetService;
import org.ddmsportal.domain.agreement.AgreementPolicy;
import org.ddmsportal.domain.agreement.Confidentiality;
import org.ddmsportal.domain.data.Dataset;
import org.ddmsportal.domain.data.DatasetCriteria;
import org.ddmsportal.domain.data.SourceKind;
import org.ddmsportal.web.shared.ListPage;
import org.ddmsportal.web.shared.Texts;

/** /app/datasets/list: datasets, filtered by country, source kind, confidentiality and lapsed agreements. */
@Named
@ViewScoped
public class DatasetListBacking extends ListPage<Dataset> {

    private static final long serialVersionUID = 1L;

    @Inject
    DatasetService service;

    @PostConstruct
    void init() {
        list(DatasetCriteria.class, Dataset::getId, service::search, service::mayCreate);
    }

    /**
     * What the row's agreement column shows: the reference to readers of every agreement of its
     * country ({@link AgreementPolicy#readsAllOf}, no query per row), "(not visible to you)" to
     * others (a party's contact finds it on the dataset's page), nothing without an agreement.
     */
    public String agreementReference(Dataset d) {
        if (d.getAgreement() == null) {
            return "";
        }
        return AgreementPolicy.readsAllOf(currentActor.get(), d.getAgreement().getCountryCode())
                ? d.getAgreement().getReference() : Texts.get("lineage.restricted");
    }

    public SourceKind[] getSourceKinds() {
        return SourceKind.values();
    }

    public Confidentiality[] getConfidentialities() {
        return Confidentiality.values();
    }
}
