package org.ddmsportal.api.v1.organisations;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.Map;
import org.ddmsportal.api.v1.support.ApiLinks;
import org.ddmsportal.domain.organisation.Organisation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An organisation as the API shows it: stable field names (those of the form, so a write sends
 * back what a read gave), never the entity. {@code version} is the ETag's value.
 *
 * <p>No {@code @Schema} on the record's components: Java puts a component's annotation on its
 * accessor method too, and Payara 6.2025.10's OpenAPI scanner fails on an annotated method
 * without parameters (ArrayIndexOutOfBoundsException, no /openapi document at all). Describe
 * the record on its type, the fields in the operations.
 */
@Schema(name = "Organisation")
public record OrganisationDto(
        long id,
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
        String description,
        long version,
        Instant modifiedAt,
        String modifiedBy,
        Map<String, URI> links) {

    static OrganisationDto of(Organisation o, ApiLinks links) {
        Long parentId = o.getParent() == null ? null : o.getParent().getId();
        return new OrganisationDto(o.getId(), o.getCode(), o.getName(), o.getAcronym(), o.getType().getCode(),
                o.getCountry().getAlpha2(), parentId, o.getTerritorialCode(), o.getCity(),
                o.getCoordinates() == null ? null : o.getCoordinates().getLatitude(),
                o.getCoordinates() == null ? null : o.getCoordinates().getLongitude(),
                o.getWebsite(), o.getDescription(), o.getVersion(), o.getModifiedAt(), o.getModifiedBy(),
                links.self("organisations", o.getId()).add("parent", "organisations", parentId)
                        .add("contacts", "contacts?organisationId=" + o.getId()).build());
    }
}
