package org.ddmsportal.domain.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import lombok.Getter;
import org.ddmsportal.domain.organisation.Organisation;
import org.ddmsportal.domain.shared.AbstractEntity;
import org.ddmsportal.domain.shared.Auditable;
import org.ddmsportal.domain.shared.Lengths;
import org.ddmsportal.domain.shared.Texts;

/**
 * A person at an organisation: who signs, who answers for a dataset, who attends a seminar.
 *
 * <p>The e-mail address is unique across the portal: it is how a signed-in user with the
 * {@code contact} role is matched to their own record (the only record such a user may edit).
 */
@Entity
@Table(name = "contact")
public class Contact extends AbstractEntity implements Auditable {

    @Column(name = "full_name", nullable = false, length = Lengths.NAME)
    @Getter private String fullName;

    @Column(name = "email", nullable = false, unique = true, length = Lengths.EMAIL)
    @Getter private String email;

    @Column(name = "phone", length = Lengths.PHONE)
    @Getter private String phone;

    @Column(name = "position", length = Lengths.NAME)
    @Getter private String position;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id", nullable = false)
    @Getter private Organisation organisation;

    @Convert(converter = LanguageSetConverter.class)
    @Column(name = "languages", length = Lengths.SHORT)
    private Set<String> languages = new TreeSet<>();

    protected Contact() {
        // for JPA
    }

    public Contact(String fullName, String email, Organisation organisation) {
        rename(fullName);
        changeEmail(email);
        moveTo(organisation);
    }

    public void rename(String newName) {
        this.fullName = Texts.required(newName, "name");
    }

    /** E-mail addresses are compared without regard to case, so they are stored in lower case. */
    public void changeEmail(String newEmail) {
        this.email = Texts.required(newEmail, "email").toLowerCase(Locale.ROOT);
    }

    public void moveTo(Organisation newOrganisation) {
        this.organisation = Objects.requireNonNull(newOrganisation, "organisation");
    }

    public void reachAt(String newPhone, String newPosition) {
        this.phone = newPhone == null || newPhone.isBlank() ? null : newPhone.strip();
        this.position = newPosition == null || newPosition.isBlank() ? null : newPosition.strip();
    }

    /** Languages the person works in, as ISO 639-1 codes. */
    public void speak(Set<String> newLanguages) {
        this.languages = new TreeSet<>(LanguageSetConverter.normalise(newLanguages));
    }

    public Set<String> getLanguages() {
        return Set.copyOf(languages);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("fullName", fullName);
        s.put("email", email);
        s.put("phone", phone);
        s.put("position", position);
        s.put("organisation", organisation.getLabel());
        s.put("languages", languages.isEmpty() ? null : String.join(", ", languages));
        return s;
    }
}
