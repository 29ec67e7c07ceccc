package org.ddmsportal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.agreement.AgreementCriteria;
import org.ddmsportal.domain.agreement.AgreementDocument;
import org.ddmsportal.domain.agreement.AgreementRepository;
import org.ddmsportal.domain.agreement.DocumentKind;
import org.ddmsportal.domain.shared.Page;
import org.ddmsportal.domain.shared.PageRequest;
import org.ddmsportal.domain.shared.Scope;

@ApplicationScoped
public class JpaAgreementRepository extends JpaStore implements AgreementRepository {

    /** The reference is unique: no tie-break, so the index gives the order. */
    private static final ListQuery<Agreement> LIST = ListQuery.of(Agreement.class,
            "SELECT COUNT(a) FROM Agreement a LEFT JOIN a.partnership p", "SELECT a FROM Agreement a LEFT JOIN FETCH a.partnership p",
            Map.of("reference", "a.reference", "title", "a.title", "status", "a.status", "kind", "a.kind",
                    "effectiveDate", "a.effectiveDate", "expiryDate", "a.expiryDate", "modifiedAt", "a.modifiedAt",
                    "country", "a.countryCode"),
            "a.reference DESC", "a.parties", "a.parties.organisation", "a.parties.contact");

    @Override
    public Optional<Agreement> find(long id) {
        // with the parties its page lists with their organisation and signatory: one statement, not two per party
        return em.createQuery("SELECT a FROM Agreement a JOIN FETCH a.partnership"
                        + " LEFT JOIN FETCH a.parties pt WHERE a.id = :id ORDER BY pt.signOrder, pt.id",
                        Agreement.class)
                .setHint(JpqlWhere.LEFT_FETCH, "a.parties.organisation").setHint(JpqlWhere.LEFT_FETCH, "a.parties.contact")
                .setParameter("id", id).getResultList().stream().findFirst();
    }

    @Override
    public Optional<Agreement> findByReference(String reference) {
        return first("SELECT a FROM Agreement a WHERE a.reference = :r", Agreement.class, "r", reference);
    }

    /** Today, or today plus {@code days} ({@code offset} null) — null when no filter. */
    private java.time.LocalDate days(Integer days, Integer offset) {
        if (days == null) {
            return null;
        }
        return today().plusDays(offset == null ? days : offset);
    }

    @Override
    public Page<Agreement> search(AgreementCriteria criteria, PageRequest page) {
        Scope scope = criteria.scope();
        // an NSI user's list is their country's, whatever the country filter says
        String country = scope.reach() == Scope.Reach.COUNTRY ? scope.ownCountry() : criteria.country();
        boolean party = scope.reach() == Scope.Reach.PARTY;
        JpqlWhere where = new JpqlWhere()
                .contains(criteria.text(), "a.reference", "a.title", "p.title")
                .contains(criteria.reference(), "a.reference")
                .contains(criteria.title(), "a.title")
                .equal(country, "a.countryCode")
                .equal(criteria.status(), "a.status")
                .equal(criteria.kind(), "a.kind")
                .condition(criteria.partnershipId(), "p.id = :%1$s")
                .condition(criteria.partyEmail(),
                        "EXISTS (SELECT ap FROM AgreementParty ap WHERE ap.agreement = a"
                                + " AND LOWER(ap.contact.email) = :%1$s)")
                .condition(party ? Scope.orNone(scope.organisationCode()) : null,
                        party ? Scope.orNone(scope.email()).toLowerCase(Locale.ROOT) : null,
                        "EXISTS (SELECT ap FROM AgreementParty ap LEFT JOIN ap.contact k WHERE ap.agreement = a"
                                + " AND (ap.organisation.code = :%1$s OR LOWER(k.email) = :%2$s))")
                // the dashboards' click-throughs: the same conditions as JpaDashboardRepository.agreementDeadlines
                .condition(criteria.signed() || criteria.expiringWithinDays() != null || criteria.reviewWithinDays() != null
                        ? Agreement.SIGNED : null, "a.status IN (:%1$s, '" + Agreement.ACTIVE + "')")
                .condition(days(criteria.expiringWithinDays(), 0), days(criteria.expiringWithinDays(), null),
                        "a.expiryDate BETWEEN :%1$s AND :%2$s")
                .condition(days(criteria.reviewWithinDays(), null), "a.reviewDate <= :%1$s");
        return LIST.page(em, where, page);
    }

    @Override
    public void add(Agreement agreement) {
        insert(agreement);
    }

    @Override
    public int nextNumber(String countryAlpha2, int year) {
        // One statement that creates or increments the counter row; the row stays locked until
        // commit, so two agreements created at once get different numbers.
        em.createNativeQuery("INSERT INTO agreement_counter (country_code, year, last_number) VALUES (?, ?, 1)"
                        + " ON DUPLICATE KEY UPDATE last_number = last_number + 1")
                .setParameter(1, countryAlpha2).setParameter(2, year).executeUpdate();
        Number n = (Number) em.createNativeQuery("SELECT last_number FROM agreement_counter"
                        + " WHERE country_code = ? AND year = ?")
                .setParameter(1, countryAlpha2).setParameter(2, year).getSingleResult();
        return n.intValue();
    }

    @Override
    public Optional<AgreementDocument> document(long agreementId, DocumentKind kind) {
        return em.createQuery("SELECT d FROM AgreementDocument d WHERE d.agreementId = :a AND d.kind = :k",
                        AgreementDocument.class)
                .setParameter("a", agreementId).setParameter("k", kind).getResultList().stream().findFirst();
    }

    @Override
    public void addDocument(AgreementDocument document) {
        insert(document);
    }

    @Override
    public void removeDocument(long agreementId, DocumentKind kind) {
        em.createQuery("DELETE FROM AgreementDocument d WHERE d.agreementId = :a AND d.kind = :k")
                .setParameter("a", agreementId).setParameter("k", kind).executeUpdate();
    }

    @Override
    public List<Agreement> signedAndEffective(LocalDate day) {
        return em.createQuery("SELECT a FROM Agreement a WHERE a.status = :s AND a.effectiveDate <= :d",
                Agreement.class)
                .setParameter("s", Agreement.SIGNED).setParameter("d", day).getResultList();
    }

    @Override
    public List<Agreement> activeAndExpired(LocalDate day) {
        return em.createQuery("SELECT a FROM Agreement a WHERE a.status = :s AND a.expiryDate < :d", Agreement.class)
                .setParameter("s", Agreement.ACTIVE).setParameter("d", day).getResultList();
    }

    @Override
    public List<Agreement> expiryReminderDue(LocalDate today, String keyPrefix) {
        return byIds(em.createNativeQuery("SELECT a.id FROM agreement a WHERE a.status = ? AND a.expiry_date IS NOT NULL"
                        + " AND a.expiry_date - INTERVAL COALESCE(a.renewal_notice_days, 0) DAY <= ?"
                        + " AND NOT EXISTS (SELECT 1 FROM mail_outbox m"
                        + " WHERE m.dedupe_key = CONCAT(?, a.id, ':', DATE_FORMAT(a.expiry_date, '%Y-%m-%d')))")
                .setParameter(1, Agreement.ACTIVE).setParameter(2, today).setParameter(3, keyPrefix).getResultList());
    }

    @Override
    public List<Agreement> reviewReminderDue(LocalDate today, int noticeDays, String keyPrefix) {
        return byIds(em.createNativeQuery("SELECT a.id FROM agreement a WHERE a.status IN (?, ?) AND a.review_date IS NOT NULL"
                        + " AND a.review_date <= ?"
                        + " AND NOT EXISTS (SELECT 1 FROM mail_outbox m"
                        + " WHERE m.dedupe_key = CONCAT(?, a.id, ':', DATE_FORMAT(a.review_date, '%Y-%m-%d')))")
                .setParameter(1, Agreement.SIGNED).setParameter(2, Agreement.ACTIVE)
                .setParameter(3, today.plusDays(noticeDays)).setParameter(4, keyPrefix).getResultList());
    }

    private List<Agreement> byIds(List<?> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT a FROM Agreement a JOIN FETCH a.partnership WHERE a.id IN :ids ORDER BY a.id",
                        Agreement.class)
                .setParameter("ids", ids.stream().map(id -> ((Number) id).longValue()).toList()).getResultList();
    }

    @Override
    public List<Agreement> outForSignature() {
        // with their parties, the parties' organisations and contacts read in batches: four statements
        // for the hourly job, not three per agreement (2,000 out for signature on the bench data set)
        return em.createQuery("SELECT a FROM Agreement a WHERE a.status = :s ORDER BY a.id", Agreement.class)
                .setParameter("s", Agreement.OUT_FOR_SIGNATURE)
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch.size", 1000) // EclipseLink's default is 256 ids per statement
                .setHint("eclipselink.batch", "a.parties")
                .setHint("eclipselink.batch", "a.parties.organisation")
                .setHint("eclipselink.batch", "a.parties.contact")
                .getResultList();
    }
}
