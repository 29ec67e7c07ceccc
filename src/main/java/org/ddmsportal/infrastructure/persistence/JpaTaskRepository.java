package org.ddmsportal.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ddmsportal.domain.agreement.Agreement;
import org.ddmsportal.domain.casestudy.CaseStudy;
import org.ddmsportal.domain.task.Task;
import org.ddmsportal.domain.task.TaskKind;
import org.ddmsportal.domain.task.TaskQuery;
import org.ddmsportal.domain.task.TaskRepository;

/**
 * A user's tasks in a fixed number of queries: one {@code COUNT} per kind that applies to the user
 * (at most nine, usually two or three) for the header's figure, one projection per kind (id, label,
 * date; no entity loaded) for the workspace's list. The signing turn is the same as
 * {@code Agreement.currentParty()}: the first pending party of the queue — approvers before
 * signers, each by sign order (then id) — copies excluded.
 */
@ApplicationScoped
public class JpaTaskRepository extends JpaStore implements TaskRepository {

    private static final String TURN = "a.status = :outForSignature AND p.status = :pending AND p.role <> :copy"
            + " AND LOWER(k.email) = :email AND NOT EXISTS (SELECT q FROM AgreementParty q WHERE q.agreement = a"
            + " AND q.status = :pending AND q.role <> :copy AND (q.role = :approver AND p.role = :signer"
            + " OR q.role = p.role AND (q.signOrder < p.signOrder OR q.signOrder = p.signOrder AND q.id < p.id)))";

    /** The renewal notice date (expiry minus the notice) has come: the expiry reminder is due. */
    private static final String RENEW = "a.status = 'ACTIVE' AND a.expiry_date IS NOT NULL"
            + " AND a.expiry_date - INTERVAL COALESCE(a.renewal_notice_days, 0) DAY <= ?1";
    private static final String RENEW_SINCE = "a.expiry_date - INTERVAL COALESCE(a.renewal_notice_days, 0) DAY";
    /** The review date is within the notice: the review reminder is due. */
    private static final String REVIEW = "a.status IN ('SIGNED', 'ACTIVE') AND a.review_date IS NOT NULL"
            + " AND a.review_date <= ?1 + INTERVAL ?4 DAY";
    private static final String REVIEW_SINCE = "a.review_date - INTERVAL ?4 DAY";

    @Override
    public long count(TaskQuery q) {
        long n = 0;
        for (TaskKind kind : TaskKind.values()) {
            Query query = query(q, kind, true);
            if (query != null) {
                n += ((Number) query.getSingleResult()).longValue();
            }
        }
        return n;
    }

    @Override
    public List<Task> list(TaskQuery q, int max) {
        List<Task> tasks = new ArrayList<>();
        for (TaskKind kind : TaskKind.values()) {
            Query query = query(q, kind, false);
            if (query == null) {
                continue;
            }
            for (Object row : query.setMaxResults(max).getResultList()) {
                Object[] r = (Object[]) row;
                tasks.add(new Task(kind, ((Number) r[0]).longValue(), (String) r[1], InstantConverter.fromRaw(r[2])));
            }
        }
        tasks.sort(Comparator.comparing(Task::since, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Task::recordId, Comparator.reverseOrder()));
        return tasks;
    }

    /** The count or the list of one kind, or {@code null} when the kind does not apply to the query. */
    private Query query(TaskQuery q, TaskKind kind, boolean count) {
        String agreementSelect = count ? "SELECT COUNT(a)" : "SELECT a.id, CONCAT(a.reference, ' — ', a.title), a.modifiedAt";
        String caseStudySelect = count ? "SELECT COUNT(cs)" : "SELECT cs.id, cs.content.title, cs.modifiedAt";
        String agreementOrder = count ? "" : " ORDER BY a.modifiedAt DESC, a.id DESC";
        String caseStudyOrder = count ? "" : " ORDER BY cs.modifiedAt DESC, cs.id DESC";
        switch (kind) {
            case AGREEMENT_DRAFT: {
                if (q.username() == null) {
                    return null;
                }
                return jpql(agreementSelect + " FROM Agreement a WHERE a.status = :draft AND a.createdBy = :user"
                        + (q.draftCountry() == null ? "" : " AND a.countryCode = :country") + agreementOrder,
                        Map.of("draft", Agreement.DRAFT, "user", q.username()), "country", q.draftCountry());
            }
            case AGREEMENT_APPROVE:
            case AGREEMENT_SIGN: {
                if (q.signatoryEmail() == null || count && kind == TaskKind.AGREEMENT_APPROVE) {
                    return null; // one count for both: a party is an approver or a signer
                }
                Map<String, Object> params = new LinkedHashMap<>();
                params.put("outForSignature", Agreement.OUT_FOR_SIGNATURE);
                params.put("pending", org.ddmsportal.domain.agreement.PartyStatus.PENDING);
                params.put("copy", org.ddmsportal.domain.agreement.PartyRole.COPY);
                params.put("approver", org.ddmsportal.domain.agreement.PartyRole.APPROVER);
                params.put("signer", org.ddmsportal.domain.agreement.PartyRole.SIGNER);
                params.put("email", q.signatoryEmail());
                if (!count) {
                    params.put("role", kind == TaskKind.AGREEMENT_APPROVE ? org.ddmsportal.domain.agreement.PartyRole.APPROVER
                            : org.ddmsportal.domain.agreement.PartyRole.SIGNER);
                }
                String select = count ? "SELECT COUNT(DISTINCT a)" : "SELECT DISTINCT a.id, CONCAT(a.reference, ' — ', a.title), a.modifiedAt";
                return jpql(select + " FROM Agreement a JOIN a.parties p JOIN p.contact k WHERE " + TURN
                        + (count ? "" : " AND p.role = :role") + agreementOrder, params, null, null);
            }
            case AGREEMENT_RENEW:
                return reminder(q, RENEW, RENEW_SINCE, count);
            case AGREEMENT_REVIEW:
                return reminder(q, REVIEW, REVIEW_SINCE, count);
            case CASE_STUDY_DRAFT: {
                if (q.username() == null) {
                    return null;
                }
                return jpql(caseStudySelect + " FROM CaseStudy cs WHERE cs.status = :draft AND cs.createdBy = :user"
                        + (q.draftCountry() == null ? "" : " AND cs.country.alpha2 = :country") + caseStudyOrder,
                        Map.of("draft", CaseStudy.DRAFT, "user", q.username()), "country", q.draftCountry());
            }
            case CASE_STUDY_REVISE: {
                if (q.revisionCountry() == null) {
                    return null;
                }
                return jpql(caseStudySelect + " FROM CaseStudy cs WHERE cs.status = :changes"
                        + " AND cs.country.alpha2 = :country" + caseStudyOrder,
                        Map.of("changes", CaseStudy.CHANGES_REQUESTED, "country", q.revisionCountry()), null, null);
            }
            case CASE_STUDY_REVIEW: {
                if (q.reviewer() == null) {
                    return null;
                }
                return jpql(caseStudySelect + " FROM CaseStudy cs WHERE (cs.status = 'SUBMITTED'"
                        + " OR cs.status IN ('IN_REVIEW', 'RESUBMITTED') AND cs.reviewer = :reviewer)" + caseStudyOrder,
                        Map.of("reviewer", q.reviewer()), null, null);
            }
            case CASE_STUDY_CLEAR: {
                if (q.clearingOrganisation() == null) {
                    return null;
                }
                return jpql(caseStudySelect + " FROM CaseStudy cs WHERE EXISTS (SELECT cl FROM Clearance cl"
                        + " WHERE cl.caseStudy = cs AND cl.organisation.code = :organisation"
                        + " AND cl.status = org.ddmsportal.domain.casestudy.ClearanceStatus.PENDING)" + caseStudyOrder,
                        Map.of("organisation", q.clearingOrganisation()), null, null);
            }
            default:
                return null;
        }
    }

    /** A reminder due on an agreement the user owns (native SQL: the due date is date arithmetic). */
    private Query reminder(TaskQuery q, String due, String since, boolean count) {
        if (q.ownerEmail() == null) {
            return null;
        }
        String where = " FROM agreement a WHERE " + due + " AND LOWER(a.owner_email) = ?2"
                + (q.ownerCountry() == null ? "" : " AND a.country_code = ?3");
        String sql = count ? "SELECT COUNT(*)" + where
                : "SELECT a.id, CONCAT(a.reference, ' — ', a.title), " + since + where + " ORDER BY 3 DESC, a.id DESC";
        Query query = em.createNativeQuery(sql).setParameter(1, Date.valueOf(q.today())).setParameter(2, q.ownerEmail());
        if (q.ownerCountry() != null) {
            query.setParameter(3, q.ownerCountry());
        }
        if (sql.contains("?4")) {
            query.setParameter(4, q.reviewNoticeDays());
        }
        return query;
    }

    private Query jpql(String jpql, Map<String, Object> params, String optionalName, Object optionalValue) {
        Query query = em.createQuery(jpql);
        params.forEach(query::setParameter);
        if (optionalValue != null) {
            query.setParameter(optionalName, optionalValue);
        }
        return query;
    }

}
