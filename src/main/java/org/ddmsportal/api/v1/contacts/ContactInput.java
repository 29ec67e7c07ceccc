package org.ddmsportal.api.v1.contacts;

import java.util.ArrayList;
import java.util.List;
import org.ddmsportal.application.contact.ContactForm;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a caller sends to create or replace a contact: {@link ContactForm}'s fields, validated by the use case. */
@Schema(name = "ContactInput")
public record ContactInput(
        String fullName,
        String email,
        String phone,
        String position,
        Long organisationId,
        List<String> languages) {

    ContactForm toForm(Long version) {
        ContactForm f = new ContactForm();
        f.setVersion(version);
        f.setFullName(fullName);
        f.setEmail(email);
        f.setPhone(phone);
        f.setPosition(position);
        f.setOrganisationId(organisationId);
        f.setLanguages(languages == null ? new ArrayList<>() : new ArrayList<>(languages));
        return f;
    }
}
