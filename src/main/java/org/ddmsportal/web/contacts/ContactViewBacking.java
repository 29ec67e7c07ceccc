package org.ddmsportal.web.contacts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lombok.Getter;
import org.ddmsportal.application.audit.AuditService;
import org.ddmsportal.application.contact.ContactService;
import org.ddmsportal.application.shared.Editing;
import org.ddmsportal.domain.audit.AuditEntry;
import org.ddmsportal.domain.contact.Contact;
import org.ddmsportal.web.shared.ViewPage;

/** /app/contacts/view?id=…: one contact and their history. */
@Named
@RequestScoped
public class ContactViewBacking extends ViewPage<Contact> {

    private static final long serialVersionUID = 1L;

    @Inject
    ContactService service;

    @Inject
    AuditService audit;

    @Getter private transient List<AuditEntry> history;

    public ContactViewBacking() {
        super("contacts");
    }

    @Override
    protected Editing<Contact, ?> editing() {
        return service;
    }

    @Override
    protected void loaded(Contact contact) {
        history = audit.history(currentActor.get(), contact.auditType(), getId());
    }

    public Contact getContact() {
        return record();
    }
}
