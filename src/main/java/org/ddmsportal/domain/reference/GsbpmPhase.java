package org.ddmsportal.domain.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.ddmsportal.domain.shared.LocalizedName;

/** One of the eight phases of GSBPM 5.1 (1 Specify needs … 8 Evaluate). Loaded by migration. */
@Entity
@Cacheable // reference data: read on every page, changed rarely and only through the portal (issue 12)
@Table(name = "gsbpm_phase")
public class GsbpmPhase extends ReferenceTerm {

    protected GsbpmPhase() {
        // for JPA
    }

    public GsbpmPhase(String code, LocalizedName name, int sortOrder) {
        super(code, name, sortOrder);
    }
}
