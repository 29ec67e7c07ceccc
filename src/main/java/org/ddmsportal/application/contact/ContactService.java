package org.ddmsportal.application.contact;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.HashSet;
import java.util.Locale;
import org.ddmsportal.application.editing.EditingService;
import org.ddmsportal.application.editing.Listing;
import org.ddmsportal.application.shared.AccessDeniedException;
import org.ddmsportal.application.shared.DuplicateException;
import org.ddmsportal.application.shared.InvalidInputException;
import org.ddmsportal.domain.contact.Contact;
import org.ddmsportal.domain.contact.ContactCriteria;
import org.ddmsportal.domain.contact.ContactPolicy;
import org.ddmsportal.domain.contact.ContactRepository;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.organisation.OrganisationRepository;
import org.ddmsportal.domain.organisation.RegistryPolicy;
import org.ddmsportal.domain.shared.Actor;

/**
 * Use cases of the contact registry. NSI users keep the contacts of their country; a user with
 * the contact role keeps their own record, and may not move it to another organisation.
 */
@ApplicationScoped
@Transactional
public class ContactService extends EditingService<Contact, ContactForm, ContactCriteria> {

    @Inject
    ContactRepository contacts;

    @Inject
    OrganisationRepository organisations;

    /** Everyone signed in reads the registry. */
    public ContactService() {
        super(Contact::getFullName, (actor, contact) -> true, ContactPolicy::mayEdit,
                Listing.open(ContactCriteria::fromTable));
    }

    @Override
    protected ContactRepository records() {
        return contacts;
    }

    @Override
    public long create(@NotNull Actor actor, @NotNull @Valid ContactForm form) {
        Organisation organisation = organisation(form.getOrganisationId());
        if (!RegistryPolicy.mayEditContactsOf(actor, organisation)) {
            throw new AccessDeniedException();
        }
        ensureEmailFree(form.getEmail(), null);
        Contact contact = new Contact(form.getFullName(), form.getEmail(), organisation);
        apply(contact, form);
        return add(actor, contact, contacts::add);
    }

    @Override
    protected void revise(Actor actor, Contact contact, ContactForm form) {
        Organisation organisation = organisation(form.getOrganisationId());
        boolean moves = !organisation.equals(contact.getOrganisation());
        if (moves && !RegistryPolicy.mayEditContactsOf(actor, organisation)) {
            throw new AccessDeniedException();
        }
        ensureEmailFree(form.getEmail(), contact);
        contact.rename(form.getFullName());
        contact.changeEmail(form.getEmail());
        contact.moveTo(organisation);
        apply(contact, form);
    }

    public void delete(@NotNull Actor actor, long id, long version) {
        Contact contact = get(actor, id);
        if (!RegistryPolicy.mayEditContactsOf(actor, contact.getOrganisation())) {
            throw new AccessDeniedException();
        }
        delete(actor, contact, version, contacts::countReferences, contacts::remove);
    }

    private void apply(Contact contact, ContactForm form) {
        contact.reachAt(form.getPhone(), form.getPosition());
        try {
            contact.speak(new HashSet<>(form.getLanguages()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("error.unknownLanguage");
        }
    }

    private void ensureEmailFree(String email, Contact self) {
        contacts.findByEmail(email.strip().toLowerCase(Locale.ROOT))
                .filter(other -> !other.equals(self))
                .ifPresent(other -> {
                    throw new DuplicateException("email");
                });
    }

    private Organisation organisation(Long id) {
        if (id == null) {
            throw new InvalidInputException("error.unknownOrganisation");
        }
        return organisations.find(id).orElseThrow(() -> new InvalidInputException("error.unknownOrganisation"));
    }
}
