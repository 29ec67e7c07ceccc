package org.ddmsportal.application.contact;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.ddmsportal.application.shared.EditForm;
import org.ddmsportal.domain.contact.Contact;
import org.ddmsportal.domain.shared.Lengths;

/** What a user enters to create or change a contact; see {@link org.ddmsportal.application.organisation.OrganisationForm} on versions. */
@Getter
public class ContactForm implements Serializable, EditForm {

    private static final long serialVersionUID = 1L;

    @Setter private Long version;

    @NotBlank
    @Size(max = Lengths.NAME)
    @Setter private String fullName;

    @NotBlank
    @Email
    @Size(max = Lengths.EMAIL)
    @Setter private String email;

    @Size(max = Lengths.PHONE)
    @Pattern(regexp = "^$|^[+0-9 ()./-]+$", message = "{ddms.phone.pattern}")
    @Setter private String phone;

    @Size(max = Lengths.NAME)
    @Setter private String position;

    @NotNull
    @Setter private Long organisationId;

    @Size(max = 10)
    private List<@NotNull String> languages = new ArrayList<>();

    public ContactForm() {
    }

    public static ContactForm of(Contact c) {
        ContactForm f = new ContactForm();
        f.version = c.getVersion();
        f.fullName = c.getFullName();
        f.email = c.getEmail();
        f.phone = c.getPhone();
        f.position = c.getPosition();
        f.organisationId = c.getOrganisation().getId();
        f.languages = new ArrayList<>(c.getLanguages());
        return f;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : new ArrayList<>(languages);
    }
}
