package org.ddmsportal.api.v1.organisations;

import java.math.BigDecimal;
import org.ddmsportal.application.organisation.OrganisationForm;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a caller sends to create or replace an organisation: the fields of
 * {@link OrganisationForm}, which validates them (Bean Validation in the use case: 422 with the
 * fields named). The version comes from {@code If-Match}, not from the body.
 */
@Schema(name = "OrganisationInput")
public record OrganisationInput(
        String code,
        String name,
        String acronym,
        String typeCode,
        String countryCode,
        Long parentId,
        String territorialCode,
        String city,
        BigDecimal latitude,
        BigDecimal longitude,
        String website,
        String description) {

    OrganisationForm toForm(Long version) {
        OrganisationForm f = new OrganisationForm();
        f.setVersion(version);
        f.setCode(code);
        f.setName(name);
        f.setAcronym(acronym);
        f.setTypeCode(typeCode);
        f.setCountryCode(countryCode);
        f.setParentId(parentId);
        f.setTerritorialCode(territorialCode);
        f.setCity(city);
        f.setLatitude(latitude);
        f.setLongitude(longitude);
        f.setWebsite(website);
        f.setDescription(description);
        return f;
    }
}
