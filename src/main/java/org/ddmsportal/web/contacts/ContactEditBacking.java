package org.ddmsportal.web.contacts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import lombok.Setter;
import org.ddmsportal.application.contact.ContactForm;
import org.ddmsportal.application.contact.ContactService;
import org.ddmsportal.domain.contact.Contact;
import org.ddmsportal.web.shared.EditPage;
import org.ddmsportal.web.shared.Ids;

/** /app/contacts/edit[?id=…][&organisation=…]: create or change a contact; see OrganisationEditBacking. */
@Named
@ViewScoped
public class ContactEditBacking extends EditPage<Contact, ContactForm> {

    private static final long serialVersionUID = 1L;

    @Inject
    ContactService service;

    @Setter private String organisationParam;

    public ContactEditBacking() {
        super("contacts", "contact", ContactForm::new, ContactForm::of, Contact::getFullName);
    }

    @Override
    protected void prepareNew(ContactForm form) {
        form.setOrganisationId(Ids.parse(organisationParam));
    }

    public String delete() {
        return delete(service::delete, getForm().getVersion());
    }

    /** The {@code organisation} URL parameter: the organisation a new contact starts at. */
    public String getOrganisationParam() {
        return organisationParam;
    }
}
