package org.ddmsportal.domain.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import lombok.Getter;
import org.ddmsportal.domain.reference.Country;
import org.ddmsportal.domain.reference.OrganisationType;
import org.ddmsportal.domain.shared.AbstractEntity;
import org.ddmsportal.domain.shared.Auditable;
import org.ddmsportal.domain.shared.Coordinates;
import org.ddmsportal.domain.shared.Lengths;
import org.ddmsportal.domain.shared.Texts;

/**
 * An organisation taking part in data-driven decision making: a national statistical institute
 * (NSI) or one of its regional offices, a municipality, a utility, a university, …
 *
 * <p>Life cycle: created by an administrator or by NSI staff of its country; edited by them;
 * deleted only while nothing refers to it (child organisations, contacts, and later
 * partnerships and agreements). The country decides who may edit it.
 *
 * <p>The optional {@code code} is the organisation's business key: it is what the identity
 * provider puts into a user's {@code organisation} claim, so it never changes once set.
 */
@Entity
@Table(name = "organisation")
@Getter
public class Organisation extends AbstractEntity implements Auditable {

    @Column(name = "code", unique = true, updatable = false, length = Lengths.CODE)
    private String code;

    @Column(name = "name", nullable = false, length = Lengths.NAME)
    private String name;

    @Column(name = "acronym", length = Lengths.SHORT)
    private String acronym;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "type_id", nullable = false)
    private OrganisationType type;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "country_id", nullable = false)
    private Country country;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Organisation parent;

    @Column(name = "territorial_code", length = Lengths.CODE)
    private String territorialCode;

    @Column(name = "city", length = Lengths.NAME)
    private String city;

    @Embedded
    private Coordinates coordinates;

    @Column(name = "website", length = Lengths.URL)
    private String website;

    @Column(name = "description", length = Lengths.DESCRIPTION)
    private String description;

    protected Organisation() {
        // for JPA
    }

    public Organisation(String code, String name, OrganisationType type, Country country) {
        this.code = Texts.blankToNull(code);
        rename(name, null);
        classify(type, country);
    }

    public void rename(String newName, String newAcronym) {
        this.name = Texts.required(newName, "name");
        this.acronym = Texts.blankToNull(newAcronym);
    }

    public void classify(OrganisationType newType, Country newCountry) {
        this.type = Objects.requireNonNull(newType, "type");
        this.country = Objects.requireNonNull(newCountry, "country");
    }

    /**
     * Places the organisation under a parent (a regional office under its NSI). An organisation
     * can't be its own ancestor, and a parent is always in the same country.
     */
    public void placeUnder(Organisation newParent) {
        if (newParent != null) {
            if (!newParent.getCountry().equals(country)) {
                throw new IllegalArgumentException("parent must be in the same country");
            }
            for (Organisation o = newParent; o != null; o = o.parent) {
                if (o == this || (getId() != null && getId().equals(o.getId()))) {
                    throw new IllegalArgumentException("an organisation can't be its own ancestor");
                }
            }
        }
        this.parent = newParent;
    }

    public void locate(String newTerritorialCode, String newCity, Coordinates newCoordinates) {
        this.territorialCode = Texts.blankToNull(newTerritorialCode);
        this.city = Texts.blankToNull(newCity);
        this.coordinates = newCoordinates;
    }

    public void describe(String newWebsite, String newDescription) {
        this.website = Texts.blankToNull(newWebsite);
        this.description = Texts.blankToNull(newDescription);
    }

    /** Name with acronym, as shown in lists and pickers. */
    public String getLabel() {
        return acronym == null ? name : name + " (" + acronym + ")";
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("code", code);
        s.put("name", name);
        s.put("acronym", acronym);
        s.put("type", type.getCode());
        s.put("country", country.getAlpha2());
        s.put("parent", parent == null ? null : parent.getLabel());
        s.put("territorialCode", territorialCode);
        s.put("city", city);
        s.put("coordinates", coordinates == null ? null : coordinates.toString());
        s.put("website", website);
        s.put("description", description);
        return s;
    }
}
