package org.ddmsportal.domain.agreement;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import lombok.Getter;
import org.ddmsportal.domain.contact.Contact;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.partnership.Partnership;
import org.ddmsportal.domain.shared.Lengths;
import org.ddmsportal.domain.shared.Texts;
import org.ddmsportal.domain.workflow.WorkflowEntity;

/**
 * An agreement of a partnership: a memorandum of understanding, a data-sharing agreement or an
 * amendment of either. Its reference (e.g. {@code RS-2026-0007}) is its business key and never
 * changes.
 *
 * <p>Life cycle ({@code workflows/agreement.json}): it is written and edited as a DRAFT, checked
 * in INTERNAL_REVIEW, then sent OUT_FOR_SIGNATURE — from then on its PDF is fixed and only the
 * parties act, approvers first, then signers, each in their order. A decline sends it back to
 * DRAFT and a new round starts. When the last signer has signed it is SIGNED and frozen: any
 * change is an amendment, a new agreement linked to this one. It is ACTIVE from its effective
 * date and EXPIRED after its expiry date, unless TERMINATED before.
 */
@Entity
@Table(name = "agreement")
public class Agreement extends WorkflowEntity {

    public static final String WORKFLOW = "agreement";
    public static final String DRAFT = "DRAFT";
    public static final String OUT_FOR_SIGNATURE = "OUT_FOR_SIGNATURE";
    public static final String SIGNED = "SIGNED";
    public static final String ACTIVE = "ACTIVE";
    public static final String EXPIRED = "EXPIRED";
    public static final String TERMINATED = "TERMINATED";

    /**
     * The tag of {@code workflows/agreement.json} on the states after signature. The portal does
     * not start unless it is on exactly the states {@link #isFrozen(String)} names.
     */
    public static final String FROZEN_TAG = "frozen";

    /** The states after signature: the document no longer changes. */
    private static final List<String> FROZEN = List.of(SIGNED, ACTIVE, EXPIRED, TERMINATED);

    @Column(name = "reference", nullable = false, updatable = false, length = Lengths.CODE)
    @Getter private String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 20)
    @Getter private AgreementKind kind;

    @Column(name = "title", nullable = false, length = Lengths.NAME)
    @Getter private String title;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "partnership_id", nullable = false, updatable = false)
    @Getter private Partnership partnership;

    @Column(name = "country_code", nullable = false, updatable = false, length = 2)
    @Getter private String countryCode;

    @Column(name = "template_code", nullable = false, length = Lengths.SHORT)
    @Getter private String templateCode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "amends_id", updatable = false)
    @Getter private Agreement amends;

    @Column(name = "owner_email", length = Lengths.EMAIL)
    @Getter private String ownerEmail;

    @Column(name = "effective_date")
    @Getter private LocalDate effectiveDate;

    @Column(name = "expiry_date")
    @Getter private LocalDate expiryDate;

    @Column(name = "renewal_notice_days")
    @Getter private Integer renewalNoticeDays;

    @Column(name = "review_date")
    @Getter private LocalDate reviewDate;

    @Embedded
    private DataSharingTerms terms = new DataSharingTerms();

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("signOrder, id")
    private List<AgreementParty> parties = new ArrayList<>();

    protected Agreement() {
        // for JPA
    }

    /**
     * A new memorandum or data-sharing agreement. An amendment is made from the agreement it
     * amends ({@link #amendment}), never on its own.
     */
    public Agreement(AgreementReference reference, AgreementKind kind, String title, Partnership partnership,
                     String initialStatus, String ownerEmail) {
        this(reference, kind, title, partnership, initialStatus, ownerEmail, null);
    }

    private Agreement(AgreementReference reference, AgreementKind kind, String title, Partnership partnership,
                      String initialStatus, String ownerEmail, Agreement amended) {
        this.reference = Objects.requireNonNull(reference, "reference").toString();
        this.kind = Objects.requireNonNull(kind, "kind");
        if ((kind == AgreementKind.AMENDMENT) != (amended != null)) {
            throw new IllegalArgumentException("an amendment, and only an amendment, amends an agreement");
        }
        this.amends = amended;
        this.partnership = Objects.requireNonNull(partnership, "partnership");
        this.countryCode = partnership.getCountry().getAlpha2();
        this.templateCode = kind.template();
        enterStatus(initialStatus);
        this.ownerEmail = ownerEmail;
        retitle(title);
    }

    /**
     * A new draft amending this agreement: same partnership, parties and terms, to be changed
     * and signed again. Only a signed (frozen) agreement is amended; a draft is simply edited.
     */
    public Agreement amendment(AgreementReference newReference, String initialStatus, String owner) {
        if (!isFrozen()) {
            throw new IllegalStateException("only a signed agreement is amended");
        }
        Agreement a = new Agreement(newReference, AgreementKind.AMENDMENT, title, partnership, initialStatus, owner, this);
        a.describe(effectiveDate, expiryDate, renewalNoticeDays, reviewDate);
        a.terms = getTerms().copy();
        for (AgreementParty p : parties) {
            a.parties.add(new AgreementParty(a, p.getOrganisation(), p.getContact(), p.getRole(), p.getSignOrder()));
        }
        return a;
    }

    public final void retitle(String newTitle) {
        this.title = Texts.required(newTitle, "title");
    }

    /** Dates: effective, expiry (after effective), renewal notice in days before expiry, review. */
    public final void describe(LocalDate effective, LocalDate expiry, Integer noticeDays, LocalDate review) {
        if (effective != null && expiry != null && !expiry.isAfter(effective)) {
            throw new IllegalArgumentException("the expiry date is after the effective date");
        }
        if (noticeDays != null && (noticeDays < 0 || noticeDays > 3650)) {
            throw new IllegalArgumentException("the renewal notice is between 0 and 3650 days");
        }
        this.effectiveDate = effective;
        this.expiryDate = expiry;
        this.renewalNoticeDays = noticeDays;
        this.reviewDate = review;
    }

    public void replaceTerms(DataSharingTerms newTerms) {
        this.terms = Objects.requireNonNull(newTerms, "terms").copy();
    }

    /** A party as a use case hands it in. */
    public record PartyEntry(Organisation organisation, Contact contact, PartyRole role, int order) {
    }

    /**
     * Replaces the parties: each a member of the agreement's partnership (its lead or a partner,
     * as the page offers them) and a party once. An organisation outside it would have its contact
     * invited to sign, and read the agreement.
     */
    public void replaceParties(List<PartyEntry> entries) {
        if (entries.stream().map(e -> e.organisation()).distinct().count() != entries.size()) {
            throw new IllegalArgumentException("an organisation is a party only once");
        }
        List<Organisation> members = partnership.members();
        if (entries.stream().anyMatch(e -> !members.contains(e.organisation()))) {
            throw new IllegalArgumentException("a party is a member of the partnership");
        }
        parties.removeIf(p -> entries.stream().noneMatch(e -> e.organisation().equals(p.getOrganisation())));
        for (PartyEntry e : entries) {
            parties.stream().filter(p -> p.getOrganisation().equals(e.organisation())).findFirst()
                    .ifPresentOrElse(p -> p.change(e.organisation(), e.contact(), e.role(), e.order()),
                            () -> parties.add(new AgreementParty(this, e.organisation(), e.contact(), e.role(),
                                    e.order())));
        }
        parties.sort(Comparator.comparingInt(AgreementParty::getSignOrder));
    }

    /** The parties who act, in the order they act: approvers first, then signers, each by their order. */
    public List<AgreementParty> signingQueue() {
        return parties.stream().filter(p -> p.getRole() != PartyRole.COPY)
                .sorted(Comparator.comparing((AgreementParty p) -> p.getRole() == PartyRole.SIGNER)
                        .thenComparingInt(AgreementParty::getSignOrder))
                .toList();
    }

    /** Every party as the agreement's page lists them: the signing queue, then those who receive a copy. */
    public List<AgreementParty> partiesInOrder() {
        List<AgreementParty> all = new ArrayList<>(signingQueue());
        parties.stream().filter(p -> p.getRole() == PartyRole.COPY)
                .sorted(Comparator.comparingInt(AgreementParty::getSignOrder)).forEach(all::add);
        return all;
    }

    /** Whose turn it is, if the agreement is out for signature and someone has still to act. */
    public Optional<AgreementParty> currentParty() {
        if (!OUT_FOR_SIGNATURE.equals(getStatus())) {
            return Optional.empty();
        }
        return signingQueue().stream().filter(p -> p.getStatus() == PartyStatus.PENDING).findFirst();
    }

    /**
     * Records the current party's approval or signature on the document with the given hash.
     *
     * @throws IllegalStateException if it is not that party's turn
     */
    public void recordConsent(AgreementParty party, String username, Instant at, String ip, String agent,
                              String sha256) {
        requireTurn(party);
        party.act(party.getRole() == PartyRole.APPROVER ? PartyStatus.APPROVED : PartyStatus.SIGNED,
                username, at, ip, agent, sha256);
    }

    /** Records the current party's decline; the workflow then returns the agreement to draft. */
    public void recordDecline(AgreementParty party, String username, Instant at, String ip, String agent,
                              String sha256) {
        requireTurn(party);
        party.act(PartyStatus.DECLINED, username, at, ip, agent, sha256);
    }

    private void requireTurn(AgreementParty party) {
        if (currentParty().filter(p -> p == party).isEmpty()) {
            throw new IllegalStateException("it is not this party's turn");
        }
    }

    /** True when every approver has approved and every signer signed. */
    public boolean fullySigned() {
        List<AgreementParty> queue = signingQueue();
        return !queue.isEmpty() && queue.stream().allMatch(p -> p.getStatus() == PartyStatus.APPROVED
                || p.getStatus() == PartyStatus.SIGNED);
    }

    /** Starts a new signing round: what the parties did on the previous document no longer counts. */
    public void resetSignatures() {
        parties.forEach(AgreementParty::reset);
    }

    public boolean isFrozen() {
        return isFrozen(getStatus());
    }

    /** Whether an agreement in this state is signed and no longer changes. */
    public static boolean isFrozen(String state) {
        return FROZEN.contains(state);
    }

    /** Gone out for signature, or signed and after: its document is the one sent, no longer a draft. */
    public boolean isSent() {
        return OUT_FOR_SIGNATURE.equals(getStatus()) || isFrozen();
    }

    public boolean isEditable() {
        return DRAFT.equals(getStatus());
    }

    /** In force: active and not past its expiry date (datasets it governs may be used). */
    public boolean isInForce(LocalDate today) {
        return ACTIVE.equals(getStatus()) && (expiryDate == null || !today.isAfter(expiryDate));
    }

    /** Signed (active or awaiting its effective date) and not past its expiry date. */
    public boolean isSignedAndUnexpired(LocalDate today) {
        return (SIGNED.equals(getStatus()) || ACTIVE.equals(getStatus())) && (expiryDate == null || !today.isAfter(expiryDate));
    }

    /** A data-sharing agreement, or an amendment of one: its terms are checked and published as ODRL. */
    public boolean isDataSharing() {
        return kind == AgreementKind.DSA || (kind == AgreementKind.AMENDMENT && amends != null && amends.isDataSharing());
    }

    /** The day the renewal reminder is due: the notice period before expiry. */
    public Optional<LocalDate> renewalNoticeDate() {
        if (expiryDate == null) {
            return Optional.empty();
        }
        return Optional.of(expiryDate.minusDays(renewalNoticeDays == null ? 0 : renewalNoticeDays));
    }

    @Override
    public String workflowName() {
        return WORKFLOW;
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("reference", reference);
        m.put("kind", kind.name());
        m.put("title", title);
        m.put("status", getStatus());
        m.put("effectiveDate", effectiveDate == null ? null : effectiveDate.toString());
        m.put("expiryDate", expiryDate == null ? null : expiryDate.toString());
        m.put("renewalNoticeDays", renewalNoticeDays == null ? null : renewalNoticeDays.toString());
        m.put("reviewDate", reviewDate == null ? null : reviewDate.toString());
        m.put("parties", parties.stream()
                // with each party's status: an approval, a signature or a refusal is a change of the
                // agreement the audit trail records (before, no entry was written for them)
                .map(p -> p.getSignOrder() + ". " + p.getOrganisation().getName() + " (" + p.getRole() + ", "
                        + (p.getContact() == null ? "-" : p.getContact().getFullName()) + ", " + p.getStatus() + ")")
                .collect(Collectors.joining("; ")));
        m.putAll(getTerms().snapshot());
        return m;
    }

    /** The terms (empty ones when none are filled: JPA loads an all-empty embeddable as null). */
    public DataSharingTerms getTerms() {
        if (terms == null) {
            terms = new DataSharingTerms();
        }
        return terms;
    }

    public List<AgreementParty> getParties() {
        return List.copyOf(parties);
    }
}
