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
        String phone,
        String position,
        long organisationId,
        String organisationName,
        String countryCode,
        List<String> languages,
        long version,
        Instant modifiedAt,
        String modifiedBy,
        Map<String, URI> links) {

    static ContactDto of(Contact c, ApiLinks links) {
        return new ContactDto(c.getId(), c.getFullName(), c.getEmail(), c.getPhone(), c.getPosition(),
                c.getOrganisation().getId(), c.getOrganisation().getName(), c.getOrganisation().getCountry().getAlpha2(),
                c.getLanguages().stream().sorted().toList(), c.getVersion(), c.getModifiedAt(), c.getModifiedBy(),
                links.self("contacts", c.getId()).add("organisation", "organisations", c.getOrganisation().getId()).build());
    }
}
