package org.ddmsportal.domain.contact;

import java.util.Optional;
import org.ddmsportal.domain.shared.AggregateRepository;

/**
 * The contacts, asked for by {@link ContactCriteria}; sort fields: {@code fullName}, {@code email},
 * {@code position}, {@code organisation}, {@code country}. Pages come with the organisation
 * and its country loaded.
 */
public interface ContactRepository extends AggregateRepository<Contact, ContactCriteria> {

    Optional<Contact> findByEmail(String email);

    /** How many records refer to the contact (agreement parties it signs for). */
    long countReferences(Contact contact);

    void remove(Contact contact);
}
