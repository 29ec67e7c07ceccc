package org.ddmsportal.web.organisations;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ddmsportal.application.picker.Picker;
import org.ddmsportal.application.registry.OrganisationForm;
import org.ddmsportal.application.registry.OrganisationService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.web.shared.Ids;
import org.ddmsportal.web.shared.Picks;
import org.ddmsportal.web.shared.Texts;
import org.omnifaces.util.Faces;

/**
 * /app/organisations/edit[?id=…]: create or change an organisation. The form lives as long as
 * the page, so a refused save (conflict, scope, bad reference) keeps everything the user typed.
 */
@Named
@ViewScoped
public class OrganisationEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationService service;

    @Inject
    CurrentActor currentActor;

    @Inject
    Picks picks;

    private Long id;
    private String idParam;
    private OrganisationForm form;
    private String title;

    /** viewAction: prepares the form once per page. */
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
            if (!service.mayCreate(currentActor.get())) {
                Faces.responseSendError(403, "not allowed");
                return;
            }
            form = new OrganisationForm();
            form.setCountryCode(currentActor.get().countryCode());
            title = Texts.get("organisation.new");
            return;
        }
        Organisation organisation = service.find(currentActor.get(), id).orElse(null);
        if (organisation == null) {
            Faces.responseSendError(404, "not found");
            return;
        }
        if (!service.mayEdit(currentActor.get(), organisation)) {
            Faces.responseSendError(403, "not allowed");
            return;
        }
        form = OrganisationForm.of(organisation);
        title = organisation.getLabel();
    }

    public String save() {
        return Texts.attempt(() -> {
            if (id == null) {
                id = service.create(currentActor.get(), form);
                Texts.info("organisation.created");
            } else {
                service.update(currentActor.get(), id, form);
                Texts.info("saved");
            }
            return "/app/organisations/view?faces-redirect=true&id=" + id;
        });
    }

    public String delete() {
        return Texts.attempt(() -> {
            service.delete(currentActor.get(), id, form.getVersion());
            Texts.info("deleted");
            return "/app/organisations/list?faces-redirect=true";
        });
    }

    public Long getId() {
        return id;
    }

    /** The {@code id} URL parameter as given; see {@link Ids}. */
    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public OrganisationForm getForm() {
        return form;
    }

    public String getTitle() {
        return title;
    }

    public boolean isNew() {
        return id == null;
    }

    /** Possible parents: organisations of the chosen country (none before a country is chosen), not itself. */
    public List<Long> completeParent(String text) {
        if (form == null || form.getCountryCode() == null || form.getCountryCode().isBlank()) {
            return List.of();
        }
        return picks.complete(Picker.ORGANISATION, text, form.getCountryCode()).stream()
                .filter(o -> !o.equals(id)).toList();
    }
}
