package org.ddmsportal.domain.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import lombok.Getter;
import org.ddmsportal.domain.contact.Contact;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.shared.GeneratedIdEntity;
import org.ddmsportal.domain.shared.Lengths;

/**
 * A party to an agreement: the organisation, the contact who signs (or approves) for it, its
 * place in the signing order and its role; and, in the current round, what it did, when, from
 * where and on which exact document (SHA-256). Part of the {@link Agreement} aggregate.
 */
@Entity
@Table(name = "agreement_party")
@Getter
public class AgreementParty extends GeneratedIdEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_id", nullable = false)
    private Agreement agreement;

    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @ManyToOne
    @JoinColumn(name = "contact_id")
    private Contact contact;

    @Enumerated(EnumType.STRING)
    @Column(name = "party_role", nullable = false, length = 10)
    private PartyRole role;

    @Column(name = "sign_order", nullable = false)
    private int signOrder;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private PartyStatus status = PartyStatus.PENDING;

    @Column(name = "acted_at")
    private Instant actedAt;

    @Column(name = "acted_by", length = Lengths.USERNAME)
    private String actedBy;

    @Column(name = "ip_address", length = 128)
    private String ipAddress;

    @Column(name = "user_agent", length = 500)
    private String userAgent;

    @Column(name = "document_sha256", length = 64)
    private String documentSha256;

    protected AgreementParty() {
        // for JPA
    }

    AgreementParty(Agreement agreement, Organisation organisation, Contact contact, PartyRole role, int signOrder) {
        this.agreement = Objects.requireNonNull(agreement, "agreement");
        change(organisation, contact, role, signOrder);
    }

    final void change(Organisation newOrganisation, Contact newContact, PartyRole newRole, int newOrder) {
        this.organisation = Objects.requireNonNull(newOrganisation, "organisation");
        if (newContact != null && !newContact.getOrganisation().equals(newOrganisation)) {
            throw new IllegalArgumentException("the signatory must be a contact of the party's organisation");
        }
        this.contact = newContact;
        this.role = Objects.requireNonNull(newRole, "role");
        this.signOrder = newOrder;
    }

    void act(PartyStatus outcome, String username, Instant at, String ip, String agent, String sha256) {
        this.status = outcome;
        this.actedBy = username;
        this.actedAt = at;
        this.ipAddress = ip == null ? null : truncate(ip, 128);
        this.userAgent = agent == null ? null : truncate(agent, 500);
        this.documentSha256 = sha256;
    }

    void reset() {
        act(PartyStatus.PENDING, null, null, null, null, null);
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** True if the user with this e-mail is the party's signatory contact. */
    public boolean isSignatory(String email) {
        return contact != null && email != null && contact.getEmail() != null
                && contact.getEmail().equalsIgnoreCase(email);
    }
}
