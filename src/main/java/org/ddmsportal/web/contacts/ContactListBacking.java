package org.ddmsportal.web.contacts;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.ddmsportal.application.contact.ContactService;
import org.ddmsportal.domain.contact.Contact;
import org.ddmsportal.domain.contact.ContactCriteria;
import org.ddmsportal.web.shared.ListPage;

/** /app/contacts/list: the people at the organisations, paged and filtered on the server. */
@Named
@ViewScoped
public class ContactListBacking extends ListPage<Contact> {

    private static final long serialVersionUID = 1L;

    @Inject
    ContactService service;

    @PostConstruct
    void init() {
        list(ContactCriteria.class, Contact::getId, service::search, service::mayCreate);
    }
}
