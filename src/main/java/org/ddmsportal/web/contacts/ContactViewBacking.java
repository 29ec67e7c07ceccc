package org.ddmsportal.web.contacts;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.application.audit.AuditService;
import org.ddmsportal.application.registry.ContactService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.audit.AuditEntry;
import org.ddmsportal.domain.contact.Contact;
import org.ddmsportal.web.shared.Ids;
import org.omnifaces.util.Faces;

/** /app/contacts/view?id=…: one contact and their history. */
@Named
@RequestScoped
public class ContactViewBacking {

    @Inject
    ContactService service;

    @Inject
    AuditService audit;

    @Inject
    CurrentActor currentActor;

    @Getter private Long id;
    @Setter private String idParam;
    @Getter private Contact contact;
    @Getter private List<AuditEntry> history;

    public void load() {
        id = Ids.parse(idParam);
        contact = id == null ? null : service.find(currentActor.get(), id).orElse(null);
        if (contact == null) {
            Faces.responseSendError(404, "not found");
            return;
        }
        history = audit.history(currentActor.get(), contact.auditType(), id);
    }

    public boolean isMayEdit() {
        return contact != null && service.mayEdit(currentActor.get(), contact);
    }

    /** The {@code id} URL parameter as given; see {@link Ids}. */
    public String getIdParam() {
        return idParam;
    }
}
