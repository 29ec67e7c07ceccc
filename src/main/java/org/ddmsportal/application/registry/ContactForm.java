package org.ddmsportal.application.registry;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.ddmsportal.domain.contact.Contact;
import org.ddmsportal.domain.shared.Lengths;

/** What a user enters to create or change a contact; see {@link OrganisationForm} on versions. */
public class ContactForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long version;

    @NotBlank
    @Size(max = Lengths.NAME)
    private String fullName;

    @NotBlank
    @Email
    @Size(max = Lengths.EMAIL)
    private String email;

    @Size(max = Lengths.PHONE)
    @Pattern(regexp = "^$|^[+0-9 ()./-]+$", message = "{ddms.phone.pattern}")
    private String phone;

    @Size(max = Lengths.NAME)
    private String position;

    @NotNull
    private Long organisationId;

    @Size(max = 10)
    private List<String> languages = new ArrayList<>();

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

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : new ArrayList<>(languages);
    }
}
