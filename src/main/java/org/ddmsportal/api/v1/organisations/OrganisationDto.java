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
 */
@Schema(name = "Organisation")
public record OrganisationDto(
        long id,
        @Schema(nullable = true) String code,
        String name,
        @Schema(nullable = true) String acronym,
        @Schema(description = "Organisation type code", example = "NSI") String typeCode,
        @Schema(description = "ISO 3166-1 alpha-2", example = "RS") String countryCode,
        @Schema(nullable = true) Long parentId,
        @Schema(nullable = true) String territorialCode,
        @Schema(nullable = true) String city,
        @Schema(nullable = true) BigDecimal latitude,
        @Schema(nullable = true) BigDecimal longitude,
        @Schema(nullable = true) String website,
        @Schema(nullable = true) String description,
        @Schema(description = "The record's version; sent as ETag, expected back as If-Match") long version,
        Instant modifiedAt,
        String modifiedBy,
        @Schema(description = "self, parent, contacts") Map<String, URI> links) {

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
