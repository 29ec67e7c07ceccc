package org.ddmsportal.web.data;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.ddmsportal.application.data.DatasetForm;
import org.ddmsportal.application.data.DatasetService;
import org.ddmsportal.application.partnership.PartnershipService;
import org.ddmsportal.application.pilot.PilotService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.Confidentiality;
import org.ddmsportal.domain.data.DataFormat;
import org.ddmsportal.domain.data.Dataset;
import org.ddmsportal.domain.data.Granularity;
import org.ddmsportal.domain.data.Periodicity;
import org.ddmsportal.domain.data.SourceKind;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.pilot.Pilot;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.web.shared.Ids;
import org.ddmsportal.web.shared.Texts;
import org.omnifaces.util.Faces;

/** /app/datasets/edit[?id=…]: describe or change a dataset. */
@Named
@ViewScoped
public class DatasetEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DatasetService service;

    @Inject
    PartnershipService partnerships;

    @Inject
    PilotService pilots;

    @Inject
    CurrentActor currentActor;

    private String idParam;
    private Long id;
    private DatasetForm form;
    private String title;
    private transient List<Organisation> providerOptions;
    private transient List<Agreement> agreementOptions;
    private transient List<Partnership> partnershipOptions;
    private transient List<Pilot> pilotOptions;

    public void load() {
        if (form != null) {
            return;
        }
        id = Ids.parse(idParam);
        if (id == null && idParam != null && !idParam.isBlank()) {
            Faces.responseSendError(404, "not found");
            return;
        }
        if (id == null) {
            form = new DatasetForm();
            return;
        }
        Dataset dataset = service.find(currentActor.get(), id).orElse(null);
        if (dataset == null) {
            Faces.responseSendError(404, "not found");
            return;
        }
        form = DatasetForm.of(dataset);
        title = dataset.getTitle();
    }

    public String save() {
        return Texts.attempt(() -> {
            if (id == null) {
                id = service.create(currentActor.get(), form);
                Texts.info("dataset.created");
            } else {
                service.update(currentActor.get(), id, form);
                Texts.info("saved");
            }
            return "/app/datasets/view?faces-redirect=true&id=" + id;
        });
    }

    public List<Organisation> getProviderOptions() {
        if (providerOptions == null) {
            providerOptions = partnerships.partnerOptions(currentActor.get());
        }
        return providerOptions;
    }

    public List<Agreement> getAgreementOptions() {
        if (agreementOptions == null) {
            agreementOptions = service.agreementOptions(currentActor.get());
        }
        return agreementOptions;
    }

    public List<Partnership> getPartnershipOptions() {
        if (partnershipOptions == null) {
            var actor = currentActor.get();
            partnershipOptions = partnerships.search(actor, new PageRequest(0, 500, "title", true,
                    actor.isAdmin() || actor.countryCode() == null ? Map.of() : Map.of("country", actor.countryCode()),
                    null)).rows();
        }
        return partnershipOptions;
    }

    public List<Pilot> getPilotOptions() {
        if (pilotOptions == null) {
            pilotOptions = pilots.options(currentActor.get());
        }
        return pilotOptions;
    }

    public SourceKind[] getSourceKinds() {
        return SourceKind.values();
    }

    public Granularity[] getGranularities() {
        return Granularity.values();
    }

    public Periodicity[] getPeriodicities() {
        return Periodicity.values();
    }

    public Confidentiality[] getConfidentialities() {
        return Confidentiality.values();
    }

    public DataFormat[] getFormats() {
        return DataFormat.values();
    }

    public String getTitle() {
        return id == null ? Texts.get("dataset.new") : title;
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public DatasetForm getForm() {
        return form;
    }
}
