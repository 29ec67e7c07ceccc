package org.ddmsportal.domain.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Locale;
import lombok.Getter;
import org.ddmsportal.domain.shared.AbstractEntity;
import org.ddmsportal.domain.shared.LocalizedName;

/**
 * A country, identified by its ISO 3166-1 codes. Reference data: loaded by migration, never
 * edited in the portal. The alpha-2 code is the business key used everywhere else (tokens,
 * scope checks, URLs).
 */
@Entity
@Cacheable // reference data: read on every page, changed rarely and only through the portal (issue 12)
@Table(name = "country")
@Getter
public class Country extends AbstractEntity {

    @Column(name = "iso_alpha2", nullable = false, unique = true, updatable = false, length = 2)
    private String alpha2;

    @Column(name = "iso_alpha3", nullable = false, unique = true, updatable = false, length = 3)
    private String alpha3;

    @Column(name = "iso_numeric", nullable = false, unique = true, updatable = false, length = 3)
    private String numeric;

    @Embedded
    private LocalizedName name;

    @Column(name = "unece_member", nullable = false)
    private boolean uneceMember;

    protected Country() {
        // for JPA
    }

    public Country(String alpha2, String alpha3, String numeric, LocalizedName name, boolean uneceMember) {
        this.alpha2 = alpha2;
        this.alpha3 = alpha3;
        this.numeric = numeric;
        this.name = name;
        this.uneceMember = uneceMember;
    }

    public String nameIn(Locale locale) {
        return name.in(locale);
    }
}
