package org.ddmsportal.web.organisations;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ddmsportal.application.picker.Picker;
import org.ddmsportal.application.organisation.OrganisationForm;
import org.ddmsportal.application.organisation.OrganisationService;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.web.shared.EditPage;
import org.ddmsportal.web.shared.Picks;

/**
 * /app/organisations/edit[?id=…]: create or change an organisation. The form lives as long as
 * the page, so a refused save (conflict, scope, bad reference) keeps everything the user typed.
 */
@Named
@ViewScoped
public class OrganisationEditBacking extends EditPage<Organisation, OrganisationForm> {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationService service;

    @Inject
    Picks picks;

    public OrganisationEditBacking() {
        super("organisations", "organisation", OrganisationForm::new, OrganisationForm::of, Organisation::getLabel);
    }

    @Override
    protected void prepareNew(OrganisationForm form) {
        form.setCountryCode(currentActor.get().countryCode());
    }

    public String delete() {
        return delete(service::delete, getForm().getVersion());
    }

    /** Possible parents: organisations of the chosen country (none before a country is chosen), not itself. */
    public List<Long> completeParent(String text) {
        OrganisationForm form = getForm();
        if (form == null || form.getCountryCode() == null || form.getCountryCode().isBlank()) {
            return List.of();
        }
        return picks.complete(Picker.ORGANISATION, text, form.getCountryCode()).stream()
                .filter(o -> !o.equals(getId())).toList();
    }
}
