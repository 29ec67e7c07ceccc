package org.ddmsportal.domain.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ddmsportal.domain.shared.AggregateRepository;

/**
 * The agreements and their stored documents. Lists are asked for by {@link AgreementCriteria};
 * sort: {@code reference}, {@code title}, {@code status}, {@code kind}, {@code effectiveDate},
 * {@code expiryDate}, {@code modifiedAt}, {@code country}.
 */
public interface AgreementRepository extends AggregateRepository<Agreement, AgreementCriteria> {

    Optional<Agreement> findByReference(String reference);

    /** The next number of a country's references in a year; never the same twice, also concurrently. */
    int nextNumber(String countryAlpha2, int year);

    Optional<AgreementDocument> document(long agreementId, DocumentKind kind);

    void addDocument(AgreementDocument document);

    void removeDocument(long agreementId, DocumentKind kind);

    /** Agreements in a status whose effective date (ACTIVE from) is on or before the day. */
    List<Agreement> signedAndEffective(LocalDate day);

    /** Active agreements whose expiry date is before the day. */
    List<Agreement> activeAndExpired(LocalDate day);

    /**
     * Active agreements whose renewal notice date ({@link Agreement#renewalNoticeDate()}) is
     * {@code today} or past and that have no outbox entry {@code keyPrefix + id + ":" + expiry date}
     * yet — the expiry reminders still to send, found by the database rather than by loading
     * every agreement (issue 12: the hourly job took 190 s at 40,000 agreements with nothing to do).
     */
    List<Agreement> expiryReminderDue(LocalDate today, String keyPrefix);

    /**
     * Signed or active agreements whose review date is at most {@code noticeDays} away (or past)
     * and that have no outbox entry {@code keyPrefix + id + ":" + review date} yet.
     */
    List<Agreement> reviewReminderDue(LocalDate today, int noticeDays, String keyPrefix);

    /** Agreements out for signature with their parties (for reminders of pending signatures). */
    List<Agreement> outForSignature();
}
