package org.ddmsportal.web.organisations;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.ddmsportal.application.partnership.PartnershipService;
import org.ddmsportal.application.contact.ContactService;
import org.ddmsportal.domain.contact.Contact;
import org.ddmsportal.domain.contact.ContactCriteria;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.partnership.PartnershipCriteria;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.web.shared.ViewPage;

/** /app/organisations/view?id=…: one organisation, its contacts, its partnerships and its history. */
@Named
@RequestScoped
public class OrganisationViewBacking extends ViewPage<Organisation> {

    private static final long serialVersionUID = 1L;

    @Inject
    ContactService contacts;

    @Inject
    PartnershipService partnerships;

    private transient List<Contact> contactList;
    private transient List<Partnership> partnershipList;

    public OrganisationViewBacking() {
        super("organisations");
    }

    @Override
    protected void loaded(Organisation organisation) {
        long id = getId();
        contactList = contacts.search(currentActor.get(), ContactCriteria.all().withOrganisationId(id),
                new PageRequest(0, 100, "fullName", true, null, null)).rows();
        partnershipList = partnerships.search(currentActor.get(), PartnershipCriteria.all().withOrganisationId(id),
                new PageRequest(0, 100, "title", true, null, null)).rows();
    }

    public Organisation getOrganisation() {
        return record();
    }

    public List<Contact> getContacts() {
        return contactList;
    }

    /** Partnerships the organisation leads or is a partner of. */
    public List<Partnership> getPartnerships() {
        return partnershipList;
    }
}
