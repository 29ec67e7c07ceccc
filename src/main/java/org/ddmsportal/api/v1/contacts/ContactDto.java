package org.ddmsportal.api.v1.contacts;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ddmsportal.api.v1.support.ApiLinks;
import org.ddmsportal.domain.contact.Contact;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contact person as the API shows it (the form's field names; {@code version} is the ETag's value). */
@Schema(name = "Contact")
public record ContactDto(
        long id,
        String fullName,
        String email,
        @Schema(nullable = true) String phone,
        @Schema(nullable = true) String position,
        long organisationId,
        @Schema(description = "The organisation's name") String organisationName,
        @Schema(description = "ISO 3166-1 alpha-2 of the organisation") String countryCode,
        @Schema(description = "ISO 639-1 codes") List<String> languages,
        long version,
        Instant modifiedAt,
        String modifiedBy,
        @Schema(description = "self, organisation") Map<String, URI> links) {

    static ContactDto of(Contact c, ApiLinks links) {
        return new ContactDto(c.getId(), c.getFullName(), c.getEmail(), c.getPhone(), c.getPosition(),
                c.getOrganisation().getId(), c.getOrganisation().getName(), c.getOrganisation().getCountry().getAlpha2(),
                c.getLanguages().stream().sorted().toList(), c.getVersion(), c.getModifiedAt(), c.getModifiedBy(),
                links.self("contacts", c.getId()).add("organisation", "organisations", c.getOrganisation().getId()).build());
    }
}
