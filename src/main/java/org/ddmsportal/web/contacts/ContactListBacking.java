package org.ddmsportal.web.contacts;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import lombok.Getter;
import org.ddmsportal.application.registry.ContactService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.contact.Contact;
import org.ddmsportal.domain.contact.ContactCriteria;
import org.ddmsportal.web.shared.ListAddress;
import org.ddmsportal.web.shared.ServiceLazyModel;

/** /app/contacts/list: the people at the organisations, paged and filtered on the server. */
@Named
@ViewScoped
public class ContactListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContactService service;

    @Inject
    CurrentActor currentActor;

    @Getter private ServiceLazyModel<Contact> model;
    @Getter private ListAddress address;

    @PostConstruct
    void init() {
        address = ListAddress.of(ContactCriteria.class);
        model = new ServiceLazyModel<>(request -> service.search(currentActor.get(), request), Contact::getId, address);
    }

    public boolean isMayCreate() {
        return service.mayCreate(currentActor.get());
    }
}
