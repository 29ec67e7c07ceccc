package org.ddmsportal.web.contacts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.ddmsportal.domain.contact.Contact;
import org.ddmsportal.web.shared.ViewPage;

/** /app/contacts/view?id=…: one contact and their history. */
@Named
@RequestScoped
public class ContactViewBacking extends ViewPage<Contact> {

    private static final long serialVersionUID = 1L;

    public ContactViewBacking() {
        super("contacts");
    }

    public Contact getContact() {
        return record();
    }
}
