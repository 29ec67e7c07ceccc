package org.ddmsportal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ddmsportal.domain.contact.Contact;
import org.ddmsportal.domain.contact.ContactCriteria;
import org.ddmsportal.domain.contact.ContactRepository;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;

@ApplicationScoped
public class JpaContactRepository extends JpaStore implements ContactRepository {

    private static final ListQuery<Contact> LIST = ListQuery.of(Contact.class,
            "SELECT COUNT(k) FROM Contact k LEFT JOIN k.organisation o LEFT JOIN o.country c",
            "SELECT k FROM Contact k LEFT JOIN FETCH k.organisation o LEFT JOIN FETCH o.country c",
            Map.of("fullName", "k.fullName", "email", "k.email", "position", "k.position",
                    "organisation", "o.name", "country", "c.alpha2", "modifiedAt", "k.modifiedAt"),
            "k.fullName, k.id");

    @Override
    public Optional<Contact> find(long id) {
        return first("SELECT k FROM Contact k JOIN FETCH k.organisation o JOIN FETCH o.country"
                        + " WHERE k.id = :id", Contact.class, "id", id);
    }

    @Override
    public Optional<Contact> findByEmail(String email) {
        return first("SELECT k FROM Contact k WHERE k.email = :email",
                Contact.class, "email", email.toLowerCase(Locale.ROOT));
    }

    @Override
    public Page<Contact> search(ContactCriteria criteria, PageRequest request) {
        JpqlWhere where = new JpqlWhere()
                .contains(criteria.text(), "k.fullName", "k.email", "k.position", "o.name", "o.acronym")
                .contains(criteria.fullName(), "k.fullName")
                .contains(criteria.email(), "k.email")
                .contains(criteria.organisation(), "o.name", "o.acronym")
                .equal(criteria.organisationId(), "o.id")
                .equal(criteria.country(), "c.alpha2");
        return LIST.page(em, where, request);
    }

    @Override
    public void add(Contact contact) {
        insert(contact);
    }

    @Override
    public long countReferences(Contact contact) {
        return count("SELECT COUNT(ap) FROM AgreementParty ap WHERE ap.contact = :c", "c", contact);
    }

    @Override
    public void remove(Contact contact) {
        delete(contact);
        em.flush();
    }
}
