package org.ddmsportal.web.partnerships;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.ddmsportal.application.partnership.PartnershipForm;
import org.ddmsportal.application.partnership.PartnershipService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.partnership.PartnerRole;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.partnership.PartnershipType;
import org.ddmsportal.domain.partnership.Resource;
import org.ddmsportal.web.shared.Ids;
import org.ddmsportal.web.shared.Texts;
import org.omnifaces.util.Faces;

/** /app/partnerships/edit[?id=…]: record or change a partnership and its partners. */
@Named
@ViewScoped
public class PartnershipEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PartnershipService service;

    @Inject
    CurrentActor currentActor;

    private String idParam;
    private Long id;
    private PartnershipForm form;
    private String title;

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
            form = new PartnershipForm();
            form.setType(PartnershipType.STRATEGIC);
            return;
        }
        Partnership partnership = service.find(currentActor.get(), id).orElse(null);
        if (partnership == null) {
            Faces.responseSendError(404, "not found");
            return;
        }
        if (!service.mayEdit(currentActor.get(), partnership)) {
            Faces.responseSendError(403, "not allowed");
            return;
        }
        form = PartnershipForm.of(partnership);
        title = partnership.getTitle();
    }

    public void addPartner() {
        form.getPartners().add(new PartnershipForm.PartnerRow());
    }

    public void removePartner(PartnershipForm.PartnerRow row) {
        form.getPartners().remove(row);
    }

    public String save() {
        return Texts.attempt(() -> {
            if (id == null) {
                id = service.create(currentActor.get(), form);
                Texts.info("partnership.created");
            } else {
                service.update(currentActor.get(), id, form);
                Texts.info("saved");
            }
            return "/app/partnerships/view?faces-redirect=true&id=" + id;
        });
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

    public String getTitle() {
        return id == null ? Texts.get("partnership.new") : title;
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

    public PartnershipForm getForm() {
        return form;
    }
}
