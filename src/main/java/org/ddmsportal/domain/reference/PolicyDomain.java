package org.ddmsportal.domain.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.ddmsportal.domain.shared.LocalizedName;

/**
 * A policy domain (local economy, mobility, energy, …). The first ten come by migration;
 * administrators add more.
 */
@Entity
@Cacheable // reference data: read on every page, changed rarely and only through the portal (issue 12)
@Table(name = "policy_domain")
public class PolicyDomain extends ReferenceTerm {

    protected PolicyDomain() {
        // for JPA
    }

    public PolicyDomain(String code, LocalizedName name, int sortOrder) {
        super(code, name, sortOrder);
    }
}
