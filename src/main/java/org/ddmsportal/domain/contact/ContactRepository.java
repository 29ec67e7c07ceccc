package org.ddmsportal.domain.contact;

import java.util.Optional;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.domain.shared.RecordRepository;

/**
 * The contacts, asked for by {@link ContactCriteria}; sort fields: {@code fullName}, {@code email},
 * {@code position}, {@code organisation}, {@code country}. Pages come with the organisation
 * and its country loaded.
 */
public interface ContactRepository extends RecordRepository<Contact, ContactCriteria> {

    Optional<Contact> find(long id);

    Optional<Contact> findByEmail(String email);

    /** One page of those the criteria ask for, sorted as the page request says (its filters are not read). */
    Page<Contact> search(ContactCriteria criteria, PageRequest page);

    void add(Contact contact);

    /** How many records refer to the contact (agreement parties it signs for). */
    long countReferences(Contact contact);

    void remove(Contact contact);
}
