package org.ddmsportal.web.contacts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.ddmsportal.application.registry.ContactForm;
import org.ddmsportal.application.registry.ContactService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.contact.Contact;
import org.ddmsportal.web.shared.Ids;
import org.ddmsportal.web.shared.Texts;
import org.omnifaces.util.Faces;

/** /app/contacts/edit[?id=…][&organisation=…]: create or change a contact; see OrganisationEditBacking. */
@Named
@ViewScoped
public class ContactEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContactService service;

    @Inject
    CurrentActor currentActor;

    private Long id;
    private String idParam;
    private String organisationParam;
    private ContactForm form;
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
            form = new ContactForm();
            form.setOrganisationId(Ids.parse(organisationParam));
            title = Texts.get("contact.new");
            return;
        }
        Contact contact = service.find(currentActor.get(), id).orElse(null);
        if (contact == null) {
            Faces.responseSendError(404, "not found");
            return;
        }
        if (!service.mayEdit(currentActor.get(), contact)) {
            Faces.responseSendError(403, "not allowed");
            return;
        }
        form = ContactForm.of(contact);
        title = contact.getFullName();
    }

    public String save() {
        return Texts.attempt(() -> {
            if (id == null) {
                id = service.create(currentActor.get(), form);
                Texts.info("contact.created");
            } else {
                service.update(currentActor.get(), id, form);
                Texts.info("saved");
            }
            return "/app/contacts/view?faces-redirect=true&id=" + id;
        });
    }

    public String delete() {
        return Texts.attempt(() -> {
            service.delete(currentActor.get(), id, form.getVersion());
            Texts.info("deleted");
            return "/app/contacts/list?faces-redirect=true";
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

    /** The {@code organisation} URL parameter: the organisation a new contact starts at. */
    public String getOrganisationParam() {
        return organisationParam;
    }

    public void setOrganisationParam(String organisationParam) {
        this.organisationParam = organisationParam;
    }

    public ContactForm getForm() {
        return form;
    }

    public String getTitle() {
        return title;
    }

    public boolean isNew() {
        return id == null;
    }
}
