package org.ddmsportal.web.partnerships;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.ddmsportal.application.partnership.PartnershipForm;
import org.ddmsportal.domain.partnership.PartnerRole;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.partnership.PartnershipType;
import org.ddmsportal.domain.partnership.Resource;
import org.ddmsportal.web.shared.EditPage;

/** /app/partnerships/edit[?id=…]: record or change a partnership and its partners. */
@Named
@ViewScoped
public class PartnershipEditBacking extends EditPage<Partnership, PartnershipForm> {

    private static final long serialVersionUID = 1L;

    public PartnershipEditBacking() {
        super("partnerships", "partnership", PartnershipForm::new, PartnershipForm::of, Partnership::getTitle);
    }

    @Override
    protected void prepareNew(PartnershipForm form) {
        form.setType(PartnershipType.STRATEGIC);
    }

    public void addPartner() {
        getForm().getPartners().add(new PartnershipForm.PartnerRow());
    }

    public void removePartner(PartnershipForm.PartnerRow row) {
        getForm().getPartners().remove(row);
    }

    public PartnershipType[] getTypes() {
        return PartnershipType.values();
    }

    public PartnerRole[] getRoles() {
        return PartnerRole.values();
    }

    public Resource[] getResources() {
        return Resource.values();
    }
}
