package org.ddmsportal.domain.partnership;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import lombok.Getter;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.shared.GeneratedIdEntity;

/** A partner organisation in a partnership, its role and what it brings. Part of the partnership aggregate. */
@Entity
@Table(name = "partnership_partner")
public class PartnershipPartner extends GeneratedIdEntity {

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "partnership_id", nullable = false)
    private Partnership partnership;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id", nullable = false)
    @Getter private Organisation organisation;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 30)
    @Getter private PartnerRole role;

    @Convert(converter = ResourceSetConverter.class)
    @Column(name = "resources", length = 200)
    private Set<Resource> resources = EnumSet.noneOf(Resource.class);

    protected PartnershipPartner() {
        // for JPA
    }

    PartnershipPartner(Partnership partnership, Organisation organisation, PartnerRole role, Set<Resource> resources) {
        this.partnership = partnership;
        this.organisation = Objects.requireNonNull(organisation, "organisation");
        this.role = Objects.requireNonNull(role, "role");
        this.resources = Resource.setOf(resources);
    }

    void change(PartnerRole newRole, Set<Resource> newResources) {
        this.role = Objects.requireNonNull(newRole, "role");
        this.resources = Resource.setOf(newResources);
    }

    public Set<Resource> getResources() {
        return Set.copyOf(resources);
    }

    String describe() {
        return organisation.getLabel() + " (" + role + (resources.isEmpty() ? "" : "; " + EnumSet.copyOf(resources)) + ")";
    }
}
