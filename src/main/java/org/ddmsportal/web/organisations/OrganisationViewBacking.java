package org.ddmsportal.web.organisations;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.application.audit.AuditService;
import org.ddmsportal.application.partnership.PartnershipService;
import org.ddmsportal.application.registry.ContactService;
import org.ddmsportal.application.registry.OrganisationService;
import org.ddmsportal.application.shared.CurrentActor;
import org.ddmsportal.domain.audit.AuditEntry;
import org.ddmsportal.domain.contact.Contact;
import org.ddmsportal.domain.contact.ContactCriteria;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.partnership.PartnershipCriteria;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.web.shared.Ids;
import org.omnifaces.util.Faces;

/** /app/organisations/view?id=…: one organisation, its contacts, its partnerships and its history. */
@Named
@RequestScoped
public class OrganisationViewBacking {

    @Inject
    OrganisationService service;

    @Inject
    ContactService contacts;

    @Inject
    AuditService audit;

    @Inject
    PartnershipService partnerships;

    @Inject
    CurrentActor currentActor;

    @Getter private Long id;
    @Setter private String idParam;
    @Getter private Organisation organisation;
    private List<Contact> contactList;
    @Getter private List<AuditEntry> history;
    private List<Partnership> partnershipList;

    /** viewAction: loads the record or answers 404. */
    public void load() {
        id = Ids.parse(idParam);
        organisation = id == null ? null : service.find(currentActor.get(), id).orElse(null);
        if (organisation == null) {
            Faces.responseSendError(404, "not found");
            return;
        }
        contactList = contacts.search(currentActor.get(), ContactCriteria.all().withOrganisation(id),
                new PageRequest(0, 100, "fullName", true, null, null)).rows();
        history = audit.history(currentActor.get(), organisation.auditType(), id);
        partnershipList = partnerships.search(currentActor.get(), PartnershipCriteria.all().withOrganisation(id),
                new PageRequest(0, 100, "title", true, null, null)).rows();
    }

    public boolean isMayEdit() {
        return organisation != null && service.mayEdit(currentActor.get(), organisation);
    }

    /** The {@code id} URL parameter as given; see {@link Ids}. */
    public String getIdParam() {
        return idParam;
    }

    public List<Contact> getContacts() {
        return contactList;
    }

    /** Partnerships the organisation leads or is a partner of. */
    public List<Partnership> getPartnerships() {
        return partnershipList;
    }
}
