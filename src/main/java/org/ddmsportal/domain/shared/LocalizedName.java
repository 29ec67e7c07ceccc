package org.ddmsportal.domain.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import lombok.Getter;

/**
 * A name in the three UNECE working languages of the portal. A value object: replaced whole,
 * never changed in place.
 */
@Embeddable
@Getter
public class LocalizedName {

    @Column(name = "name_en", nullable = false, length = Lengths.NAME)
    private String en;

    @Column(name = "name_fr", nullable = false, length = Lengths.NAME)
    private String fr;

    @Column(name = "name_ru", nullable = false, length = Lengths.NAME)
    private String ru;

    protected LocalizedName() {
        // for JPA
    }

    public LocalizedName(String en, String fr, String ru) {
        this.en = Texts.required(en, "name in en");
        this.fr = Texts.required(fr, "name in fr");
        this.ru = Texts.required(ru, "name in ru");
    }

    /** The name in the given locale's language; English for any other language. */
    public String in(Locale locale) {
        if (locale == null) {
            return en;
        }
        return switch (locale.getLanguage()) {
            case "fr" -> fr;
            case "ru" -> ru;
            default -> en;
        };
    }

    /** Puts the name in a snapshot of the audit trail ({@link Auditable}): {@code nameEn}, {@code nameFr}, {@code nameRu}. */
    public void putInto(Map<String, String> snapshot) {
        snapshot.put("nameEn", en);
        snapshot.put("nameFr", fr);
        snapshot.put("nameRu", ru);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedName other && en.equals(other.en) && fr.equals(other.fr)
                && ru.equals(other.ru);
    }

    @Override
    public int hashCode() {
        return Objects.hash(en, fr, ru);
    }

    @Override
    public String toString() {
        return en;
    }
}
