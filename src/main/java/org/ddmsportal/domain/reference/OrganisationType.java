package org.ddmsportal.domain.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.ddmsportal.domain.shared.LocalizedName;

/**
 * The kind of an organisation: NSI, NSI regional office, municipality, utility, … Loaded by
 * migration. Codes used by rules are the constants below.
 */
@Entity
@Cacheable // reference data: read on every page, changed rarely and only through the portal (issue 12)
@Table(name = "organisation_type")
public class OrganisationType extends ReferenceTerm {

    public static final String NSI = "NSI";
    public static final String NSI_REGIONAL_OFFICE = "NSI_REGIONAL";
    public static final String MUNICIPALITY = "MUNICIPALITY";
    public static final String REGIONAL_GOVERNMENT = "REGIONAL_GOV";

    protected OrganisationType() {
        // for JPA
    }

    public OrganisationType(String code, LocalizedName name, int sortOrder) {
        super(code, name, sortOrder);
    }

    /** Municipalities and regions are identified statistically by a NUTS or LAU code. */
    public boolean isTerritorial() {
        return MUNICIPALITY.equals(getCode()) || REGIONAL_GOVERNMENT.equals(getCode());
    }
}
