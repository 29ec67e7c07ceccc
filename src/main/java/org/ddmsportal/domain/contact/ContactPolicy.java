package org.ddmsportal.domain.contact;

import org.ddmsportal.domain.organisation.RegistryPolicy;
import org.ddmsportal.domain.shared.Actor;

/**
 * Who may change a contact record: whoever may edit the contacts of its organisation
 * ({@link RegistryPolicy}), and the contact themself (matched by e-mail). It lives beside
 * {@link Contact} rather than in {@link RegistryPolicy} because a contact belongs to an
 * organisation, not the other way round: the organisation package knows nothing of contacts.
 */
public final class ContactPolicy {

    private ContactPolicy() {
    }

    /** NSI users edit contacts of their country; a contact user edits only themself. */
    public static boolean mayEdit(Actor actor, Contact contact) {
        if (RegistryPolicy.mayEditContactsOf(actor, contact.getOrganisation())) {
            return true;
        }
        return actor.email() != null && actor.email().equalsIgnoreCase(contact.getEmail());
    }
}
